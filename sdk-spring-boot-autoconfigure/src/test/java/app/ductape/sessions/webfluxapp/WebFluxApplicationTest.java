package app.ductape.sessions.webfluxapp;

import static org.assertj.core.api.Assertions.assertThat;

import app.ductape.sessions.middleware.PathSpellings;
import app.ductape.sessions.middleware.RawHttp;
import app.ductape.sessions.middleware.SessionVerifier;
import app.ductape.sessions.spring.DuctapeReactiveOpaqueTokenIntrospector;
import app.ductape.sessions.spring.TestEmulator;
import app.ductape.sessions.webflux.BlockingCalls;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.boot.SpringBootVersion;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.oauth2.server.resource.introspection.ReactiveOpaqueTokenIntrospector;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;

/**
 * The starter in a running WebFlux application on Reactor Netty (random port, Actuator, Spring Security's
 * reactive resource server) against the emulator, over HTTP, with BlockHound watching every event loop: the
 * web filter, the reactive introspector, the health indicator and the meters. The same test runs on Boot
 * 4.0.7 here and on Boot 3.5.7 in sdk-spring-boot3-tests.
 */
@SpringBootTest(classes = WebFluxTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"spring.main.web-application-type=reactive", "ductape.sessions.filter.enabled=true",
        "ductape.sessions.verifier.tag=user-session", "ductape.sessions.filter.exclude-patterns=/api/public/*",
        "ductape.health.cache-for=0s", "management.endpoints.web.exposure.include=health,metrics",
        "management.endpoint.health.show-details=always", "spring.main.banner-mode=off"})
@ExtendWith(BlockingCalls.class)
@Tag(BlockingCalls.GROUP)
@DirtiesContext
class WebFluxApplicationTest {
    private static final TestEmulator EMULATOR = new TestEmulator();
    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    ApplicationContext context;
    @Autowired
    Environment environment;
    @Autowired
    SessionVerifier verifier;
    @Autowired
    ReactiveOpaqueTokenIntrospector introspector;

    @DynamicPropertySource
    static void ductape(DynamicPropertyRegistry registry) {
        EMULATOR.register(registry);
    }

    @AfterAll
    static void stopEmulator() {
        EMULATOR.close();
    }

    private int port() {
        return Integer.parseInt(environment.getProperty("local.server.port"));
    }

    /**
     * A client that opens a connection per request: Reactor Netty 1.3.6 (Boot 4.0.7's) stops reading a
     * keep-alive connection after a response completed off its event loop (reactor-netty#4361, fixed in 1.3.8),
     * which stalled the request after a logout here; the README's WebFlux section says so.
     */
    private WebTestClient client() {
        return WebTestClient.bindToServer(new ReactorClientHttpConnector(HttpClient.create(
            ConnectionProvider.newConnection()))).baseUrl("http://127.0.0.1:" + port()).build();
    }

    private EntityExchangeResult<String> get(String path, String token) {
        return client().get().uri(path).headers(headers -> {
            if (token != null) {
                headers.setBearerAuth(token);
            }
        }).exchange().expectBody(String.class).returnResult();
    }

    private String login(String email) throws Exception {
        String body = client().post().uri("/login?email=" + email).exchange().expectStatus().isOk()
            .expectBody(String.class).returnResult().getResponseBody();
        return JSON.readTree(body).get("token").asText();
    }

    private static JsonNode json(EntityExchangeResult<String> result) throws Exception {
        return JSON.readTree(result.getResponseBody());
    }

    @Test
    void theApplicationRunsOnTheExpectedSpringBootAndOnReactorNetty() throws Exception {
        assertThat(SpringBootVersion.getVersion()).isEqualTo(System.getProperty("expected.spring-boot.version"));
        // WebServerApplicationContext moved between Boot 3 and 4: read the server the way both have it
        Object server = context.getClass().getMethod("getWebServer").invoke(context);
        assertThat(server.getClass().getSimpleName()).isEqualTo("NettyWebServer");
    }

    @Test
    void aRequestWithoutATokenIs401WithWwwAuthenticateAndAProblem() throws Exception {
        EntityExchangeResult<String> answer = get("/api/me", null);

        assertThat(answer.getStatus().value()).isEqualTo(401);
        assertThat(answer.getResponseHeaders().getFirst("WWW-Authenticate")).isEqualTo("Bearer error=\"invalid_token\"");
        assertThat(answer.getResponseHeaders().getFirst("Content-Type")).isEqualTo("application/problem+json");
        assertThat(json(answer).get("status").asInt()).isEqualTo(401);
    }

    @Test
    void aTokenFromStartReachesTheHandlerWithItsSessionDataUntilItIsRevoked() throws Exception {
        String token = login("ada@example.com");

        EntityExchangeResult<String> me = get("/api/me", token);
        assertThat(me.getStatus().value()).isEqualTo(200);
        assertThat(json(me).get("email").asText()).isEqualTo("ada@example.com");
        assertThat(json(get("/api/context", token)).get("email").asText()).isEqualTo("ada@example.com");

        String revoked = client().post().uri("/api/logout").headers(h -> h.setBearerAuth(token)).exchange()
            .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
        assertThat(revoked).isEqualTo("1");
        EntityExchangeResult<String> after = get("/api/me", token);
        assertThat(after.getStatus().value()).isEqualTo(401);
        assertThat(after.getResponseBody()).doesNotContain(token.substring(token.indexOf(':') + 1));
    }

