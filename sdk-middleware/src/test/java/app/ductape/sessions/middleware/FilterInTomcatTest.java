package app.ductape.sessions.middleware;

import static org.assertj.core.api.Assertions.assertThat;

import app.ductape.sessions.model.StartSessionResult;
import app.ductape.sessions.model.VerifySessionResult;
import app.ductape.sessions.options.RevokeSessionOptions;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.catalina.startup.Tomcat;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** The filter in a real servlet container (embedded Tomcat 11) in front of a servlet, against the emulator. */
class FilterInTomcatTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path baseDir;

    private final VerifierFixture fixture = new VerifierFixture();
    private final HttpClient http = HttpClient.newHttpClient();
    private final List<String> seenResponses = new ArrayList<>();
    private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
    private Tomcat tomcat;
    private String base;

    /** The session data the filter put on the request, or {@code null} on a path it does not check. */
    static final class MeServlet extends HttpServlet {
        private static final long serialVersionUID = 1L;

        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
            VerifySessionResult session = (VerifySessionResult) request.getAttribute(
                DuctapeSessionFilter.SESSION_ATTRIBUTE);
            response.setContentType("application/json");
            response.getWriter().write(JSON.writeValueAsString(session == null ? null : session.data()));
        }
    }

    @BeforeEach
    void startTomcat() throws Exception {
        logs.start();
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).addAppender(logs);
        SessionVerifier verifier = fixture.verifier().maxStaleness(Duration.ofMinutes(5)).build();
        DuctapeSessionFilter filter = DuctapeSessionFilter.builder(verifier).cookie("ductape_session")
            .include("/api/*").exclude("/api/health").build();
        tomcat = new Tomcat();
        tomcat.setBaseDir(baseDir.toString());
        tomcat.setPort(0);
        // registered through the servlet API, as an application would, not through Tomcat's own classes
        tomcat.addContext("", null).addServletContainerInitializer((classes, servletContext) -> {
            servletContext.addServlet("me", new MeServlet()).addMapping("/api/me", "/api/health");
            servletContext.addFilter("ductape", filter).addMappingForUrlPatterns(null, false, "/*");
        }, null);
        tomcat.getConnector();
        tomcat.start();
        base = "http://127.0.0.1:" + tomcat.getConnector().getLocalPort();
    }

    @AfterEach
    void stop() throws Exception {
        tomcat.stop();
        tomcat.destroy();
        fixture.close();
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).detachAppender(logs);
    }

    private HttpResponse<String> get(String path, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(10));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        seenResponses.add(response.headers().map() + " " + response.body());
        return response;
    }

    private void assertNothingCarried(String token) {
        String jwt = token.substring(token.indexOf(':') + 1);
        assertThat(seenResponses).noneMatch(text -> text.contains(jwt));
        assertThat(logs.list).extracting(ILoggingEvent::getFormattedMessage).noneMatch(text -> text.contains(jwt));
    }

    private static void assertUnauthorizedProblem(HttpResponse<String> response) throws IOException {
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Bearer error=\"invalid_token\"");
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
            assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("status").asInt()).isEqualTo(401);
        assertThat(problem.get("title").asText()).isEqualTo("Unauthorized");
    }

    @Test
    void noTokenIs401WithAProblem() throws Exception {
        HttpResponse<String> response = get("/api/me", null);

        assertUnauthorizedProblem(response);
        assertThat(JSON.readTree(response.body()).get("detail").asText()).contains("no session token");
    }

    @Test
    void aTokenFromStartIs200AndTheHandlerSeesTheSessionData() throws Exception {
        StartSessionResult s = fixture.start("ada@example.com");

        HttpResponse<String> response = get("/api/me", "Bearer " + s.token());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(response.body()).get("email").asText()).isEqualTo("ada@example.com");
        assertNothingCarried(s.token());
    }

    @Test
    void theTokenMayComeInTheNamedCookie() throws Exception {
        StartSessionResult s = fixture.start("ada@example.com");

        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/api/me"))
            .header("Cookie", "ductape_session=" + s.token()).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
    }

    @Test
    void afterARevokeThroughTheSameClientTheNextRequestIs401() throws Exception {
        StartSessionResult s = fixture.start("ada@example.com");
        assertThat(get("/api/me", "Bearer " + s.token()).statusCode()).isEqualTo(200);

        fixture.sessions.revoke(RevokeSessionOptions.builder().tag("user-session").sessionId(s.sessionId()).build());

        HttpResponse<String> response = get("/api/me", "Bearer " + s.token());
        assertUnauthorizedProblem(response);
        assertNothingCarried(s.token());
    }

    @Test
    void anExpiredTokenIs401() throws Exception {
        StartSessionResult s = fixture.start("ada@example.com", Duration.ofSeconds(30));
        assertThat(get("/api/me", "Bearer " + s.token()).statusCode()).isEqualTo(200);

        fixture.clock.advance(Duration.ofSeconds(31));

        assertUnauthorizedProblem(get("/api/me", "Bearer " + s.token()));
    }

    @Test
    void aForgedTokenIs401AndIsNotEchoed() throws Exception {
        String forged = fixture.start("ada@example.com").token() + "x";

        HttpResponse<String> response = get("/api/me", "Bearer " + forged);

        assertUnauthorizedProblem(response);
        assertNothingCarried(forged);
    }

    @Test
    void theEmulatorFailingIs503WithRetryAfter() throws Exception {
        StartSessionResult s = fixture.start("ada@example.com");
        fixture.emulator.faults().failNext(1, 503);

        HttpResponse<String> response = get("/api/me", "Bearer " + s.token());

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.headers().firstValue("Retry-After")).hasValue("5");
        assertThat(JSON.readTree(response.body()).get("status").asInt()).isEqualTo(503);
        assertNothingCarried(s.token());
    }

    @Test
    void excludedAndUnmatchedPathsPassUnchecked() throws Exception {
        HttpResponse<String> health = get("/api/health", null);
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).isEqualTo("null");
        assertThat(get("/elsewhere", null).statusCode()).isEqualTo(404);
        assertThat(fixture.verifyRequests).hasValue(0);
    }
}
