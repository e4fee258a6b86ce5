package app.ductape.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import app.ductape.sessions.model.GroupBy;
import app.ductape.sessions.model.LogStatus;
import app.ductape.sessions.options.FetchSessionActivityLogsOptions;
import app.ductape.sessions.options.FetchSessionDashboardOptions;
import app.ductape.sessions.options.FetchSessionUserDetailsOptions;
import app.ductape.sessions.options.FetchSessionUsersOptions;
import app.ductape.sessions.internal.SdkVersion;
import java.time.Instant;
import java.time.LocalDate;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What each analytics call puts on the wire: method, path, query, headers, no body. */
class AnalyticsRequestsTest {
    @StartStop
    final MockWebServer server = new MockWebServer();

    private SessionsService sessions;

    @BeforeEach
    void setUp() {
        sessions = Wire.accessKeyClient(server).build();
    }

    @AfterEach
    void tearDown() {
        sessions.close();
    }

    @Test
    void fetchUsersSendsGetWithEnvPageAndLimit() throws Exception {
        server.enqueue(Wire.ok("users-page.json"));

        sessions.fetchUsers(FetchSessionUsersOptions.builder()
            .product("my-product").session("user-session").env("production").page(2).limit(50).build());

        RecordedRequest request = server.takeRequest();
        assertThat(request.getMethod()).isEqualTo("GET");
        assertThat(request.getUrl().encodedPath()).isEqualTo("/v1/products/my-product/sessions/user-session/users");
        assertThat(request.getUrl().encodedQuery()).isEqualTo("env=production&page=2&limit=50");
        assertThat(request.getBodySize()).isZero();
    }

    @Test
    void fetchUsersSendsDefaultPageAndLimitAndOmitsUnsetEnv() throws Exception {
        server.enqueue(Wire.ok("users-page.json"));

        sessions.fetchUsers(FetchSessionUsersOptions.builder().product("my-product").session("user-session").build());

        assertThat(server.takeRequest().getUrl().encodedQuery()).isEqualTo("page=1&limit=20");
    }

    @Test
    void fetchUserDetailsPutsTheIdentifierInThePath() throws Exception {
        server.enqueue(Wire.ok("user-details.json"));

        sessions.fetchUserDetails(FetchSessionUserDetailsOptions.builder()
            .product("my-product").session("user-session").identifier("user@example.com").env("production").build());

        RecordedRequest request = server.takeRequest();
        assertThat(request.getMethod()).isEqualTo("GET");
        assertThat(request.getUrl().encodedPath())
            .isEqualTo("/v1/products/my-product/sessions/user-session/users/user@example.com");
        assertThat(request.getUrl().encodedQuery()).isEqualTo("env=production");
    }

    @Test
    void fetchActivityLogsSendsEveryFilter() throws Exception {
        server.enqueue(Wire.ok("activity-logs-page.json"));

        sessions.fetchActivityLogs(FetchSessionActivityLogsOptions.builder()
            .product("my-product").session("user-session").env("production").status(LogStatus.SUCCESS)
            .start("2024-01-01").end("2024-01-31").page(3).limit(100).build());

        RecordedRequest request = server.takeRequest();
        assertThat(request.getMethod()).isEqualTo("GET");
        assertThat(request.getUrl().encodedPath()).isEqualTo("/v1/products/my-product/sessions/user-session/activity");
        assertThat(request.getUrl().encodedQuery())
            .isEqualTo("env=production&status=success&start=2024-01-01&end=2024-01-31&page=3&limit=100");
    }

    @Test
    void fetchActivityLogsSendsLocalDateAndInstantBoundsInIsoForm() throws Exception {
        server.enqueue(Wire.ok("activity-logs-page.json"));

        sessions.fetchActivityLogs(FetchSessionActivityLogsOptions.builder()
            .product("my-product").session("user-session")
            .start(LocalDate.of(2024, 1, 1)).end(Instant.parse("2024-01-31T12:30:00Z")).build());

        assertThat(server.takeRequest().getUrl().queryParameter("end")).isEqualTo("2024-01-31T12:30:00Z");
    }

    @Test
    void fetchActivityLogsWithoutFiltersSendsOnlyPageAndLimit() throws Exception {
        server.enqueue(Wire.ok("activity-logs-page.json"));

        sessions.fetchActivityLogs(FetchSessionActivityLogsOptions.builder()
            .product("my-product").session("user-session").build());

        assertThat(server.takeRequest().getUrl().encodedQuery()).isEqualTo("page=1&limit=20");
    }

