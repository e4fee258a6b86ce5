package app.ductape.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import app.ductape.sessions.internal.SdkVersion;
import app.ductape.sessions.model.GroupBy;
import app.ductape.sessions.model.LogStatus;
import app.ductape.sessions.options.FetchSessionActivityLogsOptions;
import app.ductape.sessions.options.FetchSessionDashboardOptions;
import app.ductape.sessions.options.FetchSessionUserDashboardOptions;
import app.ductape.sessions.options.FetchSessionUserDetailsOptions;
import app.ductape.sessions.options.FetchSessionUserLogsOptions;
import app.ductape.sessions.options.FetchSessionUsersDashboardOptions;
import app.ductape.sessions.options.FetchSessionUsersOptions;
import java.time.Instant;
import java.time.LocalDate;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What each analytics read puts on the wire, as Ductape's workbench sends it: a GET of the route with the
 * workspace id last, {@code user_id} and {@code public_key} first in the query, {@code Authorization:
 * Bearer}, no body.
 */
class AnalyticsRequestsTest {
    private static final String CREDENTIALS = "user_id=usr_456&public_key=pk_9e8d7c6b5a4f3e2d";

    @StartStop
    final MockWebServer server = new MockWebServer();

    private SessionsService sessions;

    @BeforeEach
    void setUp() {
        sessions = Wire.workspaceClient(server).build();
    }

    @AfterEach
    void tearDown() {
        sessions.close();
    }

    private RecordedRequest get(String path) throws Exception {
        RecordedRequest request = server.takeRequest();
        assertThat(request.getMethod()).isEqualTo("GET");
        assertThat(request.getUrl().encodedPath()).isEqualTo(path);
        assertThat(request.getBodySize()).isZero();
        assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer " + Wire.WORKSPACE_TOKEN);
        return request;
    }

    @Test
    void fetchUsersGetsTheUsersOfTheWorkspaceWithProductSessionEnvPageAndLimit() throws Exception {
        server.enqueue(Wire.ok("users-page.json"));

        sessions.fetchUsers(FetchSessionUsersOptions.builder()
            .product("my-product").session("user-session").env("production").page(2).limit(50).build());

        assertThat(get("/integrations/v1/session/users/ws_123").getUrl().encodedQuery()).isEqualTo(CREDENTIALS
            + "&product_tag=my-product&session_tag=user-session&env=production&page=2&limit=50");
    }

    @Test
    void fetchUsersOmitsAnUnsetEnvAndSendsTheDefaultPage() throws Exception {
        server.enqueue(Wire.ok("users-page.json"));

        sessions.fetchUsers(FetchSessionUsersOptions.builder().product("my-product").session("user-session").build());

        assertThat(server.takeRequest().getUrl().encodedQuery()).isEqualTo(CREDENTIALS
            + "&product_tag=my-product&session_tag=user-session&page=1&limit=20");
    }

    @Test
    void fetchUserDetailsPutsTheIdentifierAfterTheWorkspaceEncodedAsOneSegment() throws Exception {
        server.enqueue(Wire.ok("user-details.json"));

        sessions.fetchUserDetails(FetchSessionUserDetailsOptions.builder()
            .product("my-product").session("user-session").identifier("user+tag/1@example.com").env("production")
            .build());

        assertThat(get("/integrations/v1/session/users/ws_123/user+tag%2F1@example.com").getUrl().encodedQuery())
            .isEqualTo(CREDENTIALS + "&product_tag=my-product&session_tag=user-session&env=production");
    }

    @Test
    void fetchUsersDashboardGetsTheUsersDashboard() throws Exception {
        server.enqueue(Wire.ok("users-dashboard.json"));

        sessions.fetchUsersDashboard(FetchSessionUsersDashboardOptions.builder().product("my-product")
            .session("user-session").env("production").build());

        assertThat(get("/integrations/v1/session/dashboard/ws_123").getUrl().encodedQuery())
            .isEqualTo(CREDENTIALS + "&product_tag=my-product&session_tag=user-session&env=production");
    }

    @Test
    void fetchDashboardSendsGroupByAndTheRangeAsStartAndEndDates() throws Exception {
        server.enqueue(Wire.ok("dashboard.json"));

        sessions.fetchDashboard(FetchSessionDashboardOptions.builder()
            .product("my-product").session("user-session").env("production").groupBy(GroupBy.WEEK)
            .start("2024-01-01").end("2024-01-31").build());

        assertThat(get("/log/v1/session/dashboard/ws_123").getUrl().encodedQuery()).isEqualTo(CREDENTIALS
            + "&product_tag=my-product&session_tag=user-session&env=production&groupBy=week&start_date=2024-01-01"
            + "&end_date=2024-01-31");
    }

    @Test
    void fetchDashboardWithoutFiltersSendsOnlyTheCredentialsProductAndSession() throws Exception {
        server.enqueue(Wire.ok("dashboard.json"));

        sessions.fetchDashboard(FetchSessionDashboardOptions.builder().product("my-product").session("user-session")
            .build());

        assertThat(server.takeRequest().getUrl().encodedQuery())
            .isEqualTo(CREDENTIALS + "&product_tag=my-product&session_tag=user-session");
    }

