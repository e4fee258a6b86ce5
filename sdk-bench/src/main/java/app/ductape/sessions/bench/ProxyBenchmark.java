package app.ductape.sessions.bench;

import app.ductape.sessions.SessionsService;
import app.ductape.sessions.model.VerifySessionResult;
import app.ductape.sessions.options.VerifySessionOptions;
import java.io.IOException;
import java.security.GeneralSecurityException;
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
 * B10: one {@code verify} through Ductape's SDK proxy (payload JSON of about 1 KB, AES-256-CBC, base64,
 * HTTP, decode) on one thread, the SDK against {@link RawProxy}, on the same canned loopback server.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ProxyBenchmark {
    private CannedServer server;
    private OkHttpClient okHttp;
    private SessionsService sdk;
    private RawProxy raw;
    private VerifySessionOptions options;
    private String token;

    @Setup(Level.Trial)
    public void setUp() throws GeneralSecurityException {
        server = new CannedServer(1);
        okHttp = Clients.okHttp(1);
        sdk = Clients.sdkBuilder(server.baseUrl(), okHttp).env("production").build();
        raw = new RawProxy(okHttp, RawModels.mapper());
        token = Payloads.kilobyteToken();
        options = VerifySessionOptions.builder().tag("user-session").token(token).build();
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        Clients.close(sdk, okHttp, server);
    }

    @Benchmark
    public VerifySessionResult sdk() {
        return sdk.verify(options);
    }

    @Benchmark
    public RawModels.Verification raw() throws IOException, GeneralSecurityException {
        return raw.verify(server.baseUrl(), token);
    }
}
