package app.ductape.sessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import app.ductape.sessions.options.FetchSessionDashboardOptions;
import app.ductape.sessions.options.VerifySessionOptions;
import app.ductape.sessions.transport.CallListener;
import app.ductape.sessions.transport.CallTracer;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The transport's tracing hook: a tracer hears each call start on the thread that made it, each attempt
 * (adding headers to that attempt's request only), each retry and the end, with the names a call gives and
 * no secret; a tracer that throws never fails a call.
 */
class CallTracerTest {
    private static final String TOKEN = "user-session:eyJhbGciOiJIUzI1NiJ9.eyJzaWQiOiJzIn0.c2ln";

    @StartStop
    final MockWebServer server = new MockWebServer();

    private final List<String> events = new CopyOnWriteArrayList<>();
    private final RecordingSleeper sleeper = new RecordingSleeper();
    private SessionsService sessions;

    /** Records what it hears, and numbers each attempt in a header. */
    private final CallTracer recording = start -> {
        events.add("start " + start.operation() + " " + start.method() + " " + start.path() + " " + start.host()
            + " " + start.attributes() + " on " + Thread.currentThread().getName());
        return new CallTracer.Trace() {
            @Override
            public CallTracer.AttemptTrace attempt(int number, java.util.function.BiConsumer<String, String> header) {
                header.accept("traceparent", "00-0af7651916cd43dd8448eb211c80319c-00f067aa0ba902b" + number + "-01");
                header.accept("Authorization", "Bearer stolen");
                header.accept("x-access-token", "stolen");
                header.accept("Idempotency-Key", "stolen");
                return attempt -> events.add("attempt " + attempt.number() + " " + attempt.status());
            }

            @Override
            public void retrying(CallListener.Retry retry) {
                events.add("retry after " + retry.attempt() + ": " + retry.reason());
            }

            @Override
            public void ended(CallListener.Completion completion) {
                events.add("end " + completion.attempts() + " " + completion.error().map(e -> e.code().name())
                    .orElse("ok"));
            }
        };
    };

    @BeforeEach
    void setUp() {
        sessions = Wire.workspaceClient(server).product("my-product").env("prd").sleeper(sleeper).maxRetries(2)
            .transport(t -> t.callTracer(recording)).build();
    }

    @AfterEach
    void tearDown() {
        sessions.close();
    }

    @Test
    void aCallWithTwoRetriesIsHeardFromItsStartToItsEndWithEachAttemptsHeader() throws Exception {
        server.enqueue(Wire.json(503, "{}"));
        server.enqueue(Wire.json(503, "{}"));
        server.enqueue(Wire.proxy("{\"valid\":true,\"data\":{},\"sessionId\":\"s\"}"));

        sessions.verify(VerifySessionOptions.builder().tag("user-session").token(TOKEN).build());

        assertThat(events).hasSize(7);
        assertThat(events.get(0)).startsWith("start verify POST /proxy/v1/sdk-proxy/execute ")
            .contains("ductape.product=my-product").contains("ductape.session_tag=user-session")
            .endsWith("on " + Thread.currentThread().getName());
        assertThat(events.subList(1, 7)).containsExactly("attempt 1 OptionalInt[503]", "retry after 1: HTTP 503",
            "attempt 2 OptionalInt[503]", "retry after 2: HTTP 503", "attempt 3 OptionalInt[200]", "end 3 ok");
        for (int attempt = 1; attempt <= 3; attempt++) {
            RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
            assertThat(request.getHeaders().get("traceparent")).endsWith("b" + attempt + "-01");
            assertThat(request.getHeaders().toString()).as("credentials and keys are not a tracer's to set")
                .doesNotContain("stolen");
        }
        assertThat(String.join("\n", events)).doesNotContain(TOKEN).doesNotContain(Wire.PUBLIC_KEY).doesNotContain(Wire.WORKSPACE_TOKEN)
            .doesNotContain(Wire.WORKSPACE_ID);
    }

    @Test
    void anAsyncCallStartsOnTheCallersThreadAndEndsWithItsCode() {
        server.enqueue(Wire.json(400, "{\"status\":false,\"message\":\"nope\"}"));

        catchThrowableOfType(Exception.class, () -> sessions.async().fetchDashboard(FetchSessionDashboardOptions
            .builder().session("user-session").build()).join());

        assertThat(events.get(0)).startsWith("start fetchDashboard GET /log/v1/session/dashboard/{workspace_id} ")
            .endsWith("on " + Thread.currentThread().getName());
        assertThat(events).last().isEqualTo("end 1 FETCH_DASHBOARD_FAILED");
    }

    @Test
    void aTracerThatThrowsNeverFailsTheCall() {
        server.enqueue(Wire.proxy("{\"valid\":true,\"data\":{},\"sessionId\":\"s\"}"));
        CallTracer broken = start -> {
            throw new IllegalStateException("broken tracer");
        };
        try (SessionsService traced = Wire.workspaceClient(server).product("my-product").env("prd")
            .transport(t -> t.callTracer(broken).callTracer(recording)).build()) {
            assertThat(traced.verify(VerifySessionOptions.builder().tag("user-session").token(TOKEN).build()).valid())
                .isTrue();
        }
        assertThat(events).last().isEqualTo("end 1 ok");
    }
}
