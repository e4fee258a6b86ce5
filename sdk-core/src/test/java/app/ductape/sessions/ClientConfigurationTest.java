package app.ductape.sessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.ductape.sessions.options.FetchSessionDashboardOptions;
import java.time.Duration;
import java.util.Map;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

/** Building clients: credentials, base URL rules, env variables, timeouts, ownership, toString hygiene. */
class ClientConfigurationTest {
    @StartStop
    final MockWebServer server = new MockWebServer();

    private static final FetchSessionDashboardOptions DASHBOARD =
        FetchSessionDashboardOptions.builder().product("p").session("s").build();

    @Test
    void credentialsAreRequired() {
        assertThatThrownBy(() -> SessionsService.builder().build())
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("credentials are required");
        assertThatThrownBy(() -> Ductape.builder().build()).hasMessageContaining("workspaceId")
            .hasMessageContaining("accessKey");
    }

    @Test
    void missingCredentialsPointToTheEnvironmentVariableAndFromEnv() {
        assertThatThrownBy(() -> Ductape.builder().token(System.getenv("DUCTAPE_NO_SUCH_VARIABLE")).workspaceId("w")
            .publicKey("p").userId("u").envType("prd").build())
            .hasMessageContaining("`token`").hasMessageContaining("DUCTAPE_TOKEN").hasMessageContaining("fromEnv()");
        assertThatThrownBy(() -> Ductape.builder().accessKey("ak_1").build())
            .hasMessageContaining("`workspaceId`").hasMessageContaining("DUCTAPE_WORKSPACE_ID");
        assertThatThrownBy(() -> SessionsService.builder().fromEnv(name -> null).build())
            .hasMessageContaining("DUCTAPE_ACCESS_KEY").hasMessageContaining("DUCTAPE_WORKSPACE_ID");
    }

