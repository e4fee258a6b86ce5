package app.ductape.sessions.springtestapps.servlet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.ductape.sessions.middleware.DuctapeSessionFilter;
import app.ductape.sessions.spring.test.AutoConfigureDuctapeEmulator;
import app.ductape.sessions.spring.test.DuctapeTestSessions;
import app.ductape.sessions.spring.test.WithDuctapeSession;
import app.ductape.sessions.testkit.DuctapeEmulator;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpStatusCode;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.client.RestClient;
import org.springframework.web.context.WebApplicationContext;

/**
 * A servlet application under {@code @AutoConfigureDuctapeEmulator}, although its own properties point at
 * another Ductape with an access key: MockMvc with {@code DuctapeTestSessions.session}, a real HTTP request
 * with {@code DuctapeTestSessions.headers}, and {@code @WithDuctapeSession} for method security. The same test
 * runs on Boot 4.0.7 here and on Boot 3.5.7 in sdk-spring-boot3-tests.
 */
@SpringBootTest(classes = ServletTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"spring.main.web-application-type=servlet", "spring.main.banner-mode=off",
        "ductape.base-url=https://ductape.invalid", "ductape.access-key=the-applications-own-key",
        "ductape.workspace-id=the-applications-workspace", "ductape.sessions.filter.enabled=true",
        "ductape.sessions.filter.url-patterns=/api/*", "ductape.sessions.verifier.tag=user-session"})
@AutoConfigureDuctapeEmulator
class ServletApplicationTest {
    private static final Map<String, String> ADA = Map.of("email", "ada@example.com");

    @Autowired
    WebApplicationContext context;
    @Autowired
    DuctapeEmulator emulator;
    @Autowired
    Environment environment;
    @LocalServerPort
    int port;
    MockMvc mvc;

    @BeforeEach
    void mockMvc() {
        // by name: Boot 3's Actuator registers a filter of its own
        FilterRegistrationBean<?> filter = context.getBean("ductapeSessionFilterRegistration",
            FilterRegistrationBean.class);
        assertThat(filter.getFilter()).isInstanceOf(DuctapeSessionFilter.class);
        mvc = MockMvcBuilders.webAppContextSetup(context)
            .addFilter(filter.getFilter(), filter.getUrlPatterns().toArray(String[]::new)).apply(springSecurity())
            .build();
    }

    @Test
    void theConnectionPropertiesPointAtTheEmulatorWhateverTheApplicationSays() {
        assertThat(environment.getProperty("ductape.base-url")).isEqualTo(emulator.baseUrl());
        assertThat(environment.getProperty("ductape.workspace-id")).isEqualTo(emulator.credentials().workspaceId());
        assertThat(environment.getProperty("ductape.access-key")).isEmpty();
        assertThat(environment.getProperty("ductape.product")).isEqualTo("my-product");
    }

    @Test
    void aMockMvcRequestWithASessionPassesTheFilter() throws Exception {
        mvc.perform(get("/api/me").with(DuctapeTestSessions.session(ADA)))
            .andExpect(status().isOk()).andExpect(content().string("ada@example.com"));

        assertThat(emulator.proxyCalls("start")).isPositive();
    }

    @Test
    void aMockMvcRequestWithoutOneIsRefused() throws Exception {
        mvc.perform(get("/api/me")).andExpect(status().isUnauthorized());
    }

    @Test
    void anHttpRequestWithItsHeadersPassesSpringSecuritysIntrospection() {
        String body = RestClient.create("http://127.0.0.1:" + port).get().uri("/oauth/me")
            .headers(headers -> headers.addAll(DuctapeTestSessions.headers(ADA))).retrieve().body(String.class);

        assertThat(body).isEqualTo("ada@example.com");
    }

    @Test
    void anHttpRequestWithARevokedSessionsTokenIsRefused() {
        String token = DuctapeTestSessions.token(ADA);
        emulator.reset();

        HttpStatusCode status = RestClient.create("http://127.0.0.1:" + port).get().uri("/oauth/me")
            .header("Authorization", "Bearer " + token).exchange((request, response) -> response.getStatusCode());

        assertThat(status.value()).isEqualTo(401);
    }

    @Test
    @WithDuctapeSession(data = "email=ada@example.com", authorities = "ROLE_ADMIN", sessionId = "s-1")
    void withDuctapeSessionAnAdminReachesTheReportWithoutAnyCall() throws Exception {
        long verifies = emulator.proxyCalls("verify");

        mvc.perform(get("/admin/report")).andExpect(status().isOk())
            .andExpect(content().string("report for ada@example.com (s-1)"));

        assertThat(emulator.proxyCalls("verify")).isEqualTo(verifies);
    }

    @Test
    @WithDuctapeSession(data = "email=grace@example.com")
    void withDuctapeSessionWithoutTheAuthorityIsForbidden() throws Exception {
        mvc.perform(get("/admin/report")).andExpect(status().isForbidden());
    }
}
