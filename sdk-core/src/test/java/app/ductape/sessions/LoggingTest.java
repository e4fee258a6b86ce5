package app.ductape.sessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import app.ductape.sessions.options.FetchSessionDashboardOptions;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** DEBUG logging says what happened and never carries a credential, even one the server echoes. */
class LoggingTest {
    @StartStop
    final MockWebServer server = new MockWebServer();

    @RegisterExtension
    final LogCapture logs = new LogCapture();

    private static final FetchSessionDashboardOptions DASHBOARD =
        FetchSessionDashboardOptions.builder().product("my-product").session("user-session").build();

    @Test
    void debugLineNamesMethodPathTemplateStatusAndRequestIdAndNoValueOfThePath() {
        server.enqueue(Wire.ok("dashboard.json"));
        try (SessionsService sessions = Wire.workspaceClient(server).build()) {
            sessions.fetchDashboard(DASHBOARD);
        }

        assertThat(logs.lines()).anySatisfy(line -> assertThat(line).startsWith("DEBUG GET")
            .contains("/log/v1/session/dashboard/{workspace_id}").contains("200").contains("req_123"));
        assertThat(logs.all()).doesNotContain(Wire.WORKSPACE_ID);
    }

    @Test
    void theCredentialsOfAQueryStringNeverLeaveTheSdkEvenWhenTheServerEchoesTheUrl() {
        String echoed = "/log/v1/session/dashboard/ws_123?user_id=" + Wire.USER_ID + "&public_key=" + Wire.PUBLIC_KEY;
        server.enqueue(Wire.json(400, "{\"status\":false,\"message\":\"Cannot GET " + echoed + "\"}"));
        server.enqueue(new mockwebserver3.MockResponse.Builder().code(302).addHeader("Location",
            "https://elsewhere.example" + echoed).build());
        try (SessionsService sessions = Wire.workspaceClient(server).build()) {
            SessionError echo = catchThrowableOfType(SessionError.class, () -> sessions.fetchDashboard(DASHBOARD));
            SessionError redirect = catchThrowableOfType(SessionError.class, () -> sessions.fetchDashboard(DASHBOARD));

            for (SessionError error : java.util.List.of(echo, redirect)) {
                assertThat(error.getMessage()).doesNotContain(Wire.PUBLIC_KEY).doesNotContain(Wire.USER_ID)
                    .contains("public_key=***");
            }
            assertThat(echo.serverMessage().orElseThrow()).doesNotContain(Wire.PUBLIC_KEY).doesNotContain(Wire.USER_ID);
            assertThat(sessions.toString()).doesNotContain(Wire.PUBLIC_KEY).doesNotContain(Wire.USER_ID)
                .doesNotContain(Wire.WORKSPACE_TOKEN);
        }

        assertThat(logs.all()).doesNotContain(Wire.PUBLIC_KEY).doesNotContain(Wire.USER_ID);
    }

    @Test
    void noCredentialAppearsInLogsOrMessagesEvenWhenTheServerEchoesIt() {
        server.enqueue(Wire.json(401, "{\"status\":false,\"message\":\"bad token " + Wire.WORKSPACE_TOKEN
            + " for key " + Wire.PUBLIC_KEY + "\"}"));
        server.enqueue(Wire.ok("dashboard.json"));
        try (SessionsService sessions = Wire.workspaceClient(server).build()) {
            SessionError error = catchThrowableOfType(SessionError.class, () -> sessions.fetchDashboard(DASHBOARD));
            sessions.fetchDashboard(DASHBOARD);

            assertThat(error.getMessage()).contains("bad token ***").doesNotContain(Wire.WORKSPACE_TOKEN)
                .doesNotContain(Wire.PUBLIC_KEY);
            assertThat(error.serverMessage().orElseThrow()).doesNotContain(Wire.WORKSPACE_TOKEN);
            assertThat(error.isAuthenticationError()).isTrue();
        }

        assertThat(logs.lines()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(logs.all()).doesNotContain(Wire.WORKSPACE_TOKEN).doesNotContain(Wire.PUBLIC_KEY)
            .doesNotContain("Bearer");
    }

    @Test
    void accessKeyNeverAppearsInLogs() {
        server.enqueue(Wire.json(403, "{\"status\":false,\"message\":\"key " + Wire.ACCESS_KEY + " revoked\"}"));
        try (SessionsService sessions = Wire.accessKeyClient(server).build()) {
            SessionError error = catchThrowableOfType(SessionError.class, () -> sessions.fetchDashboard(DASHBOARD));
            assertThat(error.getMessage()).doesNotContain(Wire.ACCESS_KEY);
        }

        assertThat(logs.all()).isNotEmpty().doesNotContain(Wire.ACCESS_KEY);
    }
}
