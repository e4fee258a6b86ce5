package app.ductape.sessions.bench;

import app.ductape.sessions.SessionsService;
import app.ductape.sessions.options.FetchSessionActivityLogsOptions;
import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.OkHttpClient;
import okhttp3.Response;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/** B4: 1,000 {@code fetchActivityLogs} with 64 in flight, SessionsServiceAsync vs raw enqueue. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class AsyncBenchmark {
    private static final int CALLS = 1000;
    private static final int IN_FLIGHT = 64;

    private CannedServer server;
    private OkHttpClient okHttp;
    private SessionsService sdk;
    private com.fasterxml.jackson.databind.ObjectReader rawReader;
    private FetchSessionActivityLogsOptions options;

    @Setup(Level.Trial)
    public void setUp() {
        server = new CannedServer(1);
        okHttp = Clients.okHttp(IN_FLIGHT);
        sdk = Clients.sdk(server.baseUrl(), okHttp);
        rawReader = RawModels.mapper().readerFor(Clients.LOGS);
        options = FetchSessionActivityLogsOptions.builder().session("user-session").limit(20).build();
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        Clients.close(sdk, okHttp, server);
    }

    @Benchmark
    public int sdk() throws Exception {
        Semaphore inFlight = new Semaphore(IN_FLIGHT);
        CompletableFuture<?>[] calls = new CompletableFuture<?>[CALLS];
        for (int i = 0; i < CALLS; i++) {
            inFlight.acquire();
            calls[i] = sdk.async().fetchActivityLogs(options).whenComplete((page, error) -> inFlight.release());
        }
        CompletableFuture.allOf(calls).get(60, TimeUnit.SECONDS);
        return calls.length;
    }

    @Benchmark
    public int raw() throws Exception {
        Semaphore inFlight = new Semaphore(IN_FLIGHT);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        CompletableFuture<?>[] calls = new CompletableFuture<?>[CALLS];
        for (int i = 0; i < CALLS; i++) {
            inFlight.acquire();
            CompletableFuture<RawModels.LogsPage> call = new CompletableFuture<>();
            calls[i] = call;
            okHttp.newCall(Clients.logsRequest(server.baseUrl(), 1, 20)).enqueue(new Callback() {
                @Override
                public void onResponse(Call c, Response response) {
                    try (response) {
                        RawModels.Envelope<RawModels.LogsPage> envelope = rawReader.readValue(
                            response.body().byteStream());
                        call.complete(envelope.data);
                    } catch (IOException | RuntimeException e) {
                        failure.set(e);
                        call.completeExceptionally(e);
                    } finally {
                        inFlight.release();
                    }
                }

                @Override
                public void onFailure(Call c, IOException e) {
                    inFlight.release();
                    call.completeExceptionally(e);
                }
            });
        }
        CompletableFuture.allOf(calls).get(60, TimeUnit.SECONDS);
        return calls.length;
    }
}
