package app.ductape.sessions.middleware;

import static org.assertj.core.api.Assertions.assertThat;

import app.ductape.sessions.SessionsService;
import app.ductape.sessions.middleware.fleet.SharedAnswer;
import app.ductape.sessions.model.StartSessionResult;
import app.ductape.sessions.transport.CallListener;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The answers verifiers share through their fleet: keyed by the token's SHA-256, valid ones only. */
class SharedAnswersTest {
    private final VerifierFixture fixture = new VerifierFixture();
    private final InMemoryFleet fleet = new InMemoryFleet(fixture.clock, true);
    private final SessionVerifier a = fixture.verifier().maxStaleness(Duration.ofSeconds(30)).fleet(fleet).build();
    private final SessionVerifier b = fixture.verifier().maxStaleness(Duration.ofSeconds(30)).fleet(fleet).build();

    @AfterEach
    void tearDown() {
        a.close();
        b.close();
        fixture.close();
    }

    @Test
    void aPeersSharedAnswerSparesARequestToDuctape() {
        StartSessionResult s = fixture.start("ada@example.com");

        a.verify(s.token());
        assertThat(b.verify(s.token()).data()).containsEntry("email", "ada@example.com");

        assertThat(fixture.verifyRequests).hasValue(1);
        assertThat(b.stats().sharedHits()).isEqualTo(1);
        assertThat(b.stats().misses()).isZero();
    }

    @Test
    void anAnswerIsSharedUnderItsTokensDigestWithItsUserAndFreshness() {
        StartSessionResult s = fixture.start("ada@example.com");

        a.verify(s.token());

        assertThat(fleet.shared).hasSize(1);
        String key = fleet.shared.keySet().iterator().next();
        assertThat(key).hasSize(64).matches("[0-9a-f]+").isEqualTo(TokenDigest.of(s.token()).hex());
        SharedAnswer shared = fleet.shared.get(key);
        assertThat(shared.identifier()).contains("ada@example.com");
        assertThat(shared.freshUntil()).isEqualTo(fixture.clock.instant().plusSeconds(30));
    }

    @Test
    void anAnswerAskedForBeforeARevocationLandedIsNotShared() {
        AtomicReference<Runnable> duringTheRequest = new AtomicReference<>(() -> { });
        SessionsService client = fixture.emulator.sessionsServiceBuilder().maxRetries(0)
            .transport(t -> t.callListener(new CallListener() {
                @Override
                public void onAttempt(Attempt attempt) {
                    duringTheRequest.getAndSet(() -> { }).run();
                }
            })).build();
        SessionVerifier racing = SessionVerifier.builder(client).tag("user-session").clock(fixture.clock)
            .fleet(fleet).build();
        StartSessionResult s = fixture.start("ada@example.com");
        duringTheRequest.set(racing::invalidateAll);

        assertThat(racing.verify(s.token()).valid()).isTrue();

        assertThat(fleet.shared).as("neither kept nor passed on").isEmpty();
        assertThat(racing.stats().size()).isZero();
        racing.close();
        client.close();
    }

    @Test
    void anInvalidAnswerIsNeverShared() {
        a.verify("user-session:not-a-token");

        assertThat(fleet.shared).isEmpty();
    }

    @Test
    void aSharedAnswerPastItsFreshnessIsNotUsed() {
        StartSessionResult s = fixture.start("ada@example.com");
        a.verify(s.token());

        fixture.clock.advance(Duration.ofSeconds(31));
        b.verify(s.token());

        assertThat(fixture.verifyRequests).hasValue(2);
        assertThat(b.stats().sharedHits()).isZero();
    }

    @Test
    void whileTheFleetIsDownTheSharedAnswersAreSkipped() {
        StartSessionResult s = fixture.start("ada@example.com");
        a.verify(s.token());
        fleet.links.get(1).goDown();

        b.verify(s.token());

        assertThat(fixture.verifyRequests).hasValue(2);
    }
}
