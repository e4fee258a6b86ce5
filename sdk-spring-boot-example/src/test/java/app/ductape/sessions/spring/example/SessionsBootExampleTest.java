package app.ductape.sessions.spring.example;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The example walks through login, the protected endpoint and logout, as its README promises. */
class SessionsBootExampleTest {

    @Test
    void theWalkThroughShowsLoginTheProtectedEndpointAndLogout() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        SessionsBootExample.run(false, new PrintStream(bytes, true, StandardCharsets.UTF_8));

        String output = bytes.toString(StandardCharsets.UTF_8);
        assertThat(output).contains("an embedded emulator with demo data")
            .containsPattern("POST /login +-> 200 .*\"token\":\"\\(hidden\\)\"")
            .containsPattern("GET  /api/me, no token +-> 401 ")
            .containsPattern("GET  /api/me, token +-> 200 \\{\"email\":\"ada@example.com\"}")
            .containsPattern("POST /api/logout, token +-> 200 \\{\"revoked\":1}")
            .containsPattern("GET  /api/me, after logout +-> 401 ")
            .containsPattern("health/ductape -> 200 \\{.*\"status\":\"UP\"")
            .contains("\"name\":\"ductape.sessions.calls\"");
    }
}