    @Test
    void aFailingEmulatorIs503WithRetryAfter() throws Exception {
        String token = login("barbara@example.com");
        EMULATOR.emulator.faults().failNext(1, 503);

        EntityExchangeResult<String> answer = get("/api/me", token);

        assertThat(answer.getStatus().value()).isEqualTo(503);
        assertThat(answer.getResponseHeaders().getFirst("Retry-After")).isEqualTo("5");
    }

    @Test
    void everySpellingOfTheSecurityTableIsRefusedOrUnauthorizedAndNeverReachesAHandler() throws Exception {
        for (PathSpellings.Spelling spelling : PathSpellings.table()) {
            RawHttp.Answer answer = RawHttp.get(port(), spelling.rawPath());

            assertThat(answer.status()).as("%s -> %s", spelling, answer.text()).isIn(spelling.allowed());
            assertThat(answer.body()).as("%s", spelling).isNotEqualTo("reached");
        }
    }

    @Test
    void theExcludedPathIsServedWithoutAToken() {
        assertThat(get("/api/public/status", null).getResponseBody()).isEqualTo("public");
    }

    @Test
    void springSecuritysReactiveResourceServerAuthenticatesThroughTheDuctapeIntrospector() throws Exception {
        String token = login("grace@example.com");
        long misses = verifier.stats().misses();

        assertThat(introspector).isInstanceOf(DuctapeReactiveOpaqueTokenIntrospector.class);
        assertThat(get("/oauth/me", null).getStatus().value()).isEqualTo(401);
        assertThat(get("/oauth/me", "user-session:forged").getStatus().value()).isEqualTo(401);
        EntityExchangeResult<String> me = get("/oauth/me", token);
        assertThat(me.getStatus().value()).isEqualTo(200);
        assertThat(json(me).get("email").asText()).isEqualTo("grace@example.com");
        assertThat(verifier.stats().misses()).as("the verifier answered the resource server").isEqualTo(misses + 2);
    }

    @Test
    void theResourceServerReadsTheBearerHeaderByTheSdksRules() throws Exception {
        String token = login("linus@example.com");

        assertThat(RawHttp.get(port(), "/oauth/me", "Authorization: bearer " + token).status()).isEqualTo(200);
        assertThat(RawHttp.get(port(), "/oauth/me", "Authorization: Bearer  " + token).status()).isEqualTo(200);
        assertThat(RawHttp.get(port(), "/oauth/me", "Authorization: Bearer").status()).isEqualTo(400);
        assertThat(RawHttp.get(port(), "/oauth/me", "Authorization: Bearer two words").status()).isEqualTo(400);
        assertThat(RawHttp.get(port(), "/oauth/me", "Authorization: Bearer " + token, "Authorization: Bearer "
            + token).status()).isEqualTo(400);
        RawHttp.Answer malformed = RawHttp.get(port(), "/oauth/me", "Authorization: Bearer " + token + " x");
        assertThat(malformed.header("WWW-Authenticate")).contains("invalid_request");
        assertThat(malformed.text()).doesNotContain(token.substring(token.indexOf(':') + 1));
    }

    @Test
    void theResourceServerAnswers503WithRetryAfterWhileDuctapeIsUnavailable() throws Exception {
        String token = login("edsger@example.com");
        EMULATOR.emulator.faults().failNext(1, 503);

        EntityExchangeResult<String> answer = get("/oauth/me", token);

        assertThat(answer.getStatus().value()).isEqualTo(503);
        assertThat(answer.getResponseHeaders().getFirst("Retry-After")).isEqualTo("5");
        assertThat(answer.getResponseBody()).doesNotContain(token.substring(token.indexOf(':') + 1));
    }

    @Test
    void theHealthOfDuctapeIsUpAndDownWhenTheEmulatorFails() throws Exception {
        EntityExchangeResult<String> up = get("/actuator/health/ductape", null);
        assertThat(up.getStatus().value()).isEqualTo(200);
        assertThat(json(up).get("status").asText()).isEqualTo("UP");

        EMULATOR.emulator.faults().failNext(1, 503);
        EntityExchangeResult<String> down = get("/actuator/health/ductape", null);
        assertThat(down.getStatus().value()).isEqualTo(503);
        assertThat(json(down).get("status").asText()).isEqualTo("DOWN");
        assertThat(json(down).at("/details/code").asText()).isEqualTo("LIST_CONFIGS_FAILED");
    }

    @Test
    void theMetricsShowTheVerifyCalls() throws Exception {
        get("/api/me", login("alan@example.com"));

        JsonNode count = json(get("/actuator/metrics/ductape.sessions.calls?tag=operation:verify", null))
            .at("/measurements/0");

        assertThat(count.get("statistic").asText()).isEqualTo("COUNT");
        assertThat(count.get("value").asDouble()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void theDetectorCatchesABlockingVerifyOnTheEventLoop() throws Exception {
        String token = login("margaret@example.com");

        EntityExchangeResult<String> answer = client().get().uri("/blocking/verify").header("X-Token", token)
            .exchange().expectBody(String.class).returnResult();

        assertThat(answer.getStatus().value()).isEqualTo(500);
        // on a Netty event loop, or on Reactor's parallel scheduler where Spring's session store hands requests to
        assertThat(BlockingCalls.drain()).isNotEmpty().allSatisfy(call -> assertThat(call)
            .matches(".* on (reactor-http-\\S+|parallel-\\d+) from app\\.ductape\\.sessions\\..*"));
    }
}
