package app.ductape.sessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.ductape.sessions.model.HourCount;
import app.ductape.sessions.model.LogStatus;
import app.ductape.sessions.model.OperationsOverTime;
import app.ductape.sessions.model.SessionActivityLog;
import app.ductape.sessions.model.SessionActivityLogsPage;
import app.ductape.sessions.model.SessionDashboard;
import app.ductape.sessions.model.SessionUser;
import app.ductape.sessions.model.SessionUserDashboard;
import app.ductape.sessions.model.SessionUserDetails;
import app.ductape.sessions.model.SessionUsersDashboard;
import app.ductape.sessions.model.SessionUsersPage;
import app.ductape.sessions.model.SessionsOverTime;
import app.ductape.sessions.model.UserSessionInfo;
import app.ductape.sessions.options.FetchSessionActivityLogsOptions;
import app.ductape.sessions.options.FetchSessionDashboardOptions;
import app.ductape.sessions.options.FetchSessionUserDashboardOptions;
import app.ductape.sessions.options.FetchSessionUserDetailsOptions;
import app.ductape.sessions.options.FetchSessionUserLogsOptions;
import app.ductape.sessions.options.FetchSessionUsersDashboardOptions;
import app.ductape.sessions.options.FetchSessionUsersOptions;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
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
        sessions = Wire.workspaceClient(server).product("my-product").build();
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
                Instant.ofEpochMilli(1706659200000L), OptionalLong.empty(), OptionalLong.empty(), Optional.empty()),
            new SessionUser("65a1f0c2e4b0a1b2c3d4e5f7", "du_c9f0f895", "my-product", "my-product:user-session",
                "second@example.com", "production", null, null, null, null, OptionalLong.empty(), OptionalLong.empty(),
                Optional.empty()));
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
        server.enqueue(Wire.envelope("{\"logs\":{\"metadata\":{\"total\":0},\"data\":null}}"));
        server.enqueue(Wire.envelope("{\"user\":{\"identifier\":\"x\"}}"));

        assertThat(sessions.fetchUsers(FetchSessionUsersOptions.builder().session("s").build()).users()).isEmpty();
        assertThat(sessions.fetchActivityLogs(FetchSessionActivityLogsOptions.builder().session("s").build()).logs())
            .isEmpty();
        assertThat(sessions.fetchUserDetails(FetchSessionUserDetailsOptions.builder().session("s").identifier("x")
            .build()).sessions()).isEmpty();
    }

    @Test
    void userDetailsMapTheUserAndEachSessionWithItsData() {
        server.enqueue(Wire.ok("user-details.json"));

        SessionUserDetails details = sessions.fetchUserDetails(FetchSessionUserDetailsOptions.builder()
            .session("user-session").identifier("user@example.com").build());

        assertThat(details.user()).isEqualTo(new SessionUser("65a1f0c2e4b0a1b2c3d4e5f6", "du_8f14e45f", "my-product",
            "my-product:user-session", "user@example.com", "production", Instant.parse("2024-01-05T13:45:00Z"),
            Instant.parse("2024-01-31T00:00:00Z"), Instant.parse("2024-01-05T13:45:00Z"),
            Instant.parse("2024-01-31T00:00:00Z"), OptionalLong.of(2), OptionalLong.of(1), Optional.of("active")));
        assertTheSeedsNamesRead(details);
        assertThat(details.sessions()).containsExactly(
            new UserSessionInfo("sess_1", Instant.ofEpochMilli(1706659200000L), Instant.parse("2024-02-01T00:00:00Z"),
                true, Map.of("email", "user@example.com", "plan", Map.of("tier", "pro"))),
            new UserSessionInfo("sess_0", Instant.parse("2024-01-05T13:45:00Z"), Instant.ofEpochMilli(1704505500000L),
                false, Map.of("email", "user@example.com")));
        assertThatThrownBy(() -> details.sessions().get(0).data().put("x", 1))
            .isInstanceOf(UnsupportedOperationException.class);
    }

    /** What the seed's "Fetch a specific user's details" prints, from either shape of the fixture's user. */
    private static void assertTheSeedsNamesRead(SessionUserDetails details) {
        assertThat(details.ductapeUserId()).isEqualTo("du_8f14e45f");
        assertThat(details.identifier()).isEqualTo("user@example.com");
        assertThat(details.firstSeen()).isEqualTo("2024-01-05T13:45:00Z");
        assertThat(details.lastSeen()).isEqualTo("2024-01-31T00:00:00Z");
        assertThat(details.totalSessions()).isEqualTo(2);
        assertThat(details.activeSessionsCount()).isEqualTo(1);
    }

    @Test
    void userDetailsInTheSeedsFlatShapeAreReadToo() {
        server.enqueue(Wire.ok("user-details-flat.json"));

        SessionUserDetails details = sessions.fetchUserDetails(FetchSessionUserDetailsOptions.builder()
            .session("user-session").identifier("user@example.com").build());

        assertTheSeedsNamesRead(details);
        assertThat(details.user().env()).isEqualTo("production");
        assertThat(details.sessions()).extracting(UserSessionInfo::active).containsExactly(true, false);
    }

    @Test
    void aUsersDashboardMapsEveryFigure() {
        server.enqueue(Wire.ok("users-dashboard.json"));

        SessionUsersDashboard dashboard = sessions.fetchUsersDashboard(FetchSessionUsersDashboardOptions.builder()
            .session("user-session").build());

        assertThat(dashboard).isEqualTo(new SessionUsersDashboard(10, 4, 6, 5, 1, 3, 25, 4, 2.5));
    }

    @Test
    void aUserDashboardMapsItsTimelinesAndANullLatencyIsEmpty() {
        server.enqueue(Wire.ok("user-dashboard.json"));

        SessionUserDashboard dashboard = sessions.fetchUserDashboard(FetchSessionUserDashboardOptions.builder()
            .session("user-session").identifier("ada@example.com").build());

        assertThat(dashboard.totalLogs()).isEqualTo(12);
        assertThat(dashboard.successRate()).isEqualTo(91.67);
        assertThat(dashboard.activityTimeline()).containsExactly(new SessionUserDashboard.Activity("2024-01-01", 7),
            new SessionUserDashboard.Activity("2024-01-02", 5));
        assertThat(dashboard.latencyTimeline()).containsExactly(
            new SessionUserDashboard.Latency("2024-01-01", OptionalDouble.of(38.5), 7),
            new SessionUserDashboard.Latency("2024-01-02", OptionalDouble.empty(), 0));
        assertThat(dashboard.outcomeTimeline()).containsExactly(new SessionUserDashboard.Outcomes("2024-01-01", 6, 1),
            new SessionUserDashboard.Outcomes("2024-01-02", 5, 0));
        assertThat(dashboard.peakHours()).containsExactly(new HourCount("09", 4));
    }

    @Test
    void userLogsMapOntoAPageOfLogs() {
        server.enqueue(Wire.ok("user-logs.json"));

        SessionActivityLogsPage page = sessions.fetchUserLogs(FetchSessionUserLogsOptions.builder()
            .session("user-session").identifier("user@example.com").build());

        assertThat(page.total()).isEqualTo(2);
        assertThat(page.logs()).hasSize(2);
        assertThat(page.logs().get(0).parentTag()).isEqualTo("verify");
    }

    @Test
    void activityLogMapsEveryField() {
        server.enqueue(Wire.ok("workspace-logs.json"));

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
            Instant.ofEpochMilli(1704462300042L), Instant.parse("2024-01-05T13:45:00.042Z"), "user-session",
            "Verify session", OptionalLong.of(42), "prd", "203.0.113.7"));
        assertThat(log.status()).isEqualTo(LogStatus.SUCCESS);
        assertThat(log.dataAsJson().get("sessionId").asText()).isEqualTo("sess_1");
    }

    @Test
    void unknownStatusMapsToUnknownAndKeepsTheRawText() {
        server.enqueue(Wire.ok("workspace-logs.json"));

        SessionActivityLog log = sessions.fetchActivityLogs(FetchSessionActivityLogsOptions.builder()
            .session("user-session").build()).logs().get(1);

        assertThat(log.status()).isEqualTo(LogStatus.UNKNOWN);
        assertThat(log.statusValue()).isEqualTo("rate_limited");
    }

    @Test
    void dataSentAsAnObjectIsKeptAsJsonText() {
        server.enqueue(Wire.ok("workspace-logs.json"));

        SessionActivityLog log = sessions.fetchActivityLogs(FetchSessionActivityLogsOptions.builder()
            .session("user-session").build()).logs().get(1);

        assertThat(log.data()).isEqualTo("{\"reason\":\"missing userId\"}");
        assertThat(log.dataAsJson().get("reason").asText()).isEqualTo("missing userId");
        assertThat(log.start()).isEqualTo(Instant.parse("2024-01-05T13:44:00Z"));
        assertThat(log.timestamp()).isEqualTo(Instant.ofEpochMilli(1704462240010L));
    }

    @Test
    void dataThatIsNotJsonFailsOnlyWhenParsed() {
        server.enqueue(Wire.envelope("{\"logs\":{\"data\":[{\"_id\":\"l\",\"data\":\"not json {\"}]}}"));

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
        assertThat(dashboard.hourlyActivity()).containsExactly(new HourCount("13", 250), new HourCount("14", 105));
    }

    @Test
    void aDashboardWithoutHourlyActivityHasAnEmptyList() {
        server.enqueue(Wire.envelope("{\"totalUsers\":1,\"hourlyActivity\":null}"));

        assertThat(sessions.fetchDashboard(FetchSessionDashboardOptions.builder().session("s").build())
            .hourlyActivity()).isEmpty();
    }

    @Test
    void anEnvelopeFlaggedSuccessInsteadOfStatusIsRead() {
        server.enqueue(Wire.json(200, "{\"success\":true,\"data\":{\"totalUsers\":3}}"));

        assertThat(sessions.fetchDashboard(FetchSessionDashboardOptions.builder().session("s").build()).totalUsers())
            .isEqualTo(3);
    }
}
