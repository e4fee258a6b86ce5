package app.ductape.sessions.middleware;

import static org.assertj.core.api.Assertions.assertThat;

import app.ductape.sessions.middleware.SessionGuard.Decision;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@link SessionGuard#decideRequired}: for a resource that asks for a session by name, the include and exclude
 * patterns do not apply; everything else is {@link SessionGuard#decide}'s.
 */
class DecideRequiredTest {
    private final VerifierFixture fixture = new VerifierFixture();
    private final SessionVerifier verifier = fixture.verifier().build();
    private final SessionGuard guard = SessionGuard.builder(verifier).include("/api/*").exclude("/api/public/*").build();

    @AfterEach
    void close() {
        verifier.close();
        fixture.close();
    }

    /** A request as a server would adapt it: the guard's own interface, filled in by hand. */
    private record Request(String method, String rawPath, Map<String, List<String>> headerValues)
        implements GuardedRequest {
        Request(String rawPath, Map<String, List<String>> headerValues) {
            this("GET", rawPath, headerValues);
        }

        @Override
        public String routedPath() {
            return rawPath;
        }

        @Override
        public List<String> headers(String name) {
            return headerValues.getOrDefault(name, List.of());
        }

        @Override
        public List<String> cookies(String name) {
            return List.of();
        }
    }

    @Test
    void aPathTheGuardExcludesOrDoesNotIncludeIsStillChecked() {
        for (String path : List.of("/api/public/page", "/reports/mine")) {
            assertThat(guard.decide(new Request(path, Map.of()))).isEqualTo(Decision.SKIP);

            assertThat(guard.decideRequired(new Request(path, Map.of())))
                .isInstanceOfSatisfying(Decision.Refuse.class, refuse -> assertThat(refuse.reason()).isEqualTo("no-token"));
        }
    }

    @Test
    void aValidTokenIsAdmittedWhateverThePath() {
        String token = fixture.start("ada@example.com").token();

        Decision decision = guard.decideRequired(new Request("/reports/mine",
            Map.of("Authorization", List.of("Bearer " + token))));

        assertThat(decision).isInstanceOfSatisfying(Decision.Admit.class,
            admit -> assertThat(admit.session().data()).containsEntry("email", "ada@example.com"));
    }

    @Test
    void theRawPathRulesStillApply() {
        assertThat(guard.decideRequired(new Request("/reports;x=1/mine", Map.of())))
            .isInstanceOfSatisfying(Decision.Refuse.class, refuse -> assertThat(refuse.status()).isEqualTo(400));
    }

    @Test
    void aCorsPreflightStillPassesUnchecked() {
        Request preflight = new Request("OPTIONS", "/reports/mine", Map.of("Origin", List.of("https://app.example"),
            "Access-Control-Request-Method", List.of("GET")));

        assertThat(guard.decideRequired(preflight)).isEqualTo(Decision.SKIP);
    }
}
