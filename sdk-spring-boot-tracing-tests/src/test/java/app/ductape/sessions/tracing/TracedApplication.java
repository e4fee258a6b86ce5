package app.ductape.sessions.tracing;

import app.ductape.sessions.model.VerifySessionResult;
import app.ductape.sessions.webflux.DuctapeSessionWebFilter;
import io.opentelemetry.sdk.autoconfigure.spi.AutoConfigurationCustomizerProvider;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingClass;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.server.RequestPredicates;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * A WebFlux application with the Ductape starter's web filter on {@code /api/*}, traced by whichever
 * OpenTelemetry support is on the class path, its spans recorded in memory.
 */
@SpringBootApplication
public class TracedApplication {
    /** The OpenTelemetry Spring Boot starter's auto-configuration: present in its execution only. */
    static final String OPENTELEMETRY_STARTER = "io.opentelemetry.instrumentation.spring.autoconfigure.OpenTelemetryAutoConfiguration";

    /** Where the spans go, whichever support exports them. */
    record RecordedSpans(InMemorySpanExporter exporter) {}

    @Bean
    RecordedSpans recordedSpans() {
        return new RecordedSpans(InMemorySpanExporter.create());
    }

    @Bean
    RouterFunction<ServerResponse> me() {
        return RouterFunctions.route(RequestPredicates.GET("/api/me"), request -> {
            VerifySessionResult session = request.exchange().getAttribute(DuctapeSessionWebFilter.SESSION_ATTRIBUTE);
            return ServerResponse.ok().bodyValue(String.valueOf(session.data().get("email")));
        });
    }

    /** Spring Boot's support exports to every SpanExporter bean. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnMissingClass(OPENTELEMETRY_STARTER)
    static class BootExport {
        @Bean
        SpanExporter recordingExporter(RecordedSpans recordedSpans) {
            return recordedSpans.exporter();
        }
    }

    /** The OpenTelemetry starter configures its SDK through customizer beans. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = OPENTELEMETRY_STARTER)
    static class StarterExport {
        @Bean
        AutoConfigurationCustomizerProvider recordingExporter(RecordedSpans recordedSpans) {
            return customizer -> customizer.addTracerProviderCustomizer((tracerProvider, config) ->
                tracerProvider.addSpanProcessor(SimpleSpanProcessor.create(recordedSpans.exporter())));
        }
    }
}
