package app.ductape.sessions.examples;

import app.ductape.sessions.SessionsService;
import app.ductape.sessions.middleware.DuctapeSessionFilter;
import app.ductape.sessions.middleware.SessionVerifier;
import app.ductape.sessions.model.StartSessionResult;
import app.ductape.sessions.model.VerifySessionResult;
import app.ductape.sessions.options.RevokeSessionOptions;
import app.ductape.sessions.options.StartSessionOptions;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.apache.catalina.LifecycleException;
import org.apache.catalina.startup.Tomcat;

/**
 * A plain servlet application behind {@link DuctapeSessionFilter}: an embedded Tomcat serving
 * {@code /api/me} (the session's data) and an unprotected {@code /health}, then a browser's requests
 * with no token, a valid token, and the same token after a logout revoked it.
 */
public final class VerifyInMiddlewareExample {
    private VerifyInMiddlewareExample() {}

    public static void main(String[] args) {
        ExampleConnection.runMain(VerifyInMiddlewareExample::run);
    }

    /** Answers the data of the caller's session, which the filter put on the request. */
    static final class MeServlet extends HttpServlet {
        private static final long serialVersionUID = 1L;

        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
            VerifySessionResult session = (VerifySessionResult) request.getAttribute(
                DuctapeSessionFilter.SESSION_ATTRIBUTE);
            response.setContentType("text/plain");
            response.getWriter().write("hello " + session.data().get("email"));
        }
    }

    /** A health check, outside the filter's {@code /api/*}. */
    static final class HealthServlet extends HttpServlet {
        private static final long serialVersionUID = 1L;

        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
            response.getWriter().write("ok");
        }
    }

    static void run(SessionsService sessions, PrintStream out) {
        try (SessionVerifier verifier = SessionVerifier.builder(sessions).product("my-product").env("production")
                .tag("user-session").maxStaleness(Duration.ofSeconds(30)).build()) {
            Tomcat tomcat = startTomcat(DuctapeSessionFilter.builder(verifier).cookie("ductape_session")
                .include("/api/*").build());
            try {
                String base = "http://127.0.0.1:" + tomcat.getConnector().getLocalPort();
                StartSessionResult login = sessions.start(StartSessionOptions.builder().product("my-product")
                    .env("production").tag("user-session").data(Map.of("email", "ada@example.com")).build());

                out.println("GET /health, no token:        " + get(base + "/health", null));
                out.println("GET /api/me, no token:        " + get(base + "/api/me", null));
                out.println("GET /api/me, token:           " + get(base + "/api/me", login.token()));
                out.println("GET /api/me, token again:     " + get(base + "/api/me", login.token())
                    + " (from the cache, no request to Ductape)");
                sessions.revoke(RevokeSessionOptions.builder().product("my-product").env("production")
                    .tag("user-session").sessionId(login.sessionId()).build());
                out.println("GET /api/me, after logout:    " + get(base + "/api/me", login.token())
                    + " (refused from the cache: the revoke ended the session)");
                out.println(verifier.stats());
            } finally {
                stop(tomcat);
            }
        }
    }

    private static Tomcat startTomcat(DuctapeSessionFilter filter) {
        try {
            Tomcat tomcat = new Tomcat();
            tomcat.setBaseDir(Files.createTempDirectory("example-tomcat").toString());
            tomcat.setPort(0);
            // what a web application does at startup (see the README's DuctapeSessionsSetup)
            tomcat.addContext("", null).addServletContainerInitializer((classes, servletContext) -> {
                servletContext.addServlet("me", new MeServlet()).addMapping("/api/me");
                servletContext.addServlet("health", new HealthServlet()).addMapping("/health");
                servletContext.addFilter("ductape-session", filter).addMappingForUrlPatterns(null, false, "/*");
            }, null);
            tomcat.getConnector();
            tomcat.start();
            return tomcat;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (LifecycleException e) {
            throw new IllegalStateException("Tomcat did not start", e);
        }
    }

    private static void stop(Tomcat tomcat) {
        try {
            tomcat.stop();
            tomcat.destroy();
        } catch (LifecycleException e) {
            throw new IllegalStateException("Tomcat did not stop", e);
        }
    }

    /** The status and body a browser would see. */
    private static String get(String url, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(request.build(),
                HttpResponse.BodyHandlers.ofString());
            return response.statusCode() + " " + response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
