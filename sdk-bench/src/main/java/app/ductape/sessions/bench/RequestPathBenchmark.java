package app.ductape.sessions.bench;

import app.ductape.sessions.SessionsService;
import app.ductape.sessions.middleware.SessionVerifier;
import app.ductape.sessions.options.StartSessionOptions;
import app.ductape.sessions.testkit.DuctapeEmulator;
import app.ductape.sessions.testkit.EmulatorSeed;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import okhttp3.Request;
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
 * What a request-path filter adds to a request on a real server, at a cache hit (B7's servlet filter, B11's
 * web filter, B14's Jakarta REST filter): the server answers {@value #HELLO} on {@code /api/hello}, behind
 * the filter, and on {@code /open/hello}, outside it; both requests carry the token, which one miss in the
 * set-up put in the verifier's cache. Each subclass starts its server.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public abstract class RequestPathBenchmark {
    /** What both paths answer, as a small API endpoint would. */
    static final String HELLO = "{\"hello\":\"world\"}";

    private DuctapeEmulator emulator;
    private SessionsService sessions;
    private SessionVerifier verifier;
    private OkHttpClient http;
    private Request filtered;
    private Request unfiltered;

    /**
     * Starts the server, its filter on {@code verifier} checking {@code /api/hello} and not {@code /open/hello}.
     *
     * @return its base URL, such as {@code http://127.0.0.1:PORT}
     */
    protected abstract String startServer(SessionVerifier verifier) throws Exception;

    /** Stops the server. */
    protected abstract void stopServer() throws Exception;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        emulator = DuctapeEmulator.builder().seed(EmulatorSeed.demo()).start();
        sessions = emulator.sessionsServiceBuilder().build();
        verifier = SessionVerifier.builder(sessions).tag("user-session").maxStaleness(Duration.ofHours(1)).build();
        String token = sessions.start(StartSessionOptions.builder().tag("user-session")
            .data(Map.of("email", "ada@example.com")).build()).token();
        String base = startServer(verifier);
        http = Clients.okHttp(1);
        filtered = new Request.Builder().url(base + "/api/hello").header("Authorization", "Bearer " + token).build();
        unfiltered = new Request.Builder().url(base + "/open/hello").header("Authorization", "Bearer " + token)
            .build();
        if (call(filtered) != 200 || call(unfiltered) != 200) {
            throw new IllegalStateException("the server does not answer 200 on both paths");
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() throws Exception {
        if (verifier.stats().misses() != 1) {
            throw new IllegalStateException("the filter did not verify from the cache: " + verifier.stats());
        }
        stopServer();
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
