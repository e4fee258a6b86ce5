package app.ductape.sessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import app.ductape.sessions.options.FetchSessionActivityLogsOptions;
import app.ductape.sessions.options.FetchSessionDashboardOptions;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/** Oversized bodies fail unread; redirects are never followed, so credentials never reach another host. */
class LimitsAndRedirectsTest {
    private static final FetchSessionDashboardOptions DASHBOARD =
        FetchSessionDashboardOptions.builder().product("p").session("s").build();

    @StartStop
    final MockWebServer server = new MockWebServer();

    @StartStop
    final MockWebServer otherHost = new MockWebServer();

    private static String bigLogsPage(int logs) {
        StringBuilder body = new StringBuilder("{\"status\":true,\"data\":{\"logs\":{\"data\":[");
        for (int i = 0; i < logs; i++) {
            body.append(i == 0 ? "" : ",").append("{\"_id\":\"log_").append(i).append("\",\"message\":\"")
                .append("x".repeat(100)).append("\"}");
        }
        return body.append("],\"metadata\":{\"total\":").append(logs).append("}}}}").toString();
    }

    @Test
    void bodyDeclaredLargerThanTheLimitFailsWithoutRetry() {
        server.enqueue(Wire.json(200, bigLogsPage(100)));
        try (SessionsService sessions = Wire.accessKeyClient(server).maxRetries(2).maxResponseBytes(4096).build()) {
            SessionError error = catchThrowableOfType(SessionError.class, () -> sessions.fetchActivityLogs(
                FetchSessionActivityLogsOptions.builder().product("p").session("s").build()));

            assertThat(error.code()).isEqualTo(SessionErrorCode.FETCH_ACTIVITY_LOGS_FAILED);
            assertThat(error.getMessage()).contains("maxResponseBytes");
            assertThat(error.attempts()).isEqualTo(1);
        }
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void chunkedBodyLargerThanTheLimitFailsAsItStreams() {
        server.enqueue(new MockResponse.Builder().chunkedBody(bigLogsPage(100), 512).build());
        try (SessionsService sessions = Wire.accessKeyClient(server).maxResponseBytes(4096).build()) {
            SessionError error = catchThrowableOfType(SessionError.class, () -> sessions.fetchActivityLogs(
                FetchSessionActivityLogsOptions.builder().product("p").session("s").build()));

            assertThat(error.getMessage()).contains("maxResponseBytes");
        }
    }

    @Test
    void bodyUnderTheLimitIsRead() {
        server.enqueue(Wire.json(200, bigLogsPage(10)));
        try (SessionsService sessions = Wire.accessKeyClient(server).maxResponseBytes(4096).build()) {
            assertThat(sessions.fetchActivityLogs(FetchSessionActivityLogsOptions.builder().product("p").session("s")
                .build()).logs()).hasSize(10);
        }
    }

    @Test
    void crossHostRedirectNeverReachesTheOtherHost() {
        server.enqueue(new MockResponse.Builder().code(302)
            .addHeader("Location", otherHost.url("/v1/products/p/sessions/s/dashboard")).build());
        try (SessionsService sessions = Wire.workspaceClient(server).maxRetries(2).build()) {
            SessionError error = catchThrowableOfType(SessionError.class, () -> sessions.fetchDashboard(DASHBOARD));

            assertThat(error.httpStatus()).hasValue(302);
            assertThat(error.getMessage()).contains("not followed").contains(otherHost.url("/").host());
        }
        assertThat(otherHost.getRequestCount()).isZero();
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void permanentRedirectIsNotFollowedEither() {
        server.enqueue(new MockResponse.Builder().code(308).addHeader("Location", otherHost.url("/")).build());
        try (SessionsService sessions = Wire.accessKeyClient(server).build()) {
            assertThat(catchThrowableOfType(SessionError.class, () -> sessions.fetchDashboard(DASHBOARD)).httpStatus())
                .hasValue(308);
        }
        assertThat(otherHost.getRequestCount()).isZero();
    }
}
