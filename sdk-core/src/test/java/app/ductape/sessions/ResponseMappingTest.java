package app.ductape.sessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.ductape.sessions.model.LogStatus;
import app.ductape.sessions.model.OperationsOverTime;
import app.ductape.sessions.model.SessionActivityLog;
import app.ductape.sessions.model.SessionActivityLogsPage;
import app.ductape.sessions.model.SessionDashboard;
import app.ductape.sessions.model.SessionUser;
import app.ductape.sessions.model.SessionUserDetails;
import app.ductape.sessions.model.SessionUsersPage;
import app.ductape.sessions.model.SessionsOverTime;
import app.ductape.sessions.model.UserSessionInfo;
import app.ductape.sessions.options.FetchSessionActivityLogsOptions;
import app.ductape.sessions.options.FetchSessionDashboardOptions;
import app.ductape.sessions.options.FetchSessionUserDetailsOptions;
import app.ductape.sessions.options.FetchSessionUsersOptions;
import java.time.Instant;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** How each response maps onto the typed models: every field, both timestamp forms, unknown fields. */
class ResponseMappingTest {
    @StartStop
    final MockWebServer server = new MockWebServer();

    private SessionsService sessions;

    @BeforeEach
    void setUp() {
        sessions = Wire.accessKeyClient(server).product("my-product").build();
    }

    @AfterEach
    void tearDown() {
        sessions.close();
    }

    @Test
    void usersPageMapsEveryFieldAndBothTimestampForms() {
        server.enqueue(Wire.ok("users-page.json"));

        SessionUsersPage page = sessions.fetchUsers(FetchSessionUsersOptions.builder().session("user-session").build());

        assertThat(page.total()).isEqualTo(42);
        assertThat(page.page()).isEqualTo(2);
        assertThat(page.limit()).isEqualTo(2);
        assertThat(page.totalPages()).isEqualTo(21);
        assertThat(page.users()).containsExactly(
            new SessionUser("65a1f0c2e4b0a1b2c3d4e5f6", "du_8f14e45f", "my-product", "my-product:user-session",
                "user@example.com", "production", Instant.parse("2024-01-05T13:45:00Z"),
                Instant.ofEpochMilli(1706659200000L), Instant.parse("2024-01-05T13:45:00Z"),
                Instant.ofEpochMilli(1706659200000L)),
            new SessionUser("65a1f0c2e4b0a1b2c3d4e5f7", "du_c9f0f895", "my-product", "my-product:user-session",
                "second@example.com", "production", null, null, null, null));
    }

