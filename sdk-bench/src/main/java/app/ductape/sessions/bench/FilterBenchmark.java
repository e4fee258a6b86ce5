package app.ductape.sessions.bench;

import app.ductape.sessions.SessionsService;
import app.ductape.sessions.middleware.DuctapeSessionFilter;
import app.ductape.sessions.middleware.SessionVerifier;
import app.ductape.sessions.options.StartSessionOptions;
import app.ductape.sessions.testkit.DuctapeEmulator;
import app.ductape.sessions.testkit.EmulatorSeed;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import org.apache.catalina.LifecycleException;
import org.apache.catalina.startup.Tomcat;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * B7: what {@link DuctapeSessionFilter} adds to a request in an embedded Tomcat, at a cache hit. One
 * servlet answers both paths; only {@code /api/*} is behind the filter. Both requests carry the token.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class FilterBenchmark {
    private DuctapeEmulator emulator;
    private SessionsService sessions;
    private SessionVerifier verifier;
    private Tomcat tomcat;
    private Path baseDir;
    private OkHttpClient http;
    private Request filtered;
    private Request unfiltered;

    /** Answers a small JSON body, as an API endpoint would. */
    static final class HelloServlet extends HttpServlet {
        private static final long serialVersionUID = 1L;

        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
            response.setContentType("application/json");
            response.getWriter().write("{\"hello\":\"world\"}");
        }
    }

    @Setup(Level.Trial)
    public void setUp() throws IOException, LifecycleException {
        emulator = DuctapeEmulator.builder().seed(EmulatorSeed.demo()).start();
        sessions = emulator.sessionsServiceBuilder().build();
        verifier = SessionVerifier.builder(sessions).tag("user-session").maxStaleness(Duration.ofHours(1)).build();
        String token = sessions.start(StartSessionOptions.builder().tag("user-session")
            .data(Map.of("email", "ada@example.com")).build()).token();

        baseDir = Files.createTempDirectory("bench-tomcat");
        tomcat = new Tomcat();
        tomcat.setBaseDir(baseDir.toString());
        tomcat.setPort(0);
        DuctapeSessionFilter filter = DuctapeSessionFilter.builder(verifier).build();
        tomcat.addContext("", null).addServletContainerInitializer((classes, servletContext) -> {
            servletContext.addServlet("hello", new HelloServlet()).addMapping("/api/hello", "/open/hello");
            servletContext.addFilter("ductape", filter).addMappingForUrlPatterns(null, false, "/api/*");
        }, null);
        tomcat.getConnector();
        tomcat.start();

        String base = "http://127.0.0.1:" + tomcat.getConnector().getLocalPort();
        http = Clients.okHttp(1);
        filtered = new Request.Builder().url(base + "/api/hello").header("Authorization", "Bearer " + token).build();
        unfiltered = new Request.Builder().url(base + "/open/hello").header("Authorization", "Bearer " + token)
            .build();
        if (call(filtered) != 200 || call(unfiltered) != 200) {
            throw new IllegalStateException("the servlet does not answer 200 on both paths");
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() throws LifecycleException {
        if (verifier.stats().misses() != 1) {
            throw new IllegalStateException("the filter did not verify from the cache: " + verifier.stats());
        }
        tomcat.stop();
        tomcat.destroy();
        Clients.stop(http);
        verifier.close();
        sessions.close();
        emulator.close();
    }

    private int call(Request request) throws IOException {
        return Clients.status(http, request);
    }

    @Benchmark
    public int withFilter() throws IOException {
        return call(filtered);
    }

    @Benchmark
    public int withoutFilter() throws IOException {
        return call(unfiltered);
    }
}
