package app.ductape.sessions.jakarta.rest;

import static org.assertj.core.api.Assertions.assertThat;

import app.ductape.sessions.SessionsService;
import app.ductape.sessions.middleware.PathSpellings;
import app.ductape.sessions.middleware.PathSpellings.Spelling;
import app.ductape.sessions.middleware.RawHttp;
import app.ductape.sessions.middleware.SessionGuard;
import app.ductape.sessions.middleware.SessionVerifier;
import app.ductape.sessions.middleware.VerifierFixture;
import app.ductape.sessions.middleware.VerifierStats;
import app.ductape.sessions.model.StartSessionResult;
import app.ductape.sessions.options.RevokeSessionOptions;
import app.ductape.sessions.options.StartSessionOptions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What the Jakarta REST filter does in a real implementation on a real server, against the emulator, with
 * the README's set-up: registered globally with {@code include("/api/*")}, {@code exclude("/api/public/*")}
 * and the {@code ductape_session} cookie, and through {@code whereRequired()} for annotated resources; roles
 * from the session data's {@code role}. Each implementation's test extends it with its server.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class FilterContract {
    private final VerifierFixture fixture = new VerifierFixture();
    private final SessionsService sessions = fixture.sessions;
    private final SessionVerifier verifier = fixture.verifier().build();
    private JakartaRestServer.Running server;

    /** The implementation under test. */
    abstract JakartaRestServer implementation();

    @BeforeAll
    void startServer() throws Exception {
        DuctapeSessionRequestFilter filter = DuctapeSessionRequestFilter.builder(SessionGuard.builder(verifier)
                .cookie("ductape_session").include("/api/*").exclude("/api/public/*").build())
            .authorities(session -> session.data().get("role") instanceof String role ? Set.of(role) : Set.of())
            .build();
        JakartaRestServer implementation = implementation();
        server = implementation.start(TestResources.application(filter, filter.whereRequired(),
            implementation.propertyResource(), implementation.rolesAllowedFeature()));
    }

    @AfterAll
    void stopServer() throws Exception {
        try {
            if (server != null) {
                server.close();
            }
        } finally {
            verifier.close();
            fixture.close();
        }
    }

    private StartSessionResult start(String email, Map<String, Object> more) {
        Map<String, Object> data = new HashMap<>(more);
        data.put("email", email);
        return sessions.start(StartSessionOptions.builder().tag("user-session").data(data).build());
    }

    private StartSessionResult start(String email) {
        return start(email, Map.of());
    }

    /** A resource reached with ada's session: its principal, named by the session id, no role, Bearer. */
    private static void assertAdmitted(RawHttp.Answer answer, String resource, StartSessionResult s) {
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).isEqualTo(resource + " principal=ada@example.com name=" + s.sessionId()
            + " admin=false scheme=Bearer secure=false");
    }

    private RawHttp.Answer get(String path, String... headers) throws Exception {
        return RawHttp.send(server.port(), "GET", path, List.of(headers));
    }

    @Test
    void noTokenIs401WithWwwAuthenticateAndAProblem() throws Exception {
        RawHttp.Answer answer = get("/api/me");

        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.header("WWW-Authenticate")).isEqualTo("Bearer error=\"invalid_token\"");
        assertThat(answer.header("Content-Type")).isEqualTo("application/problem+json");
        assertThat(answer.header("Cache-Control")).isEqualTo("no-store");
        assertThat(answer.body()).contains("\"status\":401").doesNotContain("reached");
    }

    @Test
    void aPathTheGuardIncludesIs401EvenWhereNoResourceIs() throws Exception {
        assertThat(get("/api/nothing/here").status()).isEqualTo(401);
    }

    @Test
    void aBearerTokenReachesTheResourceWithItsSessionInTheSecurityContextAndTheProperty() throws Exception {
        StartSessionResult s = start("ada@example.com");

        RawHttp.Answer answer = get("/api/me", "Authorization: Bearer " + s.token());

        assertAdmitted(answer, "/api/me", s);
    }

    @Test
    void theSessionIsInTheRequestPropertyForTheResource() throws Exception {
        StartSessionResult s = start("ada@example.com");

        assertThat(get("/api/property", "Authorization: Bearer " + s.token()).body()).isEqualTo("property=ada@example.com");
    }

    @Test
    void theCookieCarriesTheTokenWhenThereIsNoHeader() throws Exception {
        StartSessionResult s = start("grace@example.com");

        RawHttp.Answer answer = get("/api/orders/42", "Cookie: theme=dark; ductape_session=" + s.token());

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).startsWith("/api/orders/42 principal=grace@example.com ");
    }

    @Test
    void twoSessionCookiesThatDisagreeAre400() throws Exception {
        String ada = start("ada@example.com").token();
        String grace = start("grace@example.com").token();

        RawHttp.Answer answer = get("/api/me", "Cookie: ductape_session=" + ada, "Cookie: ductape_session=" + grace);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.header("WWW-Authenticate")).isEqualTo("Bearer error=\"invalid_request\"");
        assertThat(answer.text()).doesNotContain(ada).doesNotContain(grace);
    }

    @Test
    void aRevokedTokenIs401AndTheAnswerNeverEchoesIt() throws Exception {
        StartSessionResult s = start("ada@example.com");
        assertThat(get("/api/me", "Authorization: Bearer " + s.token()).status()).isEqualTo(200);

        sessions.revoke(RevokeSessionOptions.builder().tag("user-session").sessionId(s.sessionId()).build());

        RawHttp.Answer answer = get("/api/me", "Authorization: Bearer " + s.token());
        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.text()).doesNotContain(s.token());
    }

    @Test
    void aValidTokenOfAnotherTagIs401WithoutAskingDuctape() throws Exception {
        String checkout = sessions.start(StartSessionOptions.builder().tag("checkout-session")
            .data(Map.of("email", "ada@example.com")).build()).token();
        int asked = fixture.verifyRequests.get();

        RawHttp.Answer answer = get("/api/me", "Authorization: Bearer " + checkout);

        assertThat(answer.status()).isEqualTo(401);
        assertThat(fixture.verifyRequests.get()).isEqualTo(asked);
    }

    @Test
    void anUnavailableDuctapeIs503WithRetryAfter() throws Exception {
        StartSessionResult s = start("ada@example.com");
        fixture.emulator.faults().failNext(1, 503);

        RawHttp.Answer answer = get("/api/me", "Authorization: Bearer " + s.token());

        assertThat(answer.status()).isEqualTo(503);
        assertThat(answer.header("Retry-After")).isEqualTo("5");
        assertThat(answer.body()).contains("\"status\":503");
    }

    @Test
    void theExcludedPathAndOnesOutsideTheIncludedPassUnchecked() throws Exception {
        assertThat(get("/api/public/info").body()).isEqualTo("/api/public/info principal=none name=none "
            + "admin=false scheme=null secure=false");
        assertThat(get("/health").body()).isEqualTo("ok");
    }

    static List<Spelling> spellings() {
        return PathSpellings.table();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("spellings")
    void aHostileSpellingOfAProtectedPathIsRefusedOrUnauthorizedAndNeverReachesTheResource(Spelling spelling)
        throws Exception {
        int before = TestResources.PROTECTED_HITS.get();

        RawHttp.Answer answer = get(spelling.rawPath());

        if (!implementation().refusedBeforeFilters(answer)) {
            assertThat(answer.status()).as(answer.text()).isIn(spelling.allowed());
        }
        assertThat(TestResources.PROTECTED_HITS.get()).isEqualTo(before);
    }

    @Test
    void randomSpellingsOfProtectedPathsNeverReachAProtectedResource() throws Exception {
        long seed = Long.getLong("spellings.seed", System.nanoTime());
        int before = TestResources.PROTECTED_HITS.get();

        for (String spelling : PathSpellings.random(new Random(seed), 400)) {
            RawHttp.Answer answer = get(spelling);

            if (!implementation().refusedBeforeFilters(answer)) {
                assertThat(answer.status()).as("seed %d (rerun with -Dspellings.seed=%d): %s -> %s", seed, seed,
                    spelling, answer.text()).isIn(400, 401, 404);
            }
            assertThat(TestResources.PROTECTED_HITS.get()).as("seed %d: %s reached a protected resource", seed,
                spelling).isEqualTo(before);
        }
    }

    @Test
    void theAnnotatedMethodRequiresASessionAndItsNeighbourDoesNot() throws Exception {
        assertThat(get("/bound/private").status()).isEqualTo(401);
        assertThat(get("/bound/open").body()).startsWith("/bound/open principal=none ");
    }

    @Test
    void theAnnotatedMethodAdmitsAValidTokenWithItsSession() throws Exception {
        StartSessionResult s = start("ada@example.com");

        RawHttp.Answer answer = get("/bound/private", "Authorization: Bearer " + s.token());

        assertAdmitted(answer, "/bound/private", s);
    }

    @Test
    void anAnnotationOnAResourceInterfacesMethodProtectsItsImplementation() throws Exception {
        StartSessionResult s = start("ada@example.com");

        assertThat(get("/reports/mine").status()).isEqualTo(401);
        assertThat(get("/reports/mine", "Authorization: Bearer " + s.token()).body())
            .startsWith("/reports/mine principal=ada@example.com ");
    }

    @Test
    void theAnnotatedMethodStillRefusesAnAmbiguousPath() throws Exception {
        StartSessionResult s = start("ada@example.com");

        assertThat(get("/bound;x=1/private", "Authorization: Bearer " + s.token()).status()).isEqualTo(400);
    }

    @Test
    void isUserInRoleAsksTheAuthoritiesFunction() throws Exception {
        StartSessionResult admin = start("margaret@example.com", Map.of("role", "admin"));
        StartSessionResult reader = start("alan@example.com", Map.of("role", "reader"));

        assertThat(get("/api/me", "Authorization: Bearer " + admin.token()).body()).contains(" admin=true ");
        assertThat(get("/api/me", "Authorization: Bearer " + reader.token()).body()).contains(" admin=false ");
    }

    @Test
    void rolesAllowedLetsInASessionWithTheRoleAndForbidsOneWithout() throws Exception {
        StartSessionResult admin = start("margaret@example.com", Map.of("role", "admin"));
        StartSessionResult reader = start("alan@example.com", Map.of("role", "reader"));

        assertThat(get("/api/admin", "Authorization: Bearer " + admin.token()).body())
            .startsWith("/api/admin principal=margaret@example.com ");
        assertThat(get("/api/admin", "Authorization: Bearer " + reader.token()).status()).isEqualTo(403);
        assertThat(get("/api/admin").status()).isEqualTo(401);
    }

    @Test
    void aRequestTheFilterLetThroughIsNotVerifiedAgainForItsAnnotation() throws Exception {
        StartSessionResult s = start("ada@example.com");
        VerifierStats before = verifier.stats();

        assertThat(get("/api/orders/7", "Authorization: Bearer " + s.token()).status()).isEqualTo(200);

        VerifierStats after = verifier.stats();
        assertThat(after.misses() - before.misses()).as("verified once, by the filter before matching").isEqualTo(1);
        assertThat(after.hits()).as("not again, from the cache, for the annotation").isEqualTo(before.hits());
    }
}