    @Test
    void fetchDashboardSendsGroupByAndRange() throws Exception {
        server.enqueue(Wire.ok("dashboard.json"));

        sessions.fetchDashboard(FetchSessionDashboardOptions.builder()
            .product("my-product").session("user-session").env("production").groupBy(GroupBy.WEEK)
            .start("2024-01-01").end("2024-01-31").build());

        RecordedRequest request = server.takeRequest();
        assertThat(request.getMethod()).isEqualTo("GET");
        assertThat(request.getUrl().encodedPath()).isEqualTo("/v1/products/my-product/sessions/user-session/dashboard");
        assertThat(request.getUrl().encodedQuery())
            .isEqualTo("env=production&groupBy=week&start=2024-01-01&end=2024-01-31");
    }

    @Test
    void fetchDashboardWithoutFiltersSendsNoQuery() throws Exception {
        server.enqueue(Wire.ok("dashboard.json"));

        sessions.fetchDashboard(FetchSessionDashboardOptions.builder()
            .product("my-product").session("user-session").build());

        assertThat(server.takeRequest().getUrl().encodedQuery()).isNull();
    }

    @Test
    void accessKeyClientSendsAcceptUserAgentAndAccessKeyHeadersOnly() throws Exception {
        server.enqueue(Wire.ok("dashboard.json"));

        sessions.fetchDashboard(FetchSessionDashboardOptions.builder().product("p").session("s").build());

        RecordedRequest request = server.takeRequest();
        assertThat(request.getHeaders().get("Accept")).isEqualTo("application/json");
        assertThat(request.getHeaders().get("User-Agent")).isEqualTo("ductape-sessions-java/" + SdkVersion.VERSION);
        assertThat(SdkVersion.VERSION).matches("\\d+\\.\\d+\\.\\d+.*");
        assertThat(request.getHeaders().get("X-Access-Key")).isEqualTo(Wire.ACCESS_KEY);
        assertThat(request.getHeaders().get("Authorization")).isNull();
        assertThat(request.getHeaders().get("X-Workspace-Id")).isNull();
        assertThat(request.getHeaders().get("Idempotency-Key")).isNull();
    }

    @Test
    void workspaceClientSendsBearerTokenAndWorkspaceHeaders() throws Exception {
        server.enqueue(Wire.ok("dashboard.json"));
        try (SessionsService workspace = Wire.workspaceClient(server).build()) {
            workspace.fetchDashboard(FetchSessionDashboardOptions.builder().product("p").session("s").build());
        }

        RecordedRequest request = server.takeRequest();
        assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer " + Wire.WORKSPACE_TOKEN);
        assertThat(request.getHeaders().get("X-Workspace-Id")).isEqualTo("ws_123");
        assertThat(request.getHeaders().get("X-Public-Key")).isEqualTo(Wire.PUBLIC_KEY);
        assertThat(request.getHeaders().get("X-User-Id")).isEqualTo("usr_456");
        assertThat(request.getHeaders().get("X-Env-Type")).isEqualTo("prd");
        assertThat(request.getHeaders().get("X-Access-Key")).isNull();
    }

    @Test
    void baseUrlWithAPathPrefixKeepsThePrefix() throws Exception {
        server.enqueue(Wire.ok("dashboard.json"));
        try (SessionsService prefixed = Wire.accessKeyClient(server).baseUrl(server.url("/api/").toString()).build()) {
            prefixed.fetchDashboard(FetchSessionDashboardOptions.builder().product("p").session("s").build());
        }

        assertThat(server.takeRequest().getUrl().encodedPath()).isEqualTo("/api/v1/products/p/sessions/s/dashboard");
    }

    @Test
    void productSessionsUsersIsFetchUsers() throws Exception {
        server.enqueue(Wire.ok("users-page.json"));
        try (Ductape ductape = Ductape.builder().accessKey(Wire.ACCESS_KEY).baseUrl(server.url("/").toString()).build()) {
            assertThat(ductape.products().sessions().users(FetchSessionUsersOptions.builder()
                .product("my-product").session("user-session").build()).users()).hasSize(2);
        }

        assertThat(server.takeRequest().getUrl().encodedPath()).isEqualTo("/v1/products/my-product/sessions/user-session/users");
    }

    @Test
    void productSessionsUserFetchesOneUserByDuctapeUserId() throws Exception {
        server.enqueue(Wire.ok("user-details.json"));
        try (Ductape ductape = Ductape.builder().accessKey(Wire.ACCESS_KEY).baseUrl(server.url("/").toString()).build()) {
            assertThat(ductape.products().sessions().user("du_8f14e45f").ductapeUserId()).isEqualTo("du_8f14e45f");
        }

        RecordedRequest request = server.takeRequest();
        assertThat(request.getMethod()).isEqualTo("GET");
        assertThat(request.getUrl().encodedPath()).isEqualTo("/v1/session-users/du_8f14e45f");
        assertThat(request.getHeaders().get("X-Access-Key")).isEqualTo(Wire.ACCESS_KEY);
    }
}
