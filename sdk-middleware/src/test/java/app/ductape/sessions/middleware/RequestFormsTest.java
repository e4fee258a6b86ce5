package app.ductape.sessions.middleware;

import static org.assertj.core.api.Assertions.assertThat;

import app.ductape.sessions.model.ExpiryPeriod;
import app.ductape.sessions.model.SessionConfig;
import app.ductape.sessions.model.VerifySessionResult;
import app.ductape.sessions.options.StartSessionOptions;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.ServletContainerInitializer;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The filter attacked by the form of its credentials, in Tomcat and Jetty: header spellings, two headers,
 * a header and a cookie that disagree, two cookies, a token of another tag, a preflight that is not one,
 * and what Ductape's own refusals turn into.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RequestFormsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final VerifierFixture fixture = new VerifierFixture();
    private final Map<EmbeddedContainer, EmbeddedContainer.Running> running = new EnumMap<>(EmbeddedContainer.class);
    private String ada;
    private String grace;

    /** Echoes the e-mail of the session the filter admitted. */
    static final class WhoServlet extends HttpServlet {
        private static final long serialVersionUID = 1L;

        @Override
        protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
            VerifySessionResult session = (VerifySessionResult) request.getAttribute(
                DuctapeSessionFilter.SESSION_ATTRIBUTE);
            response.getWriter().write("who=" + (session == null ? "nobody" : session.data().get("email")));
        }
    }

    @BeforeAll
    void start() throws Exception {
        ada = fixture.start("ada@example.com").token();
        grace = fixture.start("grace@example.com").token();
        DuctapeSessionFilter filter = DuctapeSessionFilter.builder(fixture.verifier().build())
            .cookie("ductape_session").include("/api/*").build();
        ServletContainerInitializer application = (classes, context) -> {
            context.addServlet("who", new WhoServlet()).addMapping("/api/*");
            context.addFilter("ductape", filter).addMappingForUrlPatterns(EmbeddedContainer.REQUESTS, false, "/*");
        };
        for (EmbeddedContainer container : EmbeddedContainer.values()) {
            running.put(container, container.start(application));
        }
    }

    @AfterAll
    void stop() throws Exception {
        for (EmbeddedContainer.Running container : running.values()) {
            container.close();
        }
        fixture.close();
    }

    private RawHttp.Answer get(EmbeddedContainer container, String... headers) throws IOException {
        return RawHttp.get(running.get(container).port(), "/api/me", headers);
    }

    private static void assertMalformed(RawHttp.Answer answer) throws IOException {
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.header("WWW-Authenticate")).isEqualTo("Bearer error=\"invalid_request\"");
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        assertThat(JSON.readTree(answer.body()).get("status").asInt()).isEqualTo(400);
    }

    @ParameterizedTest
    @EnumSource(EmbeddedContainer.class)
    void aLowerCaseSchemeIsABearerToken(EmbeddedContainer container) throws Exception {
        assertThat(get(container, "Authorization: bearer " + ada).body()).isEqualTo("who=ada@example.com");
    }

    @ParameterizedTest
    @EnumSource(EmbeddedContainer.class)
    void twoSpacesAfterTheSchemeAreOneSeparator(EmbeddedContainer container) throws Exception {
        assertThat(get(container, "Authorization: Bearer  " + ada).body()).isEqualTo("who=ada@example.com");
    }

    @ParameterizedTest
    @EnumSource(EmbeddedContainer.class)
    void theSchemeWithoutATokenIs400(EmbeddedContainer container) throws Exception {
        assertMalformed(get(container, "Authorization: Bearer"));
    }

    @ParameterizedTest
    @EnumSource(EmbeddedContainer.class)
    void aTokenWithInnerWhitespaceIs400AndIsNotEchoed(EmbeddedContainer container) throws Exception {
        RawHttp.Answer answer = get(container, "Authorization: Bearer " + ada.replace('.', ' '));

        assertMalformed(answer);
        assertThat(answer.text()).doesNotContain(ada.substring(ada.indexOf(':') + 1, ada.indexOf('.')));
    }

    @ParameterizedTest
    @EnumSource(EmbeddedContainer.class)
    void twoAuthorizationHeadersAre400EvenWhenOneIsValid(EmbeddedContainer container) throws Exception {
        assertMalformed(get(container, "Authorization: Bearer " + ada, "Authorization: Bearer " + grace));
        assertMalformed(get(container, "Authorization: Bearer forged", "Authorization: Bearer " + ada));
    }

    @ParameterizedTest
    @EnumSource(EmbeddedContainer.class)
    void theHeaderWinsOverADisagreeingCookie(EmbeddedContainer container) throws Exception {
        assertThat(get(container, "Authorization: Bearer " + ada, "Cookie: ductape_session=" + grace).body())
            .isEqualTo("who=ada@example.com");
        assertThat(get(container, "Authorization: Bearer user-session:forged", "Cookie: ductape_session=" + ada)
            .status()).isEqualTo(401);
    }

    @ParameterizedTest
    @EnumSource(EmbeddedContainer.class)
    void anotherSchemeLeavesTheCookieToCarryTheToken(EmbeddedContainer container) throws Exception {
        assertThat(get(container, "Authorization: Basic dXNlcjpwYXNz", "Cookie: ductape_session=" + grace).body())
            .isEqualTo("who=grace@example.com");
    }

    @ParameterizedTest
    @EnumSource(EmbeddedContainer.class)
    void twoSessionCookiesThatDisagreeAre400(EmbeddedContainer container) throws Exception {
        assertMalformed(get(container, "Cookie: ductape_session=" + ada + "; ductape_session=" + grace));
    }

    @ParameterizedTest
    @EnumSource(EmbeddedContainer.class)
    void aValidTokenOfAnotherTagIs401WithoutAskingDuctape(EmbeddedContainer container) throws Exception {
        fixture.sessions.create("my-product", SessionConfig.builder().name("Admin " + container).tag("admin-" + container)
            .selector("$Session{email}").expiry(1).period(ExpiryPeriod.HOURS).schema(Map.of("email", "a@b.c"))
            .build());
        String adminToken = fixture.sessions.start(StartSessionOptions.builder().tag("admin-" + container)
            .data(Map.of("email", "ada@example.com")).build()).token();
        int asked = fixture.verifyRequests.get();

        RawHttp.Answer answer = get(container, "Authorization: Bearer " + adminToken);

        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.header("WWW-Authenticate")).isEqualTo("Bearer error=\"invalid_token\"");
        assertThat(fixture.verifyRequests.get()).isEqualTo(asked);
    }

    @ParameterizedTest
    @EnumSource(EmbeddedContainer.class)
    void anOptionsRequestThatIsNoPreflightIsChecked(EmbeddedContainer container) throws Exception {
        int port = running.get(container).port();

        assertThat(RawHttp.send(port, "OPTIONS", "/api/me", List.of()).status()).isEqualTo(401);
        assertThat(RawHttp.send(port, "OPTIONS", "/api/me", List.of("Origin: https://app.example",
            "Access-Control-Request-Method: GET")).status()).isEqualTo(200);
    }

    @ParameterizedTest
    @EnumSource(EmbeddedContainer.class)
    void ductapeRefusingTheServersOwnRequestIs500NotA503(EmbeddedContainer container) throws Exception {
        String fresh = fixture.start("linus@example.com").token();
        fixture.emulator.faults().failNext(1, 401);

        RawHttp.Answer answer = get(container, "Authorization: Bearer " + fresh);

        assertThat(answer.status()).isEqualTo(500);
        assertThat(answer.header("Retry-After")).isNull();
        assertThat(JSON.readTree(answer.body()).get("title").asText()).isEqualTo("Internal Server Error");
    }
}