    @Test
    void fetchActivityLogsReadsTheWorkspaceLogsOfTypeSessionWithTheCombinedSessionTag() throws Exception {
        server.enqueue(Wire.ok("workspace-logs.json"));

        sessions.fetchActivityLogs(FetchSessionActivityLogsOptions.builder()
            .product("my-product").session("user-session").env("production").status(LogStatus.SUCCESS)
            .start("2024-01-01").end("2024-01-31").page(3).limit(100).build());

        assertThat(get("/log/v1/workspace-logs/ws_123").getUrl().encodedQuery()).isEqualTo(CREDENTIALS
            + "&type=session&session_tag=my-product%3Auser-session&product_tag=my-product&env=production&status=success"
            + "&start_date=2024-01-01&end_date=2024-01-31&page=3&limit=100&include_counts=true");
    }

    @Test
    void fetchActivityLogsSendsLocalDateAndInstantBoundsInIsoForm() throws Exception {
        server.enqueue(Wire.ok("workspace-logs.json"));

        sessions.fetchActivityLogs(FetchSessionActivityLogsOptions.builder()
            .product("my-product").session("user-session")
            .start(LocalDate.of(2024, 1, 1)).end(Instant.parse("2024-01-31T12:30:00Z")).build());

        RecordedRequest request = server.takeRequest();
        assertThat(request.getUrl().queryParameter("start_date")).isEqualTo("2024-01-01");
        assertThat(request.getUrl().queryParameter("end_date")).isEqualTo("2024-01-31T12:30:00Z");
    }

    @Test
    void fetchUserLogsSendsTheIdentifierStatusRangeAndProcessId() throws Exception {
        server.enqueue(Wire.ok("user-logs.json"));

        sessions.fetchUserLogs(FetchSessionUserLogsOptions.builder().product("my-product").session("user-session")
            .identifier("ada@example.com").env("production").status(LogStatus.FAIL).start("2024-01-01")
            .end("2024-01-31").page(2).limit(10).processId("proc_9").build());

        assertThat(get("/log/v1/session/user-logs/ws_123").getUrl().encodedQuery()).isEqualTo(CREDENTIALS
            + "&product_tag=my-product&session_tag=user-session&identifier=ada%40example.com&env=production"
            + "&status=fail&start_date=2024-01-01&end_date=2024-01-31&page=2&limit=10&process_id=proc_9");
    }

    @Test
    void fetchUserDashboardSendsTheIdentifierGroupByAndRange() throws Exception {
        server.enqueue(Wire.ok("user-dashboard.json"));

        sessions.fetchUserDashboard(FetchSessionUserDashboardOptions.builder().product("my-product")
            .session("user-session").identifier("ada@example.com").groupBy(GroupBy.DAY).start("2024-01-01")
            .end("2024-01-02").build());

        assertThat(get("/log/v1/session/user-dashboard/ws_123").getUrl().encodedQuery()).isEqualTo(CREDENTIALS
            + "&product_tag=my-product&session_tag=user-session&identifier=ada%40example.com&groupBy=day"
            + "&start_date=2024-01-01&end_date=2024-01-02");
    }

    @Test
    void everyReadSendsAcceptAndUserAgentAndNoIdempotencyKey() throws Exception {
        server.enqueue(Wire.ok("dashboard.json"));

        sessions.fetchDashboard(FetchSessionDashboardOptions.builder().product("p").session("s").build());

        RecordedRequest request = server.takeRequest();
        assertThat(request.getHeaders().get("Accept")).isEqualTo("application/json");
        assertThat(request.getHeaders().get("User-Agent")).isEqualTo("ductape-sessions-java/" + SdkVersion.VERSION);
        assertThat(SdkVersion.VERSION).matches("\\d+\\.\\d+\\.\\d+.*");
        assertThat(request.getHeaders().get("Idempotency-Key")).isNull();
        assertThat(request.getHeaders().get("x-access-key")).isNull();
    }

    @Test
    void anAccessKeyClientSendsTheKeyAsXAccessKeyOnTheSameRouteWithoutCredentialsInTheQuery() throws Exception {
        server.enqueue(Wire.ok("dashboard.json"));
        try (SessionsService keyed = Wire.accessKeyClient(server).build()) {
            keyed.fetchDashboard(FetchSessionDashboardOptions.builder().product("p").session("s").build());
        }

        RecordedRequest request = server.takeRequest();
        assertThat(request.getUrl().encodedPath()).isEqualTo("/log/v1/session/dashboard/ws_123");
        assertThat(request.getUrl().encodedQuery()).isEqualTo("product_tag=p&session_tag=s");
        assertThat(request.getHeaders().get("x-access-key")).isEqualTo(Wire.ACCESS_KEY);
        assertThat(request.getHeaders().get("Authorization")).isNull();
    }

    @Test
    void aBaseUrlWithAPathPrefixKeepsThePrefix() throws Exception {
        server.enqueue(Wire.ok("dashboard.json"));
        try (SessionsService prefixed = Wire.workspaceClient(server).baseUrl(server.url("/api/").toString()).build()) {
            prefixed.fetchDashboard(FetchSessionDashboardOptions.builder().product("p").session("s").build());
        }

        assertThat(server.takeRequest().getUrl().encodedPath()).isEqualTo("/api/log/v1/session/dashboard/ws_123");
    }
}
