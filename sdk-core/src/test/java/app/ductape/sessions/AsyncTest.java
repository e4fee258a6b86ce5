package app.ductape.sessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.ductape.sessions.model.SessionDashboard;
import app.ductape.sessions.options.FetchSessionDashboardOptions;
import app.ductape.sessions.options.RevokeSessionOptions;
import app.ductape.sessions.options.StartSessionOptions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The async API: same results and errors as the sync one, retries on a timer, cancellation. */
class AsyncTest {
    private static final FetchSessionDashboardOptions DASHBOARD =
        FetchSessionDashboardOptions.builder().product("p").session("s").build();

    @StartStop
    final MockWebServer server = new MockWebServer();

    private final RecordingSleeper sleeper = new RecordingSleeper();
    private SessionsService sessions;

    @BeforeEach
    void setUp() {
        sessions = Wire.accessKeyClient(server).maxRetries(2).sleeper(sleeper).build();
    }

    @AfterEach
    void tearDown() {
        sessions.close();
    }

    @Test
    void asyncCallCompletesWithTheParsedResult() {
        server.enqueue(Wire.ok("dashboard.json"));

        SessionDashboard dashboard = sessions.async().fetchDashboard(DASHBOARD).join();

        assertThat(dashboard.totalUsers()).isEqualTo(200);
    }

    @Test
    void asyncFailureIsTheSameSessionError() {
        server.enqueue(Wire.json(404, "{\"status\":false,\"message\":\"nope\"}"));

        assertThatThrownBy(() -> sessions.async().fetchDashboard(DASHBOARD).join())
            .isInstanceOf(CompletionException.class).cause().isInstanceOf(SessionError.class)
            .satisfies(e -> assertThat(((SessionError) e).code()).isEqualTo(SessionErrorCode.SESSION_NOT_FOUND))
            .satisfies(e -> assertThat(((SessionError) e).httpStatus()).hasValue(404));
    }

    @Test
    void asyncRetriesOnTheSleepersTimerWithTheSameIdempotencyKey() throws Exception {
        server.enqueue(Wire.json(503, "{}"));
        server.enqueue(Wire.proxy("{\"revoked\":1}"));

        sessions.async().revoke(RevokeSessionOptions.builder().product("p").env("prd").tag("t").sessionId("s")
            .build()).get(5, TimeUnit.SECONDS);

        assertThat(sleeper.delays).hasSize(1);
        String key = server.takeRequest().getHeaders().get("Idempotency-Key");
        assertThat(server.takeRequest().getHeaders().get("Idempotency-Key")).isEqualTo(key);
    }

    @Test
    void asyncExhaustedRetriesReportAttempts() {
        for (int i = 0; i < 3; i++) {
            server.enqueue(Wire.json(500, "{}"));
        }

        CompletionException thrown = (CompletionException) org.assertj.core.api.Assertions.catchThrowable(
            () -> sessions.async().fetchDashboard(DASHBOARD).join());

        SessionError error = (SessionError) thrown.getCause();
        assertThat(error.attempts()).isEqualTo(3);
        assertThat(error.getSuppressed()).hasSize(2);
    }

    @Test
    void invalidOptionsThrowAtOnce() {
        try (SessionsService noProduct = Wire.accessKeyClient(server).build()) {
            assertThatThrownBy(() -> noProduct.async().fetchDashboard(FetchSessionDashboardOptions.builder()
                .session("s").build())).isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void cancellingTheFutureCancelsTheHttpCall() throws Exception {
        server.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.Stall.INSTANCE).build());
        CompletableFuture<SessionDashboard> future = sessions.async().fetchDashboard(DASHBOARD);
        server.takeRequest(5, TimeUnit.SECONDS);

        future.cancel(true);

        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (sessions.api().okHttpClient().dispatcher().runningCallsCount() > 0
            && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(sessions.api().okHttpClient().dispatcher().runningCallsCount()).isZero();
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void manyCallsInFlightAllComplete() {
        server.setDispatcher(new mockwebserver3.Dispatcher() {
            @Override
            public MockResponse dispatch(mockwebserver3.RecordedRequest request) {
                return Wire.ok("dashboard.json");
            }
        });
        List<CompletableFuture<SessionDashboard>> futures = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            futures.add(sessions.async().fetchDashboard(DASHBOARD, RequestOptions.builder()
                .timeout(Duration.ofSeconds(20)).build()));
        }

        CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new)).join();

        assertThat(futures).allSatisfy(f -> assertThat(f.join().totalUsers()).isEqualTo(200));
    }
}
