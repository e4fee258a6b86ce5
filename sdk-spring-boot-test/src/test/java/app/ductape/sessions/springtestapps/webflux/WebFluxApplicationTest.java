package app.ductape.sessions.springtestapps.webflux;

import app.ductape.sessions.spring.test.AutoConfigureDuctapeEmulator;
import app.ductape.sessions.spring.test.DuctapeTestSessions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;

/**
 * A WebFlux application on Netty under {@code @AutoConfigureDuctapeEmulator}: {@code WebTestClient} with
 * {@code DuctapeTestSessions.webSession}. The same test runs on Boot 4.0.7 here and on Boot 3.5.7 in
 * sdk-spring-boot3-tests.
 */
@SpringBootTest(classes = WebFluxTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"spring.main.web-application-type=reactive", "spring.main.banner-mode=off",
        "ductape.sessions.filter.enabled=true", "ductape.sessions.filter.url-patterns=/api/*",
        "ductape.sessions.verifier.tag=user-session"})
@AutoConfigureDuctapeEmulator(seed = "demo")
class WebFluxApplicationTest {
    @LocalServerPort
    int port;

    /** A connection per request (Reactor Netty 1.3.6's keep-alive, reactor-netty#4361: see the README). */
    private WebTestClient client() {
        return WebTestClient.bindToServer(new ReactorClientHttpConnector(HttpClient.create(
            ConnectionProvider.newConnection()))).baseUrl("http://127.0.0.1:" + port).build();
    }

    @Test
    void aWebTestClientWithASessionPassesTheWebFilter() {
        client().mutateWith(DuctapeTestSessions.webSession(Map.of("email", "ada@example.com"))).get().uri("/api/me")
            .exchange().expectStatus().isOk().expectBody(String.class).isEqualTo("ada@example.com");
    }

    @Test
    void aWebTestClientWithoutOneIsRefused() {
        client().get().uri("/api/me").exchange().expectStatus().isUnauthorized();
    }
}
