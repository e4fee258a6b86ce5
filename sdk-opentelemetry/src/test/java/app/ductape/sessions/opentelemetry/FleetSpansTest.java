package app.ductape.sessions.opentelemetry;

import static org.assertj.core.api.Assertions.assertThat;

import app.ductape.sessions.SessionsService;
import app.ductape.sessions.middleware.SessionVerifier;
import app.ductape.sessions.middleware.redis.RedisFleet;
import app.ductape.sessions.middleware.redis.RedisServer;
import app.ductape.sessions.model.StartSessionResult;
import app.ductape.sessions.options.RevokeAllSessionsOptions;
import app.ductape.sessions.options.RevokeSessionOptions;
import app.ductape.sessions.options.StartSessionOptions;
import app.ductape.sessions.testkit.DuctapeEmulator;
import app.ductape.sessions.testkit.EmulatorSeed;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Two instances of a service on one fleet over a real redis-server, both traced: a revocation on one is a
 * broadcast span there, a child of what revoked, and an apply span on the other, each naming the kind of
 * revocation and the answers it changed, never the session or the user.
 */
class FleetSpansTest {
    private static final AttributeKey<String> REVOCATION = AttributeKey.stringKey("ductape.fleet.revocation");
    private static final AttributeKey<Long> ANSWERS = AttributeKey.longKey("ductape.fleet.answers");
    private static final AttributeKey<String> TAG = AttributeKey.stringKey("ductape.session_tag");

    private final InMemorySpanExporter exporter = InMemorySpanExporter.create();
    private final OpenTelemetrySdk openTelemetry = SuiteSpans.openTelemetry(exporter);
    private final DuctapeTelemetry telemetry = DuctapeTelemetry.create(openTelemetry);
    private final RedisServer redis = RedisServer.start();
    private final DuctapeEmulator emulator = DuctapeEmulator.builder().seed(EmulatorSeed.demo()).start();
    private final List<AutoCloseable> closing = new ArrayList<>();
    private final Instance revoking = instance();
    private final Instance peer = instance();

    private record Instance(SessionsService sessions, SessionVerifier verifier) {}

    {
        SuiteSpans.secretsOf(emulator);
    }

    private Instance instance() {
        SessionsService sessions = telemetry.install(emulator.sessionsServiceBuilder().maxRetries(0)).build();
        SessionVerifier verifier = telemetry.verifier().install(SessionVerifier.builder(sessions).tag("user-session")
            .fleet(RedisFleet.builder(redis.uri()).build())).build();
        closing.add(0, sessions);
        closing.add(0, verifier);
        return new Instance(sessions, verifier);
    }

    @AfterEach
    void close() throws Exception {
        for (AutoCloseable each : closing) {
            each.close();
        }
        emulator.close();
        redis.close();
        openTelemetry.close();
    }

    private StartSessionResult verifiedByBoth(String email) {
        StartSessionResult session = SuiteSpans.secretsOf(revoking.sessions().start(StartSessionOptions.builder()
            .tag("user-session").data(Map.of("email", email)).build()));
        revoking.verifier().verify(session.token());
        peer.verifier().verify(session.token());
        return session;
    }

    private Optional<SpanData> span(String name) {
        return exporter.getFinishedSpanItems().stream().filter(s -> s.getName().equals(name)).findFirst();
    }

    private SpanData awaitSpan(String name) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (span(name).isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        return span(name).orElseThrow(() -> new AssertionError("no span " + name + " in " + exporter.getFinishedSpanItems()));
    }

    @Test
    void aRevokedSessionIsABroadcastUnderWhatRevokedAndAnApplyOnThePeer() throws Exception {
        StartSessionResult session = verifiedByBoth("ada@example.com");
        exporter.reset();

        Span request = openTelemetry.getTracer("test").spanBuilder("POST /logout").startSpan();
        try (Scope ignored = request.makeCurrent()) {
            revoking.sessions().revoke(RevokeSessionOptions.builder().tag("user-session")
                .sessionId(session.sessionId()).build());
        } finally {
            request.end();
        }

        SpanData broadcast = awaitSpan("ductape.sessions fleet broadcast");
        assertThat(broadcast.getKind()).isEqualTo(SpanKind.PRODUCER);
        assertThat(broadcast.getParentSpanId()).isEqualTo(request.getSpanContext().getSpanId());
        assertThat(broadcast.getAttributes().get(REVOCATION)).isEqualTo("session");
        assertThat(broadcast.getAttributes().get(TAG)).isEqualTo("user-session");
        assertThat(broadcast.getAttributes().get(ANSWERS)).isEqualTo(1L);
        SpanData apply = awaitSpan("ductape.sessions fleet apply");
        assertThat(apply.getKind()).isEqualTo(SpanKind.CONSUMER);
        assertThat(apply.getAttributes().get(REVOCATION)).isEqualTo("session");
        assertThat(apply.getAttributes().get(ANSWERS)).isEqualTo(1L);
        assertThat(List.of(broadcast, apply)).allSatisfy(span -> assertThat(span.getAttributes().asMap().values())
            .noneMatch(value -> String.valueOf(value).contains(session.sessionId())
                || String.valueOf(value).contains("ada@example.com")));
    }

    @Test
    void aUsersRevocationIsNamedUserAndSaysNotWhichUser() throws Exception {
        verifiedByBoth("ada@example.com");
        verifiedByBoth("ada@example.com");
        exporter.reset();

        revoking.sessions().revokeAll(RevokeAllSessionsOptions.builder().tag("user-session")
            .identifier("ada@example.com").build());

        SpanData apply = awaitSpan("ductape.sessions fleet apply");
        assertThat(apply.getAttributes().get(REVOCATION)).isEqualTo("user");
        assertThat(apply.getAttributes().get(ANSWERS)).isEqualTo(2L);
        assertThat(apply.getAttributes().asMap().values()).noneMatch(value -> String.valueOf(value).contains("ada"));
        assertThat(span("ductape.sessions fleet broadcast").orElseThrow().getAttributes().get(REVOCATION))
            .isEqualTo("user");
    }

    @Test
    void aVerifierWithoutAFleetMakesNoFleetSpan() {
        SessionVerifier alone = telemetry.verifier().install(SessionVerifier.builder(revoking.sessions())
            .tag("user-session")).build();
        closing.add(0, alone);
        exporter.reset();

        alone.invalidateAll();

        assertThat(exporter.getFinishedSpanItems()).isEmpty();
    }
}
