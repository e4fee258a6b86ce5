package app.ductape.sessions.spring;

import app.ductape.sessions.middleware.SessionVerifier;
import app.ductape.sessions.middleware.VerificationTracer;
import app.ductape.sessions.opentelemetry.DuctapeTelemetry;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.context.propagation.TextMapPropagator;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Traces the client and the verifier when the application has an {@link OpenTelemetry} bean (Spring Boot's
 * OpenTelemetry support makes one, and so does the OpenTelemetry Spring Boot starter) and
 * {@code ductape-sessions-opentelemetry} is on the class path: each call and attempt a span, the trace
 * context on every request to Ductape, and the verifier's misses. {@code ductape.tracing.enabled=false}
 * turns it off; {@code ductape.tracing.verifier-hits=true} traces the verifier's hits too.
 */
@AutoConfiguration(afterName = {
    "org.springframework.boot.opentelemetry.autoconfigure.OpenTelemetrySdkAutoConfiguration",
    "org.springframework.boot.actuate.autoconfigure.opentelemetry.OpenTelemetryAutoConfiguration",
    "io.opentelemetry.instrumentation.spring.autoconfigure.OpenTelemetryAutoConfiguration"})
@ConditionalOnClass({OpenTelemetry.class, DuctapeTelemetry.class})
@ConditionalOnBean(OpenTelemetry.class)
@ConditionalOnProperty(prefix = "ductape.tracing", name = "enabled", havingValue = "true", matchIfMissing = true)
public class DuctapeTracingAutoConfiguration {

    /** Auto-configuration; Spring creates it. */
    public DuctapeTracingAutoConfiguration() {}

    /**
     * The telemetry over the application's OpenTelemetry, propagating the trace context as the application's
     * own HTTP clients do: with its {@link TextMapPropagator} bean where it has one (Spring Boot's tracing
     * makes it, and on Boot 3 gives it to Micrometer alone, not to the {@code OpenTelemetry} bean), else
     * with the OpenTelemetry's propagators.
     *
     * @param openTelemetry the application's
     * @param propagators   the application's propagator, if it has one
     * @param properties    ductape.tracing.*
     * @return the telemetry
     */
    @Bean
    @ConditionalOnMissingBean
    public DuctapeTelemetry ductapeTelemetry(OpenTelemetry openTelemetry, ObjectProvider<TextMapPropagator> propagators,
                                             DuctapeProperties properties) {
        DuctapeTelemetry.Builder telemetry = DuctapeTelemetry.builder(openTelemetry)
            .verifierHits(properties.tracing().verifierHits());
        propagators.ifUnique(telemetry::propagator);
        return telemetry.build();
    }

    /**
     * Installs the tracing on the auto-configured client.
     *
     * @param telemetry the telemetry
     * @return the customizer
     */
    @Bean
    public DuctapeClientCustomizer ductapeTracingCustomizer(DuctapeTelemetry telemetry) {
        return telemetry::install;
    }

    /**
     * The verifier's spans, only where the middleware is on the classpath; a member class is registered on its
     * own conditions, so it repeats the outer class's.
     */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(SessionVerifier.class)
    @ConditionalOnBean(OpenTelemetry.class)
    @ConditionalOnProperty(prefix = "ductape.tracing", name = "enabled", havingValue = "true", matchIfMissing = true)
    public static class VerifierTracingConfiguration {

        /** Auto-configuration; Spring creates it. */
        public VerifierTracingConfiguration() {}

        /**
         * The tracer the auto-configured verifier is built with.
         *
         * @param telemetry the telemetry
         * @return the verifier's tracer
         */
        @Bean
        @ConditionalOnMissingBean
        public VerificationTracer ductapeVerificationTracer(DuctapeTelemetry telemetry) {
            return telemetry.verifier().tracer();
        }
    }
}
