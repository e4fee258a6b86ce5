package app.ductape.sessions.bench;

import app.ductape.sessions.SessionsService;
import app.ductape.sessions.model.SessionActivityLogsPage;
import app.ductape.sessions.options.FetchSessionActivityLogsOptions;
import java.io.IOException;
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

/** B1: one {@code fetchActivityLogs} of 20 logs on one thread, SDK vs the two raw clients. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class FetchBenchmark {
    private CannedServer server;
    private OkHttpClient okHttp;
    private SessionsService sdk;
    private Clients.OptimalRaw optimal;
    private Clients.NaiveRaw naive;
    private FetchSessionActivityLogsOptions options;

    @Setup(Level.Trial)
    public void setUp() {
        server = new CannedServer(1);
        okHttp = Clients.okHttp(1);
        sdk = Clients.sdk(server.baseUrl(), okHttp);
        optimal = new Clients.OptimalRaw(okHttp, RawModels.mapper());
        naive = new Clients.NaiveRaw(okHttp, RawModels.mapper());
        options = FetchSessionActivityLogsOptions.builder().session("user-session").page(1).limit(20).build();
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        Clients.close(sdk, okHttp, server);
    }

    @Benchmark
    public SessionActivityLogsPage sdk() {
        return sdk.fetchActivityLogs(options);
    }

    @Benchmark
    public RawModels.LogsPage rawOptimal() throws IOException {
        return optimal.logs(server.baseUrl(), 1, 20);
    }

    @Benchmark
    public RawModels.LogsPage rawNaive() throws IOException {
        return naive.logs(server.baseUrl(), 1, 20);
    }
}
