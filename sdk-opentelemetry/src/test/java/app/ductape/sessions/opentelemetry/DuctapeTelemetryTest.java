package app.ductape.sessions.opentelemetry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import app.ductape.sessions.SessionError;
import app.ductape.sessions.SessionErrorCode;
import app.ductape.sessions.SessionsService;
import app.ductape.sessions.model.StartSessionResult;
import app.ductape.sessions.options.FetchSessionDashboardOptions;
import app.ductape.sessions.options.FetchSessionUserDetailsOptions;
import app.ductape.sessions.options.RefreshSessionOptions;
import app.ductape.sessions.options.StartSessionOptions;
import app.ductape.sessions.options.VerifySessionOptions;
import app.ductape.sessions.testkit.DuctapeEmulator;
import app.ductape.sessions.testkit.EmulatorCredentials;
import app.ductape.sessions.testkit.EmulatorSeed;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Scope;
import io.opentelemetry.context.propagation.ContextPropagators;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.EventData;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The spans of the SDK's calls against the emulator, read from OpenTelemetry's in-memory exporter: a call
 * and its attempts, the trace context Ductape receives, failures, the async path and the API's no-op (the
 * secrets it handles are scanned for in every span by {@link SecretsInSpansTest}).
 */
class DuctapeTelemetryTest {
    private static final InMemorySpanExporter EXPORTER = InMemorySpanExporter.create();
    private static OpenTelemetrySdk openTelemetry;
    private static DuctapeEmulator emulator;
    private static SessionsService sessions;

    @BeforeAll
    static void start() {
        openTelemetry = SuiteSpans.openTelemetry(EXPORTER);
        emulator = DuctapeEmulator.builder().seed(EmulatorSeed.demo()).start();
        sessions = DuctapeTelemetry.create(openTelemetry).install(emulator.sessionsServiceBuilder()).build();
        SuiteSpans.secretsOf(emulator);
        SuiteSpans.secret("ada@example.com", "user_42");
    }

    @AfterAll
    static void stop() {
        sessions.close();
        emulator.close();
        openTelemetry.close();
    }

    /** The spans {@code action} made, under a root span of its own: children first, the root left out. */
    private static <T> List<SpanData> traced(Supplier<T> action) {
        Span root = openTelemetry.getTracer("test").spanBuilder("test").startSpan();
        try (Scope ignored = root.makeCurrent()) {
            action.get();
        } catch (SessionError expected) {
            // the failure's spans are what the test reads
        } finally {
            root.end();
        }
        String trace = root.getSpanContext().getTraceId();
        return EXPORTER.getFinishedSpanItems().stream().filter(s -> s.getTraceId().equals(trace))
            .filter(s -> !s.getName().equals("test")).sorted(Comparator.comparingLong(SpanData::getStartEpochNanos))
            .toList();
    }

    private static StartSessionResult signIn() {
        StartSessionResult started = sessions.start(StartSessionOptions.builder().tag("user-session")
            .data(Map.of("email", "ada@example.com", "userId", "user_42")).build());
        SuiteSpans.secretsOf(started);
        return started;
    }

    @Test
    void aCallWithTwoRetriesIsOneSpanWithAChildPerAttempt() {
        String token = signIn().token();
        emulator.faults().failNext(2, 503);

        List<SpanData> spans = traced(() -> sessions.verify(VerifySessionOptions.builder().tag("user-session")
            .token(token).build()));

        assertThat(spans).hasSize(4);
        SpanData call = spans.get(0);
        assertThat(call.getName()).isEqualTo("ductape.sessions verify");
        assertThat(call.getKind()).isEqualTo(SpanKind.CLIENT);
        assertThat(call.getAttributes().asMap()).containsEntry(AttributeKey.stringKey("ductape.operation"), "verify")
            .containsEntry(AttributeKey.stringKey("ductape.product"), "my-product")
            .containsEntry(AttributeKey.stringKey("ductape.session_tag"), "user-session")
            .containsEntry(AttributeKey.longKey("ductape.attempts"), 3L);
        assertThat(call.getStatus().getStatusCode()).isEqualTo(StatusCode.UNSET);
        assertThat(call.getEvents()).extracting(EventData::getName).containsExactly("ductape.retry", "ductape.retry");
        assertThat(call.getEvents().get(1).getAttributes().get(AttributeKey.longKey("ductape.retry.attempt")))
            .isEqualTo(2L);
        assertThat(call.getEvents().get(0).getAttributes().get(AttributeKey.longKey("ductape.retry.delay_ms")))
            .isNotNull();
        List<SpanData> attempts = spans.subList(1, 4);
        assertThat(attempts).allSatisfy(attempt -> {
            assertThat(attempt.getParentSpanId()).isEqualTo(call.getSpanId());
            assertThat(attempt.getName()).isEqualTo("POST /proxy/v1/sdk-proxy/execute");
            assertThat(attempt.getAttributes().get(AttributeKey.stringKey("url.template")))
                .isEqualTo("/proxy/v1/sdk-proxy/execute");
            assertThat(attempt.getAttributes().get(AttributeKey.stringKey("server.address"))).isEqualTo("127.0.0.1");
            assertThat(attempt.getAttributes().get(AttributeKey.stringKey("http.request.method"))).isEqualTo("POST");
        });
        assertThat(attempts).extracting(a -> a.getAttributes().get(AttributeKey.longKey("http.response.status_code")))
            .containsExactly(503L, 503L, 200L);
        assertThat(attempts).extracting(a -> a.getAttributes().get(AttributeKey.longKey("http.request.resend_count")))
            .containsExactly(null, 1L, 2L);
        assertThat(attempts.get(0).getAttributes().get(AttributeKey.stringKey("error.type"))).isEqualTo("503");
        assertThat(attempts.get(2).getStatus().getStatusCode()).isEqualTo(StatusCode.UNSET);
    }

