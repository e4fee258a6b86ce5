package app.ductape.sessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.ductape.sessions.model.SessionDashboard;
import app.ductape.sessions.options.FetchSessionDashboardOptions;
import app.ductape.sessions.options.RevokeAllSessionsOptions;
import java.time.Duration;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** withRawResponse() and per-call RequestOptions. */
class RawResponseAndRequestOptionsTest {
    private static final FetchSessionDashboardOptions DASHBOARD =
        FetchSessionDashboardOptions.builder().product("p").session("s").build();

    @StartStop
    final MockWebServer server = new MockWebServer();

    private SessionsService sessions;

    @BeforeEach
    void setUp() {
        sessions = Wire.accessKeyClient(server).maxRetries(1).sleeper(new RecordingSleeper()).build();
    }

    @AfterEach
    void tearDown() {
        sessions.close();
    }

    @Test
    void rawResponseCarriesStatusHeadersRequestIdAndValue() {
        server.enqueue(Wire.json(503, "{}"));
        server.enqueue(new MockResponse.Builder(Wire.ok("dashboard.json")).code(203).addHeader("X-RateLimit-Remaining",
            "41").build());

        RawResponse<SessionDashboard> raw = sessions.withRawResponse().fetchDashboard(DASHBOARD);

        assertThat(raw.statusCode()).isEqualTo(203);
        assertThat(raw.requestId()).hasValue("req_123");
        assertThat(raw.header("x-ratelimit-remaining")).hasValue("41");
        assertThat(raw.header("X-RateLimit-Remaining")).hasValue("41");
        assertThat(raw.value().totalUsers()).isEqualTo(200);
        assertThat(raw.attempts()).isEqualTo(2);
    }

    @Test
    void rawResponseOfACallWithoutResultHasANullValue() {
        server.enqueue(Wire.json(200, "{\"status\":true}"));

        RawResponse<Void> raw = sessions.withRawResponse().delete("p", "t");

        assertThat(raw.statusCode()).isEqualTo(200);
        assertThat(raw.value()).isNull();
    }

    @Test
    void perCallHeadersAndIdempotencyKeyAreSent() throws Exception {
        server.enqueue(Wire.proxy("{\"revoked\":0}"));

        sessions.revokeAll(RevokeAllSessionsOptions.builder().product("p").env("prd").tag("t").identifier("u").build(),
            RequestOptions.builder().idempotencyKey("logout-42").header("X-Trace-Id", "abc").build());

        RecordedRequest request = server.takeRequest();
        assertThat(request.getHeaders().get("Idempotency-Key")).isEqualTo("logout-42");
        assertThat(request.getHeaders().get("X-Trace-Id")).isEqualTo("abc");
        assertThat(request.getHeaders().get("X-Access-Key")).isEqualTo(Wire.ACCESS_KEY);
    }

    @Test
    void reservedHeadersCannotBeSetPerCall() {
        for (String name : new String[] {"Authorization", "x-access-key", "Idempotency-Key", "X-Workspace-Id"}) {
            assertThatThrownBy(() -> RequestOptions.builder().header(name, "x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(name);
        }
    }

    @Test
    void requestOptionsValidateTheirArguments() {
        assertThatThrownBy(() -> RequestOptions.builder().timeout(Duration.ZERO)).hasMessageContaining("`timeout`");
        assertThatThrownBy(() -> RequestOptions.builder().maxRetries(-1)).hasMessageContaining("`maxRetries`");
        assertThatThrownBy(() -> RequestOptions.builder().idempotencyKey(" ")).hasMessageContaining("`idempotencyKey`");
        assertThatThrownBy(() -> sessions.fetchDashboard(DASHBOARD, null)).hasMessageContaining("`requestOptions`");
        assertThat(server.getRequestCount()).isZero();
    }
}