    @Test
    void usersListIsUnmodifiable() {
        server.enqueue(Wire.ok("users-page.json"));

        SessionUsersPage page = sessions.fetchUsers(FetchSessionUsersOptions.builder().session("user-session").build());

        assertThatThrownBy(() -> page.users().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void missingListsBecomeEmptyNotNull() {
        server.enqueue(Wire.envelope("{\"total\":0,\"page\":1,\"limit\":20,\"totalPages\":0}"));
        server.enqueue(Wire.envelope("{\"logs\":null,\"total\":0}"));
        server.enqueue(Wire.envelope("{\"identifier\":\"x\"}"));

        assertThat(sessions.fetchUsers(FetchSessionUsersOptions.builder().session("s").build()).users()).isEmpty();
        assertThat(sessions.fetchActivityLogs(FetchSessionActivityLogsOptions.builder().session("s").build()).logs())
            .isEmpty();
        assertThat(sessions.fetchUserDetails(FetchSessionUserDetailsOptions.builder().session("s").identifier("x")
            .build()).sessions()).isEmpty();
    }

    @Test
    void userDetailsMapsUserFieldsAndSessionHistory() {
        server.enqueue(Wire.ok("user-details.json"));

        SessionUserDetails details = sessions.fetchUserDetails(FetchSessionUserDetailsOptions.builder()
            .session("user-session").identifier("user@example.com").build());

        assertThat(details.user()).isEqualTo(new SessionUser("65a1f0c2e4b0a1b2c3d4e5f6", "du_8f14e45f", "my-product",
            "my-product:user-session", "user@example.com", "production", Instant.parse("2024-01-05T13:45:00Z"),
            Instant.parse("2024-01-31T00:00:00Z"), Instant.parse("2024-01-05T13:45:00Z"),
            Instant.parse("2024-01-31T00:00:00Z")));
        assertThat(details.totalSessions()).isEqualTo(2);
        assertThat(details.activeSessionsCount()).isEqualTo(1);
        assertThat(details.sessions()).containsExactly(
            new UserSessionInfo("sess_1", Instant.ofEpochMilli(1706659200000L), Instant.parse("2024-02-01T00:00:00Z"),
                true),
            new UserSessionInfo("sess_0", Instant.parse("2024-01-05T13:45:00Z"), Instant.ofEpochMilli(1704505500000L),
                false));
    }

    @Test
    void activityLogMapsEveryField() {
        server.enqueue(Wire.ok("activity-logs-page.json"));

        SessionActivityLogsPage page = sessions.fetchActivityLogs(FetchSessionActivityLogsOptions.builder()
            .session("user-session").build());

        assertThat(page.total()).isEqualTo(2);
        assertThat(page.page()).isEqualTo(1);
        assertThat(page.limit()).isEqualTo(20);
        assertThat(page.totalPages()).isEqualTo(1);
        SessionActivityLog log = page.logs().get(0);
        assertThat(log).isEqualTo(new SessionActivityLog("log_2", "proc_2", "my-product", "my-product:user-session",
            "verify", "production", "session", "Session verified", "success", true, false,
            "{\"sessionId\":\"sess_1\",\"valid\":true}", Instant.ofEpochMilli(1704462300000L),
            Instant.ofEpochMilli(1704462300042L), Instant.parse("2024-01-05T13:45:00.042Z")));
        assertThat(log.status()).isEqualTo(LogStatus.SUCCESS);
        assertThat(log.dataAsJson().get("sessionId").asText()).isEqualTo("sess_1");
    }

    @Test
    void unknownStatusMapsToUnknownAndKeepsTheRawText() {
        server.enqueue(Wire.ok("activity-logs-page.json"));

        SessionActivityLog log = sessions.fetchActivityLogs(FetchSessionActivityLogsOptions.builder()
            .session("user-session").build()).logs().get(1);

        assertThat(log.status()).isEqualTo(LogStatus.UNKNOWN);
        assertThat(log.statusValue()).isEqualTo("rate_limited");
    }

    @Test
    void dataSentAsAnObjectIsKeptAsJsonText() {
        server.enqueue(Wire.ok("activity-logs-page.json"));

        SessionActivityLog log = sessions.fetchActivityLogs(FetchSessionActivityLogsOptions.builder()
            .session("user-session").build()).logs().get(1);

        assertThat(log.data()).isEqualTo("{\"reason\":\"missing userId\"}");
        assertThat(log.dataAsJson().get("reason").asText()).isEqualTo("missing userId");
        assertThat(log.start()).isEqualTo(Instant.parse("2024-01-05T13:44:00Z"));
        assertThat(log.timestamp()).isEqualTo(Instant.ofEpochMilli(1704462240010L));
    }

    @Test
    void dataThatIsNotJsonFailsOnlyWhenParsed() {
        server.enqueue(Wire.envelope("{\"logs\":[{\"_id\":\"l\",\"data\":\"not json {\"}]}"));

        SessionActivityLog log = sessions.fetchActivityLogs(FetchSessionActivityLogsOptions.builder()
            .session("user-session").build()).logs().get(0);

        assertThat(log.data()).isEqualTo("not json {");
        assertThatThrownBy(log::dataAsJson).isInstanceOf(IllegalStateException.class).hasMessageContaining("l");
    }

    @Test
    void dashboardMapsMetricsAndTimeSeries() {
        server.enqueue(Wire.ok("dashboard.json"));

        SessionDashboard dashboard = sessions.fetchDashboard(FetchSessionDashboardOptions.builder()
            .session("user-session").build());

        assertThat(dashboard.totalUsers()).isEqualTo(200);
        assertThat(dashboard.activeUsers()).isEqualTo(37);
        assertThat(dashboard.totalSessions()).isEqualTo(1450);
        assertThat(dashboard.activeSessions()).isEqualTo(120);
        assertThat(dashboard.expiredSessions()).isEqualTo(1330);
        assertThat(dashboard.successRate()).isEqualTo(97.25);
        assertThat(dashboard.errorRate()).isEqualTo(2.75);
        assertThat(dashboard.averageSessionDuration()).isEqualTo(41.5);
        assertThat(dashboard.sessionsOverTime()).containsExactly(
            new SessionsOverTime("2024-01-01", 40, 38), new SessionsOverTime("2024-01-02", 0, 0));
        assertThat(dashboard.operationsOverTime()).containsExactly(
            new OperationsOverTime("2024-01-01", 40, 300, 12, 3), new OperationsOverTime("2024-01-02", 0, 0, 0, 0));
        assertThat(dashboard.inactiveUsers()).isEmpty();
        assertThat(dashboard.expiredUsers()).isEmpty();
        assertThat(dashboard.newUsersToday()).isEmpty();
        assertThat(dashboard.newUsersThisWeek()).isEmpty();
        assertThat(dashboard.averageSessionsPerUser()).isEmpty();
    }

    @Test
    void dashboardFromNewerServersFillsTheOptionalMetrics() {
        server.enqueue(Wire.ok("dashboard-newer.json"));

        SessionDashboard dashboard = sessions.fetchDashboard(FetchSessionDashboardOptions.builder()
            .session("user-session").build());

        assertThat(dashboard.inactiveUsers()).hasValue(6);
        assertThat(dashboard.expiredUsers()).hasValue(5);
        assertThat(dashboard.newUsersToday()).hasValue(1);
        assertThat(dashboard.newUsersThisWeek()).hasValue(3);
        assertThat(dashboard.averageSessionsPerUser()).hasValue(2.5);
        assertThat(dashboard.sessionsOverTime()).isEmpty();
        assertThat(dashboard.operationsOverTime()).isEmpty();
    }

    @Test
    void explicitNullOptionalMetricIsEmpty() {
        server.enqueue(Wire.envelope("{\"totalUsers\":1,\"inactiveUsers\":null}"));

        assertThat(sessions.fetchDashboard(FetchSessionDashboardOptions.builder().session("s").build()).inactiveUsers())
            .isEmpty();
    }
}