    @Test
    void theTraceparentDuctapeReceivesIsTheAttemptsContext() {
        List<SpanData> spans = traced(() -> sessions.fetchDashboard(FetchSessionDashboardOptions.builder()
            .session("user-session").build()));

        SpanData attempt = spans.get(1);
        assertThat(emulator.lastTraceparent()).hasValue("00-" + attempt.getTraceId() + "-" + attempt.getSpanId()
            + "-" + attempt.getSpanContext().getTraceFlags().asHex());
        assertThat(attempt.getAttributes().get(AttributeKey.stringKey("url.template")))
            .isEqualTo("/log/v1/session/dashboard/{workspace_id}");
    }

    @Test
    void aFailureIsAnErrorWithItsCodeAndNotTheServersMessage() {
        List<SpanData> spans = traced(() -> sessions.fetchUserDetails(FetchSessionUserDetailsOptions.builder()
            .session("user-session").identifier("ada@example.com").env("staging").build()));

        SpanData call = spans.get(0);
        assertThat(call.getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
        assertThat(call.getAttributes().get(AttributeKey.stringKey("ductape.error.code"))).isEqualTo("USER_NOT_FOUND");
        assertThat(call.getEvents()).singleElement().satisfies(event -> {
            assertThat(event.getName()).isEqualTo("exception");
            assertThat(event.getAttributes().get(AttributeKey.stringKey("exception.message")))
                .isEqualTo("USER_NOT_FOUND: fetchUserDetails failed with HTTP 404");
        });
        assertThat(spans.get(1).getAttributes().get(AttributeKey.stringKey("error.type"))).isEqualTo("404");
    }

    @Test
    void aRefusedRefreshIsAnErrorOfItsOwnCode() {
        List<SpanData> spans = traced(() -> sessions.refresh(RefreshSessionOptions.builder().tag("user-session")
            .refreshToken("rt_unknown_0123456789").build()));

        assertThat(spans.get(0).getAttributes().get(AttributeKey.stringKey("ductape.error.code")))
            .isEqualTo(SessionErrorCode.REFRESH_FAILED.name());
        SuiteSpans.secret("rt_unknown_0123456789");
    }

    @Test
    void anAsyncCallIsAChildOfTheSpanCurrentWhenItWasMade() {
        Span parent = openTelemetry.getTracer("test").spanBuilder("request").startSpan();
        try (Scope ignored = parent.makeCurrent()) {
            sessions.async().fetchDashboard(FetchSessionDashboardOptions.builder().session("user-session").build())
                .join();
        } finally {
            parent.end();
        }

        List<SpanData> spans = EXPORTER.getFinishedSpanItems().stream()
            .filter(s -> s.getTraceId().equals(parent.getSpanContext().getTraceId())).toList();
        SpanData call = spans.stream().filter(s -> s.getName().equals("ductape.sessions fetchDashboard")).findFirst()
            .orElseThrow();
        assertThat(call.getParentSpanId()).isEqualTo(parent.getSpanContext().getSpanId());
        assertThat(spans).filteredOn(s -> s.getParentSpanId().equals(call.getSpanId())).hasSize(1);
    }

    @Test
    void withTheApisNoOpNothingIsRecordedAndNothingChanges() {
        try (DuctapeEmulator quiet = DuctapeEmulator.builder().seed(EmulatorSeed.demo()).start();
             SessionsService untraced = DuctapeTelemetry.create(OpenTelemetry.noop())
                 .install(quiet.sessionsServiceBuilder()).build()) {
            int before = EXPORTER.getFinishedSpanItems().size();

            assertThat(untraced.fetchDashboard(FetchSessionDashboardOptions.builder().session("user-session").build())
                .totalSessions()).isPositive();
            assertThat(catchThrowableOfType(SessionError.class, () -> untraced.fetchDashboard(
                FetchSessionDashboardOptions.builder().session("no-such-session").build())).code())
                .isEqualTo(SessionErrorCode.SESSION_NOT_FOUND);

            assertThat(quiet.lastTraceparent()).isEmpty();
            assertThat(EXPORTER.getFinishedSpanItems()).hasSize(before);
        }
    }
}
