package app.ductape.sessions.springtestapps.webflux;

import app.ductape.sessions.spring.test.AutoConfigureDuctapeEmulator;
import app.ductape.sessions.spring.test.DuctapeTestSessions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * What {@code @AutoConfigureDuctapeEmulator} gives a {@code @WebFluxTest} slice: the starter's client and web
 * filter, so that a request with a session passes the filter. Each Boot line's {@code WebFluxSliceTest} is this
 * with its own {@code @WebFluxTest} (the annotation moved package between the lines).
 */
@AutoConfigureDuctapeEmulator
abstract class WebFluxSliceChecks {
    @Autowired
    WebTestClient client;

    @Test
    void aRequestWithASessionPassesTheWebFilterInTheSlice() {
        client.mutateWith(DuctapeTestSessions.webSession(Map.of("email", "ada@example.com"))).get().uri("/api/me")
            .exchange().expectStatus().isOk().expectBody(String.class).isEqualTo("ada@example.com");
        client.get().uri("/api/me").exchange().expectStatus().isUnauthorized();
    }
}
