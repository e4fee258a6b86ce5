package app.ductape.sessions.bench;

import app.ductape.sessions.SessionsService;
import app.ductape.sessions.middleware.SessionGuard;
import app.ductape.sessions.middleware.SessionVerifier;
import app.ductape.sessions.options.StartSessionOptions;
import app.ductape.sessions.testkit.DuctapeEmulator;
import app.ductape.sessions.testkit.EmulatorSeed;
import app.ductape.sessions.webflux.DuctapeSessionWebFilter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
import org.springframework.http.server.reactive.ReactorHttpHandlerAdapter;
import org.springframework.web.server.adapter.WebHttpHandlerBuilder;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;

/**
 * B11: what {@link DuctapeSessionWebFilter} adds to a WebFlux request on Reactor Netty, at a cache hit. One
 * handler answers both paths; only {@code /api/*} is checked. Both requests carry the token.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class WebFilterBenchmark {
    private DuctapeEmulator emulator;
    private SessionsService sessions;
    private SessionVerifier verifier;
    private DisposableServer server;
    private OkHttpClient http;
    private Request filtered;
    private Request unfiltered;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        emulator = DuctapeEmulator.builder().seed(EmulatorSeed.demo()).start();
        sessions = emulator.sessionsServiceBuilder().build();
        verifier = SessionVerifier.builder(sessions).tag("user-session").maxStaleness(Duration.ofHours(1)).build();
        String token = sessions.start(StartSessionOptions.builder().tag("user-session")
            .data(Map.of("email", "ada@example.com")).build()).token();
        byte[] hello = "{\"hello\":\"world\"}".getBytes(StandardCharsets.UTF_8);
        server = HttpServer.create().host("127.0.0.1").port(0).handle(new ReactorHttpHandlerAdapter(
            WebHttpHandlerBuilder.webHandler(exchange -> exchange.getResponse().writeWith(Mono.fromSupplier(() ->
                exchange.getResponse().bufferFactory().wrap(hello))))
                .filter(DuctapeSessionWebFilter.of(SessionGuard.builder(verifier).include("/api/*").build()))
                .build())).bindNow();
        String base = "http://127.0.0.1:" + server.port();
        http = Clients.okHttp(1);
        filtered = new Request.Builder().url(base + "/api/hello").header("Authorization", "Bearer " + token).build();
        unfiltered = new Request.Builder().url(base + "/open/hello").header("Authorization", "Bearer " + token)
            .build();
        if (call(filtered) != 200 || call(unfiltered) != 200) {
            throw new IllegalStateException("the handler does not answer 200 on both paths");
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        if (verifier.stats().misses() != 1) {
            throw new IllegalStateException("the filter did not verify from the cache: " + verifier.stats());
        }
        server.disposeNow();
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
