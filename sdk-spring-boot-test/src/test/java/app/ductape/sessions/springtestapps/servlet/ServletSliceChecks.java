package app.ductape.sessions.springtestapps.servlet;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.ductape.sessions.spring.test.AutoConfigureDuctapeEmulator;
import app.ductape.sessions.spring.test.DuctapeTestSessions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What {@code @AutoConfigureDuctapeEmulator} gives a {@code @WebMvcTest} slice: the starter's client, filter and
 * introspector, so that a request with a session passes both. Each Boot line's {@code ServletSliceTest} is this
 * with its own {@code @WebMvcTest} (the annotation moved package between the lines).
 */
@AutoConfigureDuctapeEmulator
abstract class ServletSliceChecks {
    private static final Map<String, String> ADA = Map.of("email", "ada@example.com");

    @Autowired
    MockMvc mvc;

    @Test
    void aRequestWithASessionPassesTheFilterInTheSlice() throws Exception {
        mvc.perform(get("/api/me").with(DuctapeTestSessions.session(ADA)))
            .andExpect(status().isOk()).andExpect(content().string("ada@example.com"));
        mvc.perform(get("/api/me")).andExpect(status().isUnauthorized());
    }

    @Test
    void aRequestWithASessionPassesSpringSecuritysIntrospectionInTheSlice() throws Exception {
        mvc.perform(get("/oauth/me").with(DuctapeTestSessions.session(ADA)))
            .andExpect(status().isOk()).andExpect(content().string("ada@example.com"));
    }
}
