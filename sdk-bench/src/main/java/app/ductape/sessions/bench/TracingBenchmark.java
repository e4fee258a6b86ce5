package app.ductape.sessions.bench;

import app.ductape.sessions.SessionsService;
import app.ductape.sessions.middleware.SessionVerifier;
import app.ductape.sessions.model.SessionActivityLogsPage;
import app.ductape.sessions.model.VerifySessionResult;
import app.ductape.sessions.opentelemetry.DuctapeTelemetry;
import app.ductape.sessions.options.FetchSessionActivityLogsOptions;
import app.ductape.sessions.options.StartSessionOptions;
import app.ductape.sessions.testkit.DuctapeEmulator;
import app.ductape.sessions.testkit.EmulatorSeed;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.propagation.ContextPropagators;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.export.BatchSpanProcessor;
import io.opentelemetry.sdk.trace.samplers.Sampler;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
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
 * B13: what tracing costs. B1's call ({@code fetchActivityLogs} of 20 logs, on loopback) with the SDK traced
 * through an OpenTelemetry SDK that samples every span and exports it (a batch processor into an in-memory
 * exporter, emptied each iteration), against the same call untraced; and a {@link SessionVerifier} cache hit
 * with the verifier and its client traced (hits not traced, the default), against an untraced one. Each side
 * runs in forks of its own, set up alike.
 */
@BenchmarkMode(Mode.AverageTime)
public class TracingBenchmark {

    /** Tracing as an application has it: every span sampled, batched, exported. */
    @State(Scope.Benchmark)
    public static class Telemetry {
        private InMemorySpanExporter exporter;
        private SdkTracerProvider tracerProvider;
        DuctapeTelemetry telemetry;

        @Setup(Level.Trial)
        public void setUp() {
            exporter = InMemorySpanExporter.create();
            tracerProvider = SdkTracerProvider.builder().setSampler(Sampler.alwaysOn())
                .addSpanProcessor(BatchSpanProcessor.builder(exporter).build()).build();
            telemetry = DuctapeTelemetry.create(OpenTelemetrySdk.builder().setTracerProvider(tracerProvider)
                .setPropagators(ContextPropagators.create(W3CTraceContextPropagator.getInstance())).build());
        }

        /** The exported spans do not pile up across iterations, as a real exporter sends them away. */
        @Setup(Level.Iteration)
        public void emptyTheExporter() {
            tracerProvider.forceFlush().join(10, TimeUnit.SECONDS);
            exporter.reset();
        }

        @TearDown(Level.Trial)
        public void tearDown() {
            tracerProvider.close();
        }
    }

    /** B1's server and clients, one traced. */
    @State(Scope.Benchmark)
    public static class Fetch {
        private CannedServer server;
        private OkHttpClient okHttp;
        SessionsService traced;
        SessionsService untraced;
        final FetchSessionActivityLogsOptions options = FetchSessionActivityLogsOptions.builder()
            .session("user-session").page(1).limit(20).build();

        @Setup(Level.Trial)
        public void setUp(Telemetry telemetry) {
            server = new CannedServer(1);
            okHttp = Clients.okHttp(1);
            traced = telemetry.telemetry.install(Clients.sdkBuilder(server.baseUrl(), okHttp)).build();
            untraced = Clients.sdk(server.baseUrl(), okHttp);
        }

        @TearDown(Level.Trial)
        public void tearDown() {
            traced.close();
            Clients.close(untraced, okHttp, server);
        }
    }

    /** Two warm verifiers over the emulator, one traced (hits left out), walking the same 1,000 tokens. */
    @State(Scope.Benchmark)
    public static class Verifiers {
        private static final int TOKENS = 1_000;
        private DuctapeEmulator emulator;
        private SessionsService tracedSessions;
        private SessionsService untracedSessions;
        SessionVerifier traced;
        SessionVerifier untraced;
        private String[] tokens;
        private int next;

        @Setup(Level.Trial)
        public void setUp(Telemetry telemetry) {
            emulator = DuctapeEmulator.builder().seed(EmulatorSeed.demo()).start();
            tracedSessions = telemetry.telemetry.install(emulator.sessionsServiceBuilder()).build();
            untracedSessions = emulator.sessionsServiceBuilder().build();
            traced = telemetry.telemetry.verifier().install(SessionVerifier.builder(tracedSessions)
                .tag("user-session").maxStaleness(Duration.ofHours(1))).build();
            untraced = SessionVerifier.builder(untracedSessions).tag("user-session")
                .maxStaleness(Duration.ofHours(1)).build();
            tokens = new String[TOKENS];
            for (int i = 0; i < TOKENS; i++) {
                tokens[i] = untracedSessions.start(StartSessionOptions.builder().tag("user-session")
                    .data(Map.of("email", "user" + i + "@example.com")).build()).token();
                traced.verify(tokens[i]);
                untraced.verify(tokens[i]);
            }
        }

        String nextToken() {
            next = next + 1 == TOKENS ? 0 : next + 1;
            return tokens[next];
        }

        @TearDown(Level.Trial)
        public void tearDown() {
            if (traced.stats().misses() != TOKENS || untraced.stats().misses() != TOKENS) {
                throw new IllegalStateException("the caches were not warm all along");
            }
            traced.close();
            untraced.close();
            tracedSessions.close();
            untracedSessions.close();
            emulator.close();
        }
    }

    /** B1's call, traced: a call span and an attempt span, sampled and exported, and a traceparent sent. */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public SessionActivityLogsPage fetchTraced(Fetch fetch) {
        return fetch.traced.fetchActivityLogs(fetch.options);
    }

    /** B1's call, untraced (the tracing SDK set up all the same). */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public SessionActivityLogsPage fetchUntraced(Fetch fetch) {
        return fetch.untraced.fetchActivityLogs(fetch.options);
    }

    /** A cache hit of a traced verifier (hits make no span). */
    @Benchmark
    @OutputTimeUnit(TimeUnit.NANOSECONDS)
    public VerifySessionResult hitTraced(Verifiers verifiers) {
        return verifiers.traced.verify(verifiers.nextToken());
    }

    /** A cache hit of an untraced verifier. */
    @Benchmark
    @OutputTimeUnit(TimeUnit.NANOSECONDS)
    public VerifySessionResult hitUntraced(Verifiers verifiers) {
        return verifiers.untraced.verify(verifiers.nextToken());
    }
}
