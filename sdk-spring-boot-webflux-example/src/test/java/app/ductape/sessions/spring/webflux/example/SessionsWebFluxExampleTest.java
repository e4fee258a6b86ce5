package app.ductape.sessions.spring.webflux.example;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The WebFlux example walks through login, the protected endpoint and logout, as the servlet example does. */
class SessionsWebFluxExampleTest {

    @Test
    void theWalkThroughShowsLoginTheProtectedEndpointAndLogoutOnReactorNetty() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        SessionsWebFluxExample.run(false, new PrintStream(bytes, true, StandardCharsets.UTF_8));

        String output = bytes.toString(StandardCharsets.UTF_8);
        assertThat(output).contains("an embedded emulator with demo data")
            .containsPattern("POST /login +-> 200 .*\"token\":\"\\(hidden\\)\"")
            .containsPattern("GET  /api/me, no token +-> 401 ")
            .containsPattern("GET  /api/me, token +-> 200 \\{\"email\":\"ada@example.com\"}")
            .containsPattern("POST /api/logout, token +-> 200 \\{\"revoked\":1}")
            .containsPattern("GET  /api/me, after logout +-> 401 ")
            .containsPattern("health/ductape -> 200 \\{.*\"status\":\"UP\"");
    }
}
