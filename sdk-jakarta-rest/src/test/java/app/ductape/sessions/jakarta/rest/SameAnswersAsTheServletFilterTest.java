package app.ductape.sessions.jakarta.rest;

import static org.assertj.core.api.Assertions.assertThat;

import app.ductape.sessions.SessionsService;
import app.ductape.sessions.middleware.DuctapeSessionFilter;
import app.ductape.sessions.middleware.EmbeddedContainer;
import app.ductape.sessions.middleware.PathSpellings;
import app.ductape.sessions.middleware.PathSpellings.Spelling;
import app.ductape.sessions.middleware.RawHttp;
import app.ductape.sessions.middleware.SessionGuard;
import app.ductape.sessions.middleware.SessionVerifier;
import app.ductape.sessions.middleware.VerifierFixture;
import app.ductape.sessions.options.RevokeSessionOptions;
import app.ductape.sessions.options.StartSessionOptions;
import app.ductape.sessions.options.VerifySessionOptions;
import jakarta.servlet.ServletContainerInitializer;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The same requests to the servlet filter in Tomcat and Jetty and to the Jakarta REST filter in Jersey and in
 * RESTEasy, all four carrying out one {@link SessionGuard}: every refusal the same in status, the guard's headers and
 * the problem body, byte for byte; every hostile spelling refused by each (by the filter, or by the server
 * before any filter runs). The spelling table is printed, one row per spelling.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SameAnswersAsTheServletFilterTest {
    private static final List<String> GUARD_HEADERS = List.of("Content-Type", "Cache-Control", "WWW-Authenticate",
        "Retry-After");

    private final VerifierFixture fixture = new VerifierFixture();
    private final SessionsService sessions = fixture.sessions;
    private final SessionVerifier verifier = fixture.verifier().build();
    private final SessionGuard guard = SessionGuard.builder(verifier).cookie("ductape_session").include("/api/*")
        .exclude("/api/public/*").build();
    private final Map<String, Integer> ports = new LinkedHashMap<>();
    private final List<AutoCloseable> servers = new ArrayList<>();
    private final JerseyOnGrizzly jersey = new JerseyOnGrizzly();

    /** Answers every request that reaches it, so that only the filter refuses. */
    static final class Reached extends HttpServlet {
        private static final long serialVersionUID = 1L;

        @Override
        protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
            response.getWriter().write("reached");
        }
    }

    @BeforeAll
    void startServers() throws Exception {
        DuctapeSessionFilter servletFilter = DuctapeSessionFilter.of(guard);
        ServletContainerInitializer servletApp = (classes, context) -> {
            context.addServlet("reached", new Reached()).addMapping("/");
            context.addFilter("ductape", servletFilter).addMappingForUrlPatterns(EmbeddedContainer.REQUESTS, false, "/*");
        };
        for (EmbeddedContainer container : EmbeddedContainer.values()) {
            EmbeddedContainer.Running running = container.start(servletApp);
            servers.add(running);
            ports.put("servlet filter in " + container, running.port());
        }
        DuctapeSessionRequestFilter filter = DuctapeSessionRequestFilter.of(guard);
        for (JakartaRestServer implementation : List.of(jersey, new ResteasyOnUndertow())) {
            JakartaRestServer.Running running = implementation.start(TestResources.application(filter,
                implementation.propertyResource()));
            servers.add(running);
            ports.put(implementation.toString(), running.port());
        }
    }

    @AfterAll
    void stopServers() throws Exception {
        try {
            for (AutoCloseable server : servers) {
                server.close();
            }
        } finally {
            verifier.close();
            fixture.close();
        }
    }

    private String token(String tag) {
        return sessions.start(StartSessionOptions.builder().tag(tag).data(Map.of("email", "ada@example.com")).build())
            .token();
    }

    /**
     * Sends the request to each server, its headers made anew each time, then {@code before} run, and
     * compares the answers with the first server's (Tomcat's servlet filter); returns that answer.
     */
    private RawHttp.Answer sameAnswerEverywhere(String target, Supplier<List<String>> headers, Runnable before)
        throws Exception {
        RawHttp.Answer first = null;
        for (Map.Entry<String, Integer> server : ports.entrySet()) {
            List<String> sent = headers.get();
            before.run();
            RawHttp.Answer answer = RawHttp.send(server.getValue(), "GET", target, sent);
            if (first == null) {
                first = answer;
                continue;
            }
            assertThat(answer.status()).as("%s: %s", server.getKey(), answer.text()).isEqualTo(first.status());
            for (String header : GUARD_HEADERS) {
                assertThat(answer.header(header)).as("%s's %s", server.getKey(), header).isEqualTo(first.header(header));
            }
            assertThat(answer.body()).as(server.getKey()).isEqualTo(first.body());
        }
        return first;
    }

    private void sameRefusalEverywhere(int status, String target, Supplier<List<String>> headers, Runnable before)
        throws Exception {
        assertThat(sameAnswerEverywhere(target, headers, before).status()).isEqualTo(status);
    }

    private void sameRefusalEverywhere(int status, String target, String... headers) throws Exception {
        sameRefusalEverywhere(status, target, () -> List.of(headers), () -> { });
    }

    @Test
    void noToken() throws Exception {
        sameRefusalEverywhere(401, "/api/me");
    }

    @Test
    void aTokenDuctapeDoesNotKnow() throws Exception {
        sameRefusalEverywhere(401, "/api/me", "Authorization: Bearer user-session:not-a-token");
    }

    @Test
    void aRevokedToken() throws Exception {
        String token = token("user-session");
        String sessionId = sessions.verify(VerifySessionOptions.builder()
            .tag("user-session").token(token).build()).sessionId().orElseThrow();
        sessions.revoke(RevokeSessionOptions.builder().tag("user-session").sessionId(sessionId).build());

        sameRefusalEverywhere(401, "/api/me", "Authorization: Bearer " + token);
    }

    @Test
    void aTokenOfAnotherTag() throws Exception {
        sameRefusalEverywhere(401, "/api/me", "Authorization: Bearer " + token("checkout-session"));
    }

    @Test
    void malformedCredentials() throws Exception {
        sameRefusalEverywhere(400, "/api/me", "Authorization: Bearer");
        sameRefusalEverywhere(400, "/api/me", "Authorization: Bearer a", "Authorization: Bearer b");
        sameRefusalEverywhere(400, "/api/me", "Cookie: ductape_session=a; ductape_session=b");
    }

    @Test
    void hostileHeaderForms() throws Exception {
        sameRefusalEverywhere(401, "/api/me", "Authorization: Basic dXNlcjpwYXNz");
        sameRefusalEverywhere(400, "/api/me", "Authorization: Bearer a, Bearer b");
        sameRefusalEverywhere(401, "/api/me", "Authorization: Bearer  user-session:two-spaces");
        sameRefusalEverywhere(401, "/api/me", "authorization: bearer user-session:lower-case-forms");
        sameRefusalEverywhere(401, "/api/me?access_token=" + token("user-session"));
        sameRefusalEverywhere(401, "/api/me", "Cookie: ductape_session=" + token("checkout-session"));
        sameRefusalEverywhere(401, "/api/me", "Cookie: ductape_session=");
    }

    /**
     * The guard refuses a tab between {@code Bearer} and the token (RFC 7235 has one or more spaces there), but
     * only where the server hands it the tab: Undertow turns it into a space while parsing the header, so in
     * RESTEasy on Undertow the token is read and verified (and refused, being unknown) as if sent with a space.
     */
    @Test
    void aTabAfterBearerIsMalformedWhereTheServerKeepsIt() throws Exception {
        Map<String, Integer> expected = Map.of("servlet filter in TOMCAT", 400, "servlet filter in JETTY", 400,
            "Jersey on Grizzly", 400, "RESTEasy on Undertow", 401);
        for (Map.Entry<String, Integer> server : ports.entrySet()) {
            RawHttp.Answer answer = RawHttp.get(server.getValue(), "/api/me", "Authorization: Bearer\tuser-session:a-tab");

            assertThat(answer.status()).as(server.getKey()).isEqualTo(expected.get(server.getKey()));
        }
    }

    @Test
    void anUnavailableDuctape() throws Exception {
        sameRefusalEverywhere(503, "/api/me", () -> List.of("Authorization: Bearer " + token("user-session")),
            () -> fixture.emulator.faults().failNext(1, 503));
    }

    @Test
    void anAmbiguousPath() throws Exception {
        sameRefusalEverywhere(400, "/api;x=1/me");
        sameRefusalEverywhere(400, "/api/public/../me");
    }

    @Test
    void everySpellingOfTheTableIsRefusedByEachAndTheGuardsAnswersAreTheSame() throws Exception {
        StringBuilder table = new StringBuilder("spelling | " + String.join(" | ", ports.keySet()) + "\n");
        for (Spelling spelling : PathSpellings.table()) {
            table.append(spelling.rawPath().replace("\\", "\\\\"));
            RawHttp.Answer guardAnswer = null;
            for (Map.Entry<String, Integer> server : ports.entrySet()) {
                RawHttp.Answer answer = RawHttp.get(server.getValue(), spelling.rawPath());
                boolean byTheGuard = "application/problem+json".equals(answer.header("Content-Type"));
                table.append(" | ").append(answer.status()).append(byTheGuard ? " filter" : " server");
                assertThat(answer.body()).as("%s %s", server.getKey(), spelling).doesNotContain("reached");
                if (byTheGuard) {
                    assertThat(answer.status()).as("%s %s", server.getKey(), spelling).isIn(spelling.allowed());
                    if (guardAnswer != null) {
                        assertThat(answer.status()).isEqualTo(guardAnswer.status());
                        assertThat(answer.body()).isEqualTo(guardAnswer.body());
                    }
                    guardAnswer = answer;
                } else {
                    assertThat(answer.status() == 400 || jersey.refusedBeforeFilters(answer))
                        .as("%s refused %s itself: %s", server.getKey(), spelling, answer.text()).isTrue();
                }
            }
            table.append('\n');
        }
        System.out.println(table);
    }
}
