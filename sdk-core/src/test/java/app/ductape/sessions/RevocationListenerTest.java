package app.ductape.sessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import app.ductape.sessions.options.RevokeAllSessionsOptions;
import app.ductape.sessions.options.RevokeSessionOptions;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CopyOnWriteArrayList;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Revocation listeners hear every successful revoke and revokeAll, through every facade, and nothing else. */
class RevocationListenerTest {
    @StartStop
    final MockWebServer server = new MockWebServer();

    private SessionsService sessions;
    private final List<Revocation> heard = new CopyOnWriteArrayList<>();

    @BeforeEach
    void setUp() {
        sessions = Wire.workspaceClient(server).product("my-product").env("production").build();
        sessions.addRevocationListener(heard::add);
    }

    @AfterEach
    void tearDown() {
        sessions.close();
    }

    private static RevokeSessionOptions bySession() {
        return RevokeSessionOptions.builder().tag("user-session").sessionId("sess_1").build();
    }

    @Test
    void aRevokeBySessionIdIsHeardWithItsScope() {
        server.enqueue(Wire.proxy("{\"revoked\":1}"));

        sessions.revoke(bySession());

        assertThat(heard).containsExactly(new Revocation("my-product", "production", "user-session",
            Optional.of("sess_1"), Optional.empty(), Optional.empty(), OptionalLong.of(1)));
    }

    @Test
    void aRevokeAllIsHeardWithTheIdentifier() {
        server.enqueue(Wire.proxy("{\"revoked\":3}"));

        sessions.revokeAll(RevokeAllSessionsOptions.builder().tag("user-session").identifier("ada@example.com").build());

        assertThat(heard).containsExactly(new Revocation("my-product", "production", "user-session",
            Optional.empty(), Optional.of("ada@example.com"), Optional.empty(), OptionalLong.of(3)));
    }

    @Test
    void aRevokeAllThatKeepsTheCurrentSessionIsHeardWithTheKeptSessionAndTheRevokedCount() {
        server.enqueue(Wire.proxy("{\"revokedCount\":2}"));

        sessions.revokeAll(RevokeAllSessionsOptions.builder().tag("user-session").identifier("ada@example.com")
            .excludeCurrentSession("sess_9").build());

        assertThat(heard).containsExactly(new Revocation("my-product", "production", "user-session",
            Optional.empty(), Optional.of("ada@example.com"), Optional.of("sess_9"), OptionalLong.of(2)));
    }

    @Test
    void theAsyncAndRawFacadesAreHeardToo() {
        server.enqueue(Wire.proxy("{\"revoked\":1}"));
        server.enqueue(Wire.proxy("{\"revoked\":1}"));

        sessions.async().revoke(bySession()).join();
        sessions.withRawResponse().revoke(bySession());

        assertThat(heard).hasSize(2);
    }

    @Test
    void aFailedRevokeIsNotHeard() {
        server.enqueue(Wire.json(500, "{\"status\":false,\"message\":\"down\"}"));

        catchThrowableOfType(SessionError.class, () -> sessions.revoke(bySession()));

        assertThat(heard).isEmpty();
    }

    @Test
    void aListenerThatThrowsDoesNotFailTheCallAndOthersStillHear() {
        List<Revocation> second = new CopyOnWriteArrayList<>();
        sessions.addRevocationListener(r -> {
            throw new IllegalStateException("listener bug");
        });
        sessions.addRevocationListener(second::add);
        server.enqueue(Wire.proxy("{\"revoked\":1}"));

        assertThat(sessions.revoke(bySession()).revoked()).hasValue(1);

        assertThat(heard).hasSize(1);
        assertThat(second).hasSize(1);
    }

    @Test
    void closingTheRegistrationStopsTheListener() throws Exception {
        List<Revocation> removed = new CopyOnWriteArrayList<>();
        RevocationListener.Registration registration = sessions.addRevocationListener(removed::add);
        registration.close();
        server.enqueue(Wire.proxy("{\"revoked\":1}"));

        sessions.revoke(bySession());

        assertThat(removed).isEmpty();
        assertThat(heard).hasSize(1);
    }
}
