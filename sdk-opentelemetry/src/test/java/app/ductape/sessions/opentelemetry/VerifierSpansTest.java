package app.ductape.sessions.opentelemetry;

import static org.assertj.core.api.Assertions.assertThat;

import app.ductape.sessions.SessionsService;
import app.ductape.sessions.middleware.SessionVerifier;
import app.ductape.sessions.options.StartSessionOptions;
import app.ductape.sessions.testkit.DuctapeEmulator;
import app.ductape.sessions.testkit.EmulatorSeed;
import app.ductape.sessions.testkit.MutableClock;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Scope;
import io.opentelemetry.context.propagation.ContextPropagators;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A verifier's spans per cache result, with the Ductape call of a miss as a child, blocking and async. */
class VerifierSpansTest {
    private static final AttributeKey<String> RESULT = AttributeKey.stringKey("ductape.cache.result");
    private static final String CACHED = "ductape.sessions verify (cached)";

    private final InMemorySpanExporter exporter = InMemorySpanExporter.create();
    private final MutableClock clock = MutableClock.at(Instant.now());
    private OpenTelemetrySdk openTelemetry;
    private DuctapeEmulator emulator;
    private SessionsService sessions;
    private String token;

    @BeforeEach
    void start() {
        openTelemetry = SuiteSpans.openTelemetry(exporter);
        emulator = DuctapeEmulator.builder().seed(EmulatorSeed.demo()).start();
        SuiteSpans.secretsOf(emulator);
        sessions = DuctapeTelemetry.create(openTelemetry).install(emulator.sessionsServiceBuilder().maxRetries(0))
            .build();
        token = SuiteSpans.secretsOf(sessions.start(StartSessionOptions.builder().tag("user-session")
            .data(Map.of("email", "ada@example.com")).build())).token();
        exporter.reset();
    }

    @AfterEach
    void stop() {
        sessions.close();
        emulator.close();
        openTelemetry.close();
    }

    private SessionVerifier verifier(DuctapeTelemetry telemetry) {
        return telemetry.verifier().install(SessionVerifier.builder(sessions).tag("user-session").clock(clock)
            .maxStaleness(Duration.ofSeconds(30)).serveStaleOnError(Duration.ofMinutes(5))).build();
    }

    private List<SpanData> named(String name) {
        return exporter.getFinishedSpanItems().stream().filter(s -> s.getName().equals(name)).toList();
    }

    private SpanData only(String name) {
        assertThat(named(name)).hasSize(1);
        return named(name).get(0);
    }

    @Test
    void aMissIsASpanWhoseChildIsTheDuctapeCall() {
        try (SessionVerifier verifier = verifier(DuctapeTelemetry.create(openTelemetry))) {
            verifier.verify(token);
        }

        SpanData cached = only(CACHED);
        assertThat(cached.getAttributes().get(RESULT)).isEqualTo("miss");
        assertThat(cached.getAttributes().get(AttributeKey.stringKey("ductape.session_tag"))).isEqualTo("user-session");
        assertThat(only("ductape.sessions verify").getParentSpanId()).isEqualTo(cached.getSpanId());
    }

    @Test
    void hitsMakeNoSpanUnlessAskedFor() {
        try (SessionVerifier quiet = verifier(DuctapeTelemetry.create(openTelemetry))) {
            quiet.verify(token);
            quiet.verify(token);
            quiet.verify(token);
        }
        assertThat(named(CACHED)).hasSize(1);
        exporter.reset();

        try (SessionVerifier debugging = verifier(DuctapeTelemetry.builder(openTelemetry).verifierHits(true).build())) {
            debugging.verify(token);
            debugging.verify(token);
        }
        assertThat(named(CACHED)).extracting(s -> s.getAttributes().get(RESULT)).containsExactly("miss", "hit");
    }

    @Test
    void anAnswerServedStaleIsASpanOfItsOwnResult() {
        try (SessionVerifier verifier = verifier(DuctapeTelemetry.create(openTelemetry))) {
            verifier.verify(token);
            clock.set(clock.instant().plus(Duration.ofMinutes(1)));
            emulator.faults().failNext(1, 503);

            assertThat(verifier.verify(token).valid()).isTrue();
        }

        assertThat(named(CACHED)).extracting(s -> s.getAttributes().get(RESULT)).containsExactly("miss", "stale");
        SpanData failedCall = named("ductape.sessions verify").get(1);
        assertThat(failedCall.getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
        assertThat(named(CACHED).get(1).getStatus().getStatusCode()).as("the verification itself answered")
            .isEqualTo(StatusCode.UNSET);
    }

    @Test
    void aWaitForAnotherCallersRequestIsACoalescedSpan() {
        emulator.faults().delayNext(1, Duration.ofMillis(500));
        try (SessionVerifier verifier = verifier(DuctapeTelemetry.create(openTelemetry))) {
            CompletableFuture<?> first = verifier.verifyAsync(token);
            CompletableFuture<?> second = verifier.verifyAsync(token);
            CompletableFuture.allOf(first, second).join();
        }

        assertThat(named(CACHED)).extracting(s -> s.getAttributes().get(RESULT))
            .containsExactlyInAnyOrder("miss", "coalesced");
        assertThat(named("ductape.sessions verify")).hasSize(1);
    }

    @Test
    void anAsyncMissIsAChildOfTheSpanCurrentWhenItWasAskedAndHoldsItsCall() {
        Span request = openTelemetry.getTracer("test").spanBuilder("GET /api/me").startSpan();
        try (SessionVerifier verifier = verifier(DuctapeTelemetry.create(openTelemetry));
             Scope ignored = request.makeCurrent()) {
            verifier.verifyAsync(token).join();
        } finally {
            request.end();
        }

        SpanData cached = only(CACHED);
        assertThat(cached.getParentSpanId()).isEqualTo(request.getSpanContext().getSpanId());
        assertThat(only("ductape.sessions verify").getParentSpanId()).isEqualTo(cached.getSpanId());
    }
}
