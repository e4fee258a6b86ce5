package app.ductape.sessions.webfluxapp;

import static org.assertj.core.api.Assertions.assertThat;

import app.ductape.sessions.SessionsService;
import app.ductape.sessions.middleware.RawHttp;
import app.ductape.sessions.spring.TestEmulator;
import app.ductape.sessions.webflux.BlockingCalls;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A WebFlux application with Spring Security and no chain of its own: the starter's default chain (the
 * one Boot makes for an introspector) authenticates every exchange with Ductape tokens, read by the SDK's
 * rules, with 503 while Ductape is unavailable.
 */
@SpringBootTest(classes = WebFluxTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"spring.main.web-application-type=reactive", "test.own-chain=false",
        "ductape.sessions.verifier.tag=user-session", "spring.main.banner-mode=off"})
@ExtendWith(BlockingCalls.class)
@Tag(BlockingCalls.GROUP)
@DirtiesContext
class WebFluxDefaultChainTest {
    private static final TestEmulator EMULATOR = new TestEmulator();

    @Autowired
    Environment environment;
    @Autowired
    SessionsService sessions;

    @DynamicPropertySource
    static void ductape(DynamicPropertyRegistry registry) {
        EMULATOR.register(registry);
    }

    @AfterAll
    static void stopEmulator() {
        EMULATOR.close();
    }

    private RawHttp.Answer get(String path, String... headers) throws Exception {
        return RawHttp.get(Integer.parseInt(environment.getProperty("local.server.port")), path, headers);
    }

    private String token(String email) {
        return TestEmulator.login(sessions, email).token();
    }

    @Test
    void everyExchangeNeedsAToken() throws Exception {
        RawHttp.Answer answer = get("/api/anything");

        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.header("WWW-Authenticate")).startsWith("Bearer");
    }

    @Test
    void aDuctapeTokenIsAuthenticatedAndReachesTheHandler() throws Exception {
        String token = token("ada@example.com");

        RawHttp.Answer answer = get("/oauth/me", "Authorization: Bearer " + token);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).contains("\"email\":\"ada@example.com\"");
    }

    @Test
    void aTokenOfAnotherTagOrAForgedOneIsRefused() throws Exception {
        assertThat(get("/api/anything", "Authorization: Bearer admin-session:eyJhbGciOi").status()).isEqualTo(401);
        assertThat(get("/api/anything", "Authorization: Bearer user-session:forged").status()).isEqualTo(401);
    }

    @Test
    void aMalformedHeaderIsABadRequest() throws Exception {
        RawHttp.Answer answer = get("/api/anything", "Authorization: Bearer two words");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.header("WWW-Authenticate")).contains("invalid_request");
    }

    @Test
    void anUnavailableDuctapeIs503WithRetryAfter() throws Exception {
        String token = token("grace@example.com");
        EMULATOR.emulator.faults().failNext(1, 503);

        RawHttp.Answer answer = get("/api/anything", "Authorization: Bearer " + token);

        assertThat(answer.status()).isEqualTo(503);
        assertThat(answer.header("Retry-After")).isEqualTo("5");
        assertThat(answer.text()).doesNotContain(token.substring(token.indexOf(':') + 1));
    }
}
