package app.ductape.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import app.ductape.sessions.options.FetchSessionActivityLogsOptions;
import app.ductape.sessions.options.FetchSessionDashboardOptions;
import app.ductape.sessions.options.FetchSessionUserDetailsOptions;
import app.ductape.sessions.options.StartSessionOptions;
import app.ductape.sessions.options.VerifySessionOptions;
import app.ductape.sessions.transport.PathTemplate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

/** What the proxy and the REST reads carry besides their payload: gzip of large bodies, and path templates. */
class ProxyWireTest {
    @StartStop
    final MockWebServer server = new MockWebServer();

    private static final String TOKENS = "{\"token\":\"t:x\",\"refreshToken\":\"r\",\"sessionId\":\"s\"}";

    @Test
    void aProxyBodyOver200KbIsSentGzippedAndReadsTheSame() throws Exception {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("email", "ada@example.com");
        data.put("notes", "n".repeat(250 * 1024));
        server.enqueue(Wire.proxy(TOKENS));
        server.enqueue(Wire.proxy(TOKENS));
        try (SessionsService sessions = Wire.workspaceClient(server).product("p").env("prd").build()) {
            sessions.start(StartSessionOptions.builder().tag("user-session").data(data).build());
            sessions.start(StartSessionOptions.builder().tag("user-session").data(Map.of("email", "a@b.c")).build());
        }

        RecordedRequest large = server.takeRequest();
        assertThat(large.getHeaders().get("Content-Encoding")).isEqualTo("gzip");
        ProxyRequest read = ProxyRequest.of(large, Wire.PUBLIC_KEY);
        // the payload is ciphertext in base64: gzip wins back the base64 overhead, not more
        assertThat(large.getBodySize()).isLessThan(read.body().toString().length() * 4L / 5);
        assertThat(read.param().get("data").get("notes").asText()).hasSize(250 * 1024);
        assertThat(server.takeRequest().getHeaders().get("Content-Encoding")).isNull();
    }

    @Test
    void everyCallCarriesItsPathTemplateAndNoTemplateHoldsAValue() throws Exception {
        List<PathTemplate> templates = new ArrayList<>();
        OkHttpClient recording = new OkHttpClient.Builder().addInterceptor(chain -> {
            templates.add(chain.request().tag(PathTemplate.class));
            return chain.proceed(chain.request());
        }).build();
        server.enqueue(Wire.ok("user-details.json"));
        server.enqueue(Wire.ok("dashboard.json"));
        server.enqueue(Wire.ok("workspace-logs.json"));
        server.enqueue(Wire.proxy("{\"valid\":false}"));
        try (SessionsService sessions = Wire.workspaceClient(server).okHttpClient(recording).product("p").env("prd")
            .build()) {
            sessions.fetchUserDetails(FetchSessionUserDetailsOptions.builder().session("s").identifier("ada@example.com")
                .build());
            sessions.fetchDashboard(FetchSessionDashboardOptions.builder().session("s").build());
            sessions.fetchActivityLogs(FetchSessionActivityLogsOptions.builder().session("s").build());
            sessions.verify(VerifySessionOptions.builder().tag("s").token("s:t").build());
        }
        recording.dispatcher().executorService().shutdown();

        assertThat(templates).extracting(PathTemplate::toString).containsExactly(
            "/integrations/v1/session/users/{workspace_id}/{identifier}", "/log/v1/session/dashboard/{workspace_id}",
            "/log/v1/workspace-logs/{workspace_id}", "/proxy/v1/sdk-proxy/execute");
        assertThat(templates).extracting(PathTemplate::toString)
            .noneMatch(template -> template.contains(Wire.WORKSPACE_ID) || template.contains("ada@"));
    }
}
