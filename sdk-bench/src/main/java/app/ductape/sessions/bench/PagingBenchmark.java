package app.ductape.sessions.bench;

import app.ductape.sessions.SessionsService;
import app.ductape.sessions.model.SessionActivityLog;
import app.ductape.sessions.options.FetchSessionActivityLogsOptions;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/** B3: every log of {@code pages} pages of 1,000 (1,000,000 in the full run) under -Xmx64m. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PagingBenchmark {
    @Param("1000")
    public int pages;

    private CannedServer server;
    private OkHttpClient okHttp;
    private SessionsService sdk;
    private Clients.OptimalRaw raw;

    @Setup(Level.Trial)
    public void setUp() {
        server = new CannedServer(pages);
        okHttp = Clients.okHttp(1);
        sdk = Clients.sdk(server.baseUrl(), okHttp);
        raw = new Clients.OptimalRaw(okHttp, RawModels.mapper());
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        Clients.close(sdk, okHttp, server);
    }

    @Benchmark
    public long sdk() {
        long count = 0;
        for (SessionActivityLog log : sdk.activityLogs(FetchSessionActivityLogsOptions.builder()
            .session("user-session").limit(1000).build())) {
            if (log.id() != null) {
                count++;
            }
        }
        return expect(count);
    }

    @Benchmark
    public long raw() throws IOException {
        long count = 0;
        for (int page = 1; ; page++) {
            RawModels.LogsPage logs = raw.logs(server.baseUrl(), page, 1000);
            for (RawModels.Log log : logs.logs.data) {
                if (log.id != null) {
                    count++;
                }
            }
            if (logs.logs.data.size() < 1000 || page >= logs.logs.metadata.totalPages) {
                return expect(count);
            }
        }
    }

    private long expect(long count) {
        if (count != 1000L * pages) {
            throw new IllegalStateException("read " + count + " logs, expected " + 1000L * pages);
        }
        return count;
    }
}
