package app.ductape.sessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import app.ductape.sessions.options.FetchSessionDashboardOptions;
import app.ductape.sessions.options.RevokeAllSessionsOptions;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What is retried, how often, after how long, and what the final error says. */
class RetryTest {
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

    private static MockResponse status(int code) {
        return Wire.json(code, "{\"status\":false,\"message\":\"try later\"}");
    }

    private SessionError dashboardFailure() {
        return catchThrowableOfType(SessionError.class, () -> sessions.fetchDashboard(DASHBOARD));
    }

    @Test
    void serviceUnavailableThenSuccessIsRetriedOnceWithBackoff() {
        server.enqueue(status(503));
        server.enqueue(Wire.ok("dashboard.json"));

        assertThat(sessions.fetchDashboard(DASHBOARD).totalUsers()).isEqualTo(200);

        assertThat(server.getRequestCount()).isEqualTo(2);
        assertThat(sleeper.delays).hasSize(1);
        assertThat(sleeper.delays.get(0)).isBetween(Duration.ofMillis(375), Duration.ofMillis(500));
    }

    @Test
    void serverErrorForeverFailsAfterThreeAttemptsWithEarlierFailuresSuppressed() {
        for (int i = 0; i < 3; i++) {
            server.enqueue(status(500));
        }

        SessionError error = dashboardFailure();

        assertThat(server.getRequestCount()).isEqualTo(3);
        assertThat(error.attempts()).isEqualTo(3);
        assertThat(error.httpStatus()).hasValue(500);
        assertThat(error.getMessage()).contains("after 3 attempts");
        assertThat(error.getSuppressed()).hasSize(2).allSatisfy(s -> assertThat(s).isInstanceOf(SessionError.class));
        assertThat(sleeper.delays).hasSize(2);
        assertThat(sleeper.delays.get(0)).isBetween(Duration.ofMillis(375), Duration.ofMillis(500));
        assertThat(sleeper.delays.get(1)).isBetween(Duration.ofMillis(750), Duration.ofMillis(1000));
    }

