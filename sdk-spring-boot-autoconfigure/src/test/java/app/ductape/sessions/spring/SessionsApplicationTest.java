package app.ductape.sessions.spring;

import static org.assertj.core.api.Assertions.assertThat;

import app.ductape.sessions.middleware.RawHttp;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootVersion;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The starter in a running Spring Boot application (servlet container on a random port, Actuator, Spring
 * Security) against the emulator: the filter, the introspector, the health indicator and the meters,
 * over HTTP as a browser and a monitoring system see them. The same test runs on Boot 4.0.7 here and on
 * Boot 3.5.7 in sdk-spring-boot3-tests.
 */
@SpringBootTest(classes = SessionsTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"ductape.sessions.filter.enabled=true", "ductape.sessions.filter.tag=user-session",
        "ductape.health.cache-for=0s", "management.endpoints.web.exposure.include=health,metrics",
        "management.endpoint.health.show-details=always", "spring.main.banner-mode=off"})
@DirtiesContext
class SessionsApplicationTest {
    private static final TestEmulator EMULATOR = new TestEmulator();
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();

    @Autowired
    Environment environment;

    @DynamicPropertySource
    static void ductape(DynamicPropertyRegistry registry) {
        EMULATOR.register(registry);
    }

    @AfterAll
    static void stopEmulator() {
        EMULATOR.close();
    }

    private HttpResponse<String> send(String method, String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
            + environment.getProperty("local.server.port") + path)).method(method, HttpRequest.BodyPublishers.noBody());
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode login(String email) throws Exception {
        return JSON.readTree(send("POST", "/login?email=" + email, null).body());
    }

    @Test
    void theApplicationRunsOnTheExpectedSpringBoot() {
        assertThat(SpringBootVersion.getVersion()).isEqualTo(System.getProperty("expected.spring-boot.version"));
    }

    @Test
    void aRequestWithoutATokenIsRefused() throws Exception {
        HttpResponse<String> response = send("GET", "/api/me", null);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Bearer error=\"invalid_token\"");
    }

    @Test
    void aTokenFromStartReachesTheHandlerWithItsSessionDataUntilItIsRevoked() throws Exception {
        JsonNode session = login("ada@example.com");
        String token = session.get("token").asText();

        HttpResponse<String> me = send("GET", "/api/me", token);
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(me.body()).get("email").asText()).isEqualTo("ada@example.com");

        assertThat(send("POST", "/api/logout", token).body()).isEqualTo("1");
        HttpResponse<String> after = send("GET", "/api/me", token);
        assertThat(after.statusCode()).isEqualTo(401);
        assertThat(after.body()).doesNotContain(token);
    }

    @Test
    void springSecurityAuthenticatesDuctapeTokensThroughTheIntrospector() throws Exception {
        String token = login("grace@example.com").get("token").asText();

        assertThat(send("GET", "/oauth/me", null).statusCode()).isEqualTo(401);
        assertThat(send("GET", "/oauth/me", "user-session:forged").statusCode()).isEqualTo(401);
        HttpResponse<String> me = send("GET", "/oauth/me", token);
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(me.body()).get("email").asText()).isEqualTo("grace@example.com");
    }

    @Test
    void theResourceServerReadsTheBearerHeaderByTheSdksRules() throws Exception {
        String token = login("linus@example.com").get("token").asText();
        int port = Integer.parseInt(environment.getProperty("local.server.port"));

        assertThat(RawHttp.get(port, "/oauth/me", "Authorization: bearer " + token).status()).isEqualTo(200);
        assertThat(RawHttp.get(port, "/oauth/me", "Authorization: Bearer  " + token).status()).isEqualTo(200);
        assertThat(RawHttp.get(port, "/oauth/me", "Authorization: Bearer").status()).isEqualTo(400);
        assertThat(RawHttp.get(port, "/oauth/me", "Authorization: Bearer two words").status()).isEqualTo(400);
        assertThat(RawHttp.get(port, "/oauth/me", "Authorization: Bearer " + token, "Authorization: Bearer "
            + token).status()).isEqualTo(400);
        RawHttp.Answer malformed = RawHttp.get(port, "/oauth/me", "Authorization: Bearer " + token + " x");
        assertThat(malformed.header("WWW-Authenticate")).contains("invalid_request");
        assertThat(malformed.text()).doesNotContain(token.substring(token.indexOf(':') + 1));
    }

    @Test
    void theHealthOfDuctapeIsUpAndDownWhenTheEmulatorFails() throws Exception {
        HttpResponse<String> up = send("GET", "/actuator/health/ductape", null);
        assertThat(up.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(up.body()).get("status").asText()).isEqualTo("UP");

        EMULATOR.emulator.faults().failNext(1, 503);
        HttpResponse<String> down = send("GET", "/actuator/health/ductape", null);
        assertThat(down.statusCode()).isEqualTo(503);
        assertThat(JSON.readTree(down.body()).get("status").asText()).isEqualTo("DOWN");
        assertThat(JSON.readTree(down.body()).at("/details/code").asText()).isEqualTo("LIST_CONFIGS_FAILED");
    }

    @Test
    void theMetricsShowTheVerifyCalls() throws Exception {
        String token = login("alan@example.com").get("token").asText();
        send("GET", "/api/me", token);

        HttpResponse<String> calls = send("GET", "/actuator/metrics/ductape.sessions.calls?tag=operation:verify", null);

        assertThat(calls.statusCode()).isEqualTo(200);
        JsonNode count = JSON.readTree(calls.body()).at("/measurements/0");
        assertThat(count.get("statistic").asText()).isEqualTo("COUNT");
        assertThat(count.get("value").asDouble()).isGreaterThanOrEqualTo(1);
    }
}
