package app.ductape.sessions.spring;

import static org.assertj.core.api.Assertions.assertThat;

import app.ductape.sessions.SessionsService;
import app.ductape.sessions.middleware.SessionVerifier;
import app.ductape.sessions.middleware.VerificationTracer;
import app.ductape.sessions.opentelemetry.DuctapeTelemetry;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.propagation.ContextPropagators;
import io.opentelemetry.context.propagation.TextMapPropagator;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * With an OpenTelemetry bean, the client's calls and the verifier's misses are spans; ductape.tracing.* turns
 * it off or traces hits; a tracing setting that cannot take effect stops the application.
 */
class DuctapeTracingAutoConfigurationTest {
    private static final TestEmulator EMULATOR = new TestEmulator();
    private final InMemorySpanExporter exporter = InMemorySpanExporter.create();
    private final OpenTelemetry openTelemetry = OpenTelemetrySdk.builder()
        .setTracerProvider(SdkTracerProvider.builder().addSpanProcessor(SimpleSpanProcessor.create(exporter)).build())
        .setPropagators(ContextPropagators.create(W3CTraceContextPropagator.getInstance())).build();
    private final ApplicationContextRunner runner = new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(DuctapeAutoConfiguration.class, DuctapeTracingAutoConfiguration.class,
            DuctapeTracingChecksAutoConfiguration.class))
        .withPropertyValues(EMULATOR.properties("ductape.sessions.verifier.tag=user-session"));

    @AfterAll
    static void stopEmulator() {
        EMULATOR.close();
    }

    private ApplicationContextRunner traced() {
        return runner.withBean(OpenTelemetry.class, () -> openTelemetry);
    }

    private long spans(String name) {
        return exporter.getFinishedSpanItems().stream().filter(s -> s.getName().equals(name)).count();
    }

    @Test
    void withAnOpenTelemetryBeanTheClientsCallsAndTheVerifiersMissesAreSpans() {
        traced().run(context -> {
            SessionsService sessions = context.getBean(SessionsService.class);
            String token = TestEmulator.login(sessions, "ada@example.com").token();
            SessionVerifier verifier = context.getBean(SessionVerifier.class);
            verifier.verify(token);
            verifier.verify(token);

            assertThat(spans("ductape.sessions start")).isEqualTo(1);
            SpanData miss = exporter.getFinishedSpanItems().stream()
                .filter(s -> s.getName().equals("ductape.sessions verify (cached)")).findFirst().orElseThrow();
            assertThat(miss.getAttributes().get(AttributeKey.stringKey("ductape.cache.result"))).isEqualTo("miss");
            assertThat(spans("ductape.sessions verify (cached)")).as("the hit made none").isEqualTo(1);
            assertThat(EMULATOR.emulator.lastTraceparent()).isPresent();
        });
    }

    @Test
    void theApplicationsPropagatorCarriesTheTraceContextWhereItsOpenTelemetryPropagatesNothing() {
        // as Spring Boot 3's tracing has it: the propagators are Micrometer's beans, not the OpenTelemetry's
        OpenTelemetry withoutPropagators = OpenTelemetrySdk.builder().setTracerProvider(SdkTracerProvider.builder()
            .addSpanProcessor(SimpleSpanProcessor.create(exporter)).build()).build();
        runner.withBean(OpenTelemetry.class, () -> withoutPropagators)
            .withBean(TextMapPropagator.class, W3CTraceContextPropagator::getInstance).run(context -> {
                TestEmulator.login(context.getBean(SessionsService.class), "ada@example.com");

                SpanData attempt = exporter.getFinishedSpanItems().stream()
                    .filter(s -> s.getName().startsWith("POST ")).findFirst().orElseThrow();
                assertThat(EMULATOR.emulator.lastTraceparent()).hasValueSatisfying(traceparent ->
                    assertThat(traceparent).contains(attempt.getTraceId() + "-" + attempt.getSpanId()));
            });
    }

    @Test
    void verifierHitsTracesTheHitsToo() {
        traced().withPropertyValues("ductape.tracing.verifier-hits=true").run(context -> {
            String token = TestEmulator.login(context.getBean(SessionsService.class), "ada@example.com").token();
            context.getBean(SessionVerifier.class).verify(token);
            context.getBean(SessionVerifier.class).verify(token);

            assertThat(spans("ductape.sessions verify (cached)")).isEqualTo(2);
        });
    }

    @Test
    void tracingCanBeTurnedOff() {
        traced().withPropertyValues("ductape.tracing.enabled=false").run(context -> {
            TestEmulator.login(context.getBean(SessionsService.class), "ada@example.com");

            assertThat(context).doesNotHaveBean(DuctapeTelemetry.class).doesNotHaveBean(VerificationTracer.class);
            assertThat(exporter.getFinishedSpanItems()).isEmpty();
        });
    }

    @Test
    void withoutOpenTelemetryNothingIsTracedAndNothingBreaks() {
        runner.run(context -> {
            assertThat(context).hasNotFailed().doesNotHaveBean(DuctapeTelemetry.class);
            TestEmulator.login(context.getBean(SessionsService.class), "ada@example.com");
        });
    }

    @Test
    void tracingWrittenDownWithoutOpenTelemetryStopsTheApplication() {
        runner.withPropertyValues("ductape.tracing.verifier-hits=true").run(context -> assertThat(context)
            .hasFailed().getFailure().rootCause().isInstanceOf(DuctapeConfigurationException.class)
            .hasMessageContaining("the application has no OpenTelemetry bean"));
        traced().withPropertyValues("ductape.tracing.enabled=false", "ductape.tracing.verifier-hits=true")
            .run(context -> assertThat(context).hasFailed());
    }

    @Test
    void tracingWrittenDownWithoutTheModuleStopsTheApplication() {
        traced().withClassLoader(new FilteredClassLoader(DuctapeTelemetry.class))
            .withPropertyValues("ductape.tracing.enabled=true").run(context -> assertThat(context).hasFailed()
                .getFailure().rootCause().hasMessageContaining("ductape-sessions-opentelemetry is not on the classpath"));
    }
}