    @Test
    void ductapeOfAClientSpeaksThroughItAndClosesIt() throws Exception {
        server.enqueue(Wire.ok("dashboard.json"));
        SessionsService sessions = SessionsService.builder().accessKey(Wire.ACCESS_KEY).workspaceId(Wire.WORKSPACE_ID).baseUrl(server.url("/").toString())
            .product("p").build();

        try (Ductape ductape = Ductape.of(sessions)) {
            assertThat(ductape.sessions()).isSameAs(sessions);
            ductape.sessions().fetchDashboard(FetchSessionDashboardOptions.builder().session("s").build());
        }

        assertThat(server.takeRequest().getUrl().encodedPath()).isEqualTo("/log/v1/session/dashboard/ws_123");
        assertThatThrownBy(() -> sessions.fetchDashboard(FetchSessionDashboardOptions.builder().session("s").build()))
            .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> Ductape.of(null)).hasMessageContaining("sessions");
    }

    @Test
    void ductapeFromEnvTakesTheBaseUrlFromTheEnvironment() throws Exception {
        server.enqueue(Wire.ok("dashboard.json"));
        Map<String, String> env = Map.of("DUCTAPE_ACCESS_KEY", Wire.ACCESS_KEY, "DUCTAPE_WORKSPACE_ID", "ws_9",
            "DUCTAPE_BASE_URL", server.url("/prefix/").toString(), "DUCTAPE_PRODUCT", "p", "DUCTAPE_ENV", "production");

        try (Ductape ductape = Ductape.builder().fromEnv(env::get).build()) {
            ductape.sessions().fetchDashboard(FetchSessionDashboardOptions.builder().session("s").build());
        }

        assertThat(server.takeRequest().getUrl().encodedPath()).isEqualTo("/prefix/log/v1/session/dashboard/ws_9");
    }

    @Test
    void incompleteWorkspaceCredentialsNameTheMissingField() {
        assertThatThrownBy(() -> SessionsService.builder().workspaceId("w").publicKey("p").userId("u").envType("prd")
            .build()).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("`token`");
        assertThatThrownBy(() -> SessionsService.builder().workspaceId("w").publicKey("p").userId("u").token("t")
            .build()).hasMessageContaining("`envType`");
    }

    @Test
    void accessKeyAndWorkspaceCredentialsAreExclusive() {
        assertThatThrownBy(() -> SessionsService.builder().accessKey("ak_1234").workspaceId("w").token("t").build())
            .hasMessageContaining("not both");
    }

    @Test
    void blankAccessKeyIsRejected() {
        assertThatThrownBy(() -> SessionsService.builder().accessKey(" ").build()).hasMessageContaining("`accessKey`");
    }

    @Test
    void defaultBaseUrlIsTheProductionApi() {
        try (SessionsService sessions = SessionsService.builder().accessKey(Wire.ACCESS_KEY).workspaceId(Wire.WORKSPACE_ID).build()) {
            assertThat(sessions.toString()).contains("https://api.ductape.app/");
        }
    }

    @Test
    void plainHttpIsRefusedOffLoopback() {
        assertThatThrownBy(() -> SessionsService.builder().accessKey(Wire.ACCESS_KEY).workspaceId(Wire.WORKSPACE_ID).baseUrl("http://api.example.com")
            .build()).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("`baseUrl`")
            .hasMessageContaining("allowInsecureHttp");
        SessionsService.builder().accessKey(Wire.ACCESS_KEY).workspaceId(Wire.WORKSPACE_ID).baseUrl("http://api.example.com").allowInsecureHttp(true)
            .build().close();
        SessionsService.builder().accessKey(Wire.ACCESS_KEY).workspaceId(Wire.WORKSPACE_ID).baseUrl("http://localhost:4311").build().close();
        SessionsService.builder().accessKey(Wire.ACCESS_KEY).workspaceId(Wire.WORKSPACE_ID).baseUrl("http://127.0.0.2:4311").build().close();
        SessionsService.builder().accessKey(Wire.ACCESS_KEY).workspaceId(Wire.WORKSPACE_ID).baseUrl("http://[::1]:4311").build().close();
    }

    @Test
    void malformedBaseUrlIsRejected() {
        assertThatThrownBy(() -> SessionsService.builder().accessKey(Wire.ACCESS_KEY).workspaceId(Wire.WORKSPACE_ID).baseUrl("ftp://x").build())
            .hasMessageContaining("`baseUrl`");
        assertThatThrownBy(() -> SessionsService.builder().accessKey(Wire.ACCESS_KEY).workspaceId(Wire.WORKSPACE_ID)
            .baseUrl("https://api.ductape.app/?a=1").build()).hasMessageContaining("query");
    }

    @Test
    void negativeTimeoutIsRejected() {
        assertThatThrownBy(() -> SessionsService.builder().accessKey(Wire.ACCESS_KEY).workspaceId(Wire.WORKSPACE_ID)
            .readTimeout(Duration.ofSeconds(-1)).build()).hasMessageContaining("`readTimeout`");
    }

    @Test
    void fromEnvReadsAccessKeyBaseUrlAndDefaults() throws Exception {
        server.enqueue(Wire.ok("dashboard.json"));
        Map<String, String> env = Map.of("DUCTAPE_ACCESS_KEY", Wire.ACCESS_KEY, "DUCTAPE_WORKSPACE_ID", "ws_1",
            "DUCTAPE_BASE_URL", server.url("/").toString(), "DUCTAPE_PRODUCT", "env-product");

        try (SessionsService sessions = SessionsService.builder().fromEnv(env::get).build()) {
            sessions.fetchDashboard(FetchSessionDashboardOptions.builder().session("s").build());
        }

        var request = server.takeRequest();
        assertThat(request.getHeaders().get("x-access-key")).isEqualTo(Wire.ACCESS_KEY);
        assertThat(request.getUrl().encodedPath()).isEqualTo("/log/v1/session/dashboard/ws_1");
        assertThat(request.getUrl().queryParameter("product_tag")).isEqualTo("env-product");
    }

    @Test
    void fromEnvReadsWorkspaceCredentials() throws Exception {
        server.enqueue(Wire.ok("dashboard.json"));
        Map<String, String> env = Map.of("DUCTAPE_WORKSPACE_ID", "ws_1", "DUCTAPE_PUBLIC_KEY", Wire.PUBLIC_KEY,
            "DUCTAPE_USER_ID", "u_1", "DUCTAPE_TOKEN", Wire.WORKSPACE_TOKEN, "DUCTAPE_ENV_TYPE", "prd",
            "DUCTAPE_BASE_URL", server.url("/").toString());

        try (SessionsService sessions = SessionsService.builder().fromEnv(env::get).build()) {
            sessions.fetchDashboard(DASHBOARD);
        }

        var request = server.takeRequest();
        assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer " + Wire.WORKSPACE_TOKEN);
        assertThat(request.getUrl().encodedPath()).endsWith("/ws_1");
        assertThat(request.getUrl().queryParameter("user_id")).isEqualTo("u_1");
        assertThat(request.getUrl().queryParameter("public_key")).isEqualTo(Wire.PUBLIC_KEY);
    }

    @Test
    void fromEnvWithNothingSetFailsNamingTheCredentials() {
        assertThatThrownBy(() -> SessionsService.builder().fromEnv(name -> null).build())
            .hasMessageContaining("credentials are required");
    }

    @Test
    void toStringOfClientsBuildersAndCredentialsHoldsNoSecret() {
        SessionsService.Builder workspace = Wire.workspaceClient(server);
        Ductape.Builder ductapeBuilder = Ductape.builder().accessKey(Wire.ACCESS_KEY).workspaceId(Wire.WORKSPACE_ID).baseUrl(server.url("/").toString());
        try (SessionsService sessions = workspace.build(); Ductape ductape = ductapeBuilder.build()) {
            for (Object o : new Object[] {workspace, sessions, ductapeBuilder, ductape, ductape.sessions()}) {
                assertThat(o.toString()).doesNotContain(Wire.WORKSPACE_TOKEN).doesNotContain(Wire.PUBLIC_KEY)
                    .doesNotContain(Wire.ACCESS_KEY).doesNotContain(Wire.USER_ID);
            }
            assertThat(sessions.toString()).contains("ws_123");
        }
    }

    @Test
    void callerOwnedClientIsLeftRunningAfterClose() throws Exception {
        OkHttpClient callerClient = new OkHttpClient();
        server.enqueue(Wire.ok("dashboard.json"));

        try (SessionsService sessions = Wire.accessKeyClient(server).okHttpClient(callerClient).build()) {
            sessions.fetchDashboard(DASHBOARD);
        }

        assertThat(callerClient.dispatcher().executorService().isShutdown()).isFalse();
        server.enqueue(Wire.ok("dashboard.json"));
        try (var response = callerClient.newCall(new okhttp3.Request.Builder().url(server.url("/")).build()).execute()) {
            assertThat(response.code()).isEqualTo(200);
        }
        callerClient.dispatcher().executorService().shutdown();
        callerClient.connectionPool().evictAll();
    }

    @Test
    void callerOwnedClientKeepsItsTimeoutsUnlessOverridden() {
        OkHttpClient callerClient = new OkHttpClient.Builder().readTimeout(Duration.ofSeconds(7)).build();
        try (SessionsService sessions = Wire.accessKeyClient(server).okHttpClient(callerClient).build();
             SessionsService overridden = Wire.accessKeyClient(server).okHttpClient(callerClient)
                 .readTimeout(Duration.ofSeconds(3)).build()) {
            assertThat(transportClient(sessions).readTimeoutMillis()).isEqualTo(7000);
            assertThat(transportClient(overridden).readTimeoutMillis()).isEqualTo(3000);
            assertThat(transportClient(sessions).connectionPool()).isSameAs(callerClient.connectionPool());
        }
    }

    @Test
    void sdkBuiltClientUsesDefaultTimeoutsAndDoesNotFollowRedirects() {
        try (SessionsService sessions = Wire.accessKeyClient(server).build()) {
            OkHttpClient http = transportClient(sessions);
            assertThat(http.connectTimeoutMillis()).isEqualTo(10_000);
            assertThat(http.readTimeoutMillis()).isEqualTo(30_000);
            assertThat(http.callTimeoutMillis()).isEqualTo(60_000);
            assertThat(http.followRedirects()).isFalse();
        }
    }

    @Test
    void closeShutsDownTheSdkBuiltDispatcherAndPool() {
        server.enqueue(Wire.ok("dashboard.json"));
        SessionsService sessions = Wire.accessKeyClient(server).build();
        sessions.fetchDashboard(DASHBOARD);
        OkHttpClient http = transportClient(sessions);

        sessions.close();

        assertThat(http.dispatcher().executorService().isShutdown()).isTrue();
        assertThat(http.connectionPool().connectionCount()).isZero();
    }

    private static OkHttpClient transportClient(SessionsService sessions) {
        return sessions.api().okHttpClient();
    }
}
