package app.ductape.sessions.spring.example;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.ductape.sessions.spring.test.AutoConfigureDuctapeEmulator;
import app.ductape.sessions.spring.test.DuctapeTestSessions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** The example's endpoints with MockMvc, against an emulator of the test's own: no wiring by hand. */
@SpringBootTest
@AutoConfigureMockMvc
@AutoConfigureDuctapeEmulator
class SessionsControllerTest {
    private static final Map<String, String> ADA = Map.of("email", "ada@example.com");

    @Autowired
    MockMvc mvc;

    @Test
    void loginStartsASession() throws Exception {
        mvc.perform(post("/login").param("email", "ada@example.com"))
            .andExpect(status().isOk()).andExpect(jsonPath("$.token").isNotEmpty());
    }

    @Test
    void meAnswersTheSessionsData() throws Exception {
        mvc.perform(get("/api/me").with(DuctapeTestSessions.session(ADA)))
            .andExpect(status().isOk()).andExpect(jsonPath("$.email").value("ada@example.com"));
    }

    @Test
    void meWithoutASessionIs401() throws Exception {
        mvc.perform(get("/api/me")).andExpect(status().isUnauthorized());
    }

    @Test
    void logoutRevokesTheSession() throws Exception {
        String token = DuctapeTestSessions.token(ADA);

        mvc.perform(post("/api/logout").header("Authorization", "Bearer " + token))
            .andExpect(status().isOk()).andExpect(jsonPath("$.revoked").value(1));
        mvc.perform(get("/api/me").header("Authorization", "Bearer " + token)).andExpect(status().isUnauthorized());
    }
}