    @Test
    void backoffDoublesUpToEightSeconds() {
        try (SessionsService patient = Wire.accessKeyClient(server).maxRetries(6).sleeper(sleeper).build()) {
            for (int i = 0; i < 7; i++) {
                server.enqueue(status(502));
            }
            catchThrowableOfType(SessionError.class, () -> patient.fetchDashboard(DASHBOARD));
        }

        assertThat(sleeper.delays).hasSize(6);
        long[] maxima = {500, 1000, 2000, 4000, 8000, 8000};
        for (int i = 0; i < maxima.length; i++) {
            assertThat(sleeper.delays.get(i).toMillis()).isBetween(maxima[i] * 3 / 4, maxima[i]);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {408, 429, 500, 502, 503, 504})
    void retriedStatuses(int code) {
        server.enqueue(status(code));
        server.enqueue(Wire.ok("dashboard.json"));

        sessions.fetchDashboard(DASHBOARD);

        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @ParameterizedTest
    @ValueSource(ints = {400, 401, 403, 404, 405, 409, 410, 422, 501})
    void otherStatusesAreNotRetried(int code) {
        server.enqueue(status(code));

        assertThat(dashboardFailure().attempts()).isEqualTo(1);
        assertThat(server.getRequestCount()).isEqualTo(1);
        assertThat(sleeper.delays).isEmpty();
    }

    @Test
    void shouldRetryFalseOverridesA503() {
        server.enqueue(new MockResponse.Builder().code(503).addHeader("x-should-retry", "false").build());

        assertThat(dashboardFailure().httpStatus()).hasValue(503);
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void aConflictIsRetriedOnlyWhenTheServerSaysSo() {
        server.enqueue(new MockResponse.Builder().code(409).addHeader("x-should-retry", "true").build());
        server.enqueue(Wire.ok("dashboard.json"));

        sessions.fetchDashboard(DASHBOARD);

        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void shouldRetryTrueOverridesA400() {
        server.enqueue(new MockResponse.Builder().code(400).addHeader("x-should-retry", "true").build());
        server.enqueue(Wire.ok("dashboard.json"));

        sessions.fetchDashboard(DASHBOARD);

        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void retryAfterSecondsIsHonoured() {
        server.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", "2").build());
        server.enqueue(Wire.ok("dashboard.json"));

        sessions.fetchDashboard(DASHBOARD);

        assertThat(sleeper.delays).containsExactly(Duration.ofSeconds(2));
    }

    @Test
    void retryAfterMsIsHonouredFirst() {
        server.enqueue(new MockResponse.Builder().code(429).addHeader("retry-after-ms", "150")
            .addHeader("Retry-After", "9").build());
        server.enqueue(Wire.ok("dashboard.json"));

        sessions.fetchDashboard(DASHBOARD);

        assertThat(sleeper.delays).containsExactly(Duration.ofMillis(150));
    }

    @Test
    void retryAfterHttpDateIsHonoured() {
        String inFiveSeconds = DateTimeFormatter.RFC_1123_DATE_TIME.format(
            ZonedDateTime.now(ZoneOffset.UTC).plusSeconds(5));
        server.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", inFiveSeconds).build());
        server.enqueue(Wire.ok("dashboard.json"));

        sessions.fetchDashboard(DASHBOARD);

        assertThat(sleeper.delays).hasSize(1);
        assertThat(sleeper.delays.get(0)).isBetween(Duration.ofSeconds(3), Duration.ofSeconds(5));
    }

    @Test
    void retryAfterBeyondSixtySecondsFailsAtOnceWithTheStatus() {
        server.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", "120").build());

        SessionError error = dashboardFailure();

        assertThat(error.httpStatus()).hasValue(429);
        assertThat(error.getMessage()).contains("120 s");
        assertThat(server.getRequestCount()).isEqualTo(1);
        assertThat(sleeper.delays).isEmpty();
    }

    @Test
    void mutatingCallsKeepTheirIdempotencyKeyAcrossRetries() throws Exception {
        server.enqueue(status(503));
        server.enqueue(status(500));
        server.enqueue(Wire.proxy("{\"revoked\":1}"));

        sessions.revokeAll(RevokeAllSessionsOptions.builder().product("p").env("prd").tag("t").identifier("u").build());

        String key = server.takeRequest().getHeaders().get("Idempotency-Key");
        assertThat(key).isNotBlank();
        assertThat(server.takeRequest().getHeaders().get("Idempotency-Key")).isEqualTo(key);
        assertThat(server.takeRequest().getHeaders().get("Idempotency-Key")).isEqualTo(key);
    }

    @Test
    void perCallMaxRetriesOverridesTheClients() {
        server.enqueue(status(503));

        SessionError error = catchThrowableOfType(SessionError.class, () -> sessions.fetchDashboard(DASHBOARD,
            RequestOptions.builder().maxRetries(0).build()));

        assertThat(error.attempts()).isEqualTo(1);
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void unreadableSuccessBodyIsNotRetried() {
        server.enqueue(Wire.json(200, "<html>proxy login</html>"));

        assertThat(dashboardFailure().attempts()).isEqualTo(1);
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void disconnectAtStartIsRetried() {
        server.enqueue(new MockResponse.Builder().onRequestStart(new SocketEffect.CloseSocket()).build());
        server.enqueue(Wire.ok("dashboard.json"));

        assertThat(sessions.fetchDashboard(DASHBOARD).totalUsers()).isEqualTo(200);
        assertThat(sleeper.delays).hasSize(1);
    }

    @Test
    void disconnectMidBodyIsRetried() {
        server.enqueue(new MockResponse.Builder().body(Wire.fixture("dashboard.json"))
            .onResponseBody(new SocketEffect.CloseSocket()).build());
        server.enqueue(Wire.ok("dashboard.json"));

        assertThat(sessions.fetchDashboard(DASHBOARD).totalUsers()).isEqualTo(200);
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void noResponseUntilTheTimeoutIsRetriedThenFailsAsATimeout() {
        for (int i = 0; i < 3; i++) {
            server.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.Stall.INSTANCE).build());
        }

        SessionError error = catchThrowableOfType(SessionError.class, () -> sessions.fetchDashboard(DASHBOARD,
            RequestOptions.builder().timeout(Duration.ofMillis(200)).build()));

        assertThat(error.httpStatus()).isEmpty();
        assertThat(error.getMessage()).contains("timed out").contains("after 3 attempts");
        assertThat(error.code()).isEqualTo(SessionErrorCode.FETCH_DASHBOARD_FAILED);
    }

    @Test
    void slowTricklePastTheCallTimeoutFails() {
        for (int i = 0; i < 3; i++) {
            server.enqueue(new MockResponse.Builder().body(Wire.fixture("dashboard.json"))
                .throttleBody(16, 100, java.util.concurrent.TimeUnit.MILLISECONDS).build());
        }

        SessionError error = catchThrowableOfType(SessionError.class, () -> sessions.fetchDashboard(DASHBOARD,
            RequestOptions.builder().timeout(Duration.ofMillis(300)).maxRetries(0).build()));

        assertThat(error.getMessage()).contains("timed out");
    }

    @Test
    void unknownHostIsAConnectionFailure() {
        try (SessionsService nowhere = SessionsService.builder().accessKey(Wire.ACCESS_KEY).workspaceId(Wire.WORKSPACE_ID)
            .baseUrl("https://no-such-host.invalid").sleeper(sleeper).build()) {
            SessionError error = catchThrowableOfType(SessionError.class, () -> nowhere.fetchDashboard(DASHBOARD));

            assertThat(error.getCause()).isInstanceOf(UnknownHostException.class);
            assertThat(error.attempts()).isEqualTo(3);
            assertThat(error.httpStatus()).isEmpty();
        }
    }

    @Test
    void interruptedWhileWaitingFailsAndKeepsTheInterrupt() {
        server.enqueue(status(503));
        Sleeper interrupted = new Sleeper() {
            @Override
            public void sleep(Duration duration) throws InterruptedException {
                throw new InterruptedException();
            }

            @Override
            public java.util.concurrent.CompletableFuture<Void> delay(Duration duration) {
                throw new UnsupportedOperationException();
            }
        };
        try (SessionsService client = Wire.accessKeyClient(server).maxRetries(2).sleeper(interrupted).build()) {
            SessionError error = catchThrowableOfType(SessionError.class, () -> client.fetchDashboard(DASHBOARD));

            assertThat(error.getMessage()).contains("interrupted");
            assertThat(Thread.interrupted()).isTrue();
        }
    }

    @Test
    void retryAfterOnA503IsHonoured() {
        server.enqueue(new MockResponse.Builder().code(503).addHeader("Retry-After", "3").build());
        server.enqueue(Wire.ok("dashboard.json"));

        sessions.fetchDashboard(DASHBOARD);

        assertThat(sleeper.delays).containsExactly(Duration.ofSeconds(3));
    }

    @Test
    void okHttpNeverResendsBehindTheSdksBack() {
        server.enqueue(new MockResponse.Builder().code(503).addHeader("Retry-After", "0").build());
        server.enqueue(Wire.ok("dashboard.json"));

        SessionError error = catchThrowableOfType(SessionError.class, () -> sessions.fetchDashboard(DASHBOARD,
            RequestOptions.builder().maxRetries(0).build()));

        assertThat(error.httpStatus()).hasValue(503);
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void getRequestsCarryNoIdempotencyKeyEvenWhenRetried() throws Exception {
        server.enqueue(status(503));
        server.enqueue(Wire.ok("dashboard.json"));

        sessions.fetchDashboard(DASHBOARD);

        RecordedRequest first = server.takeRequest();
        assertThat(first.getHeaders().get("Idempotency-Key")).isNull();
    }
}
