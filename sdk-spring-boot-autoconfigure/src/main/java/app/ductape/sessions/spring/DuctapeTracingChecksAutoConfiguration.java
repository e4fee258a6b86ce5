package app.ductape.sessions.spring;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.AnyNestedCondition;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/**
 * {@code ductape.tracing.enabled=true} or {@code ductape.tracing.verifier-hits=true} written down where no span
 * can be made stops the application, naming what is missing: a setting that cannot take effect never does
 * nothing silently. (Without either setting, an application that has no OpenTelemetry simply is not traced.)
 */
@AutoConfiguration(after = DuctapeTracingAutoConfiguration.class)
@Conditional(DuctapeTracingChecksAutoConfiguration.TracingAskedFor.class)
public class DuctapeTracingChecksAutoConfiguration {
    private static final String SETTINGS = "ductape.tracing.enabled=true or ductape.tracing.verifier-hits=true";

    /** Auto-configuration; Spring creates it. */
    public DuctapeTracingChecksAutoConfiguration() {}

    /**
     * Tracing written down in the settings. The member classes repeat it: an application whose component scan
     * reaches this package registers them on their own conditions.
     */
    static final class TracingAskedFor extends AnyNestedCondition {
        TracingAskedFor() {
            super(ConfigurationPhase.PARSE_CONFIGURATION);
        }

        @ConditionalOnProperty(prefix = "ductape.tracing", name = "enabled", havingValue = "true")
        static final class Enabled {}

        @ConditionalOnProperty(prefix = "ductape.tracing", name = "verifier-hits", havingValue = "true")
        static final class VerifierHits {}
    }

    /** Without {@code ductape-sessions-opentelemetry}. */
    @Configuration(proxyBeanMethods = false)
    @Lazy(false)
    @Conditional(TracingAskedFor.class)
    @ConditionalOnMissingClass("app.ductape.sessions.opentelemetry.DuctapeTelemetry")
    public static class WithoutTheModule {

        /** Always fails: nothing can make the spans. */
        public WithoutTheModule() {
            throw new DuctapeConfigurationException(SETTINGS + " is set, but ductape-sessions-opentelemetry is not "
                + "on the classpath: no span would be made.", "Add app.ductape:ductape-sessions-opentelemetry, or "
                + "remove the ductape.tracing.* settings.", null);
        }
    }

    /** With the module, but without an {@code OpenTelemetry} bean, or with tracing turned off. */
    @Configuration(proxyBeanMethods = false)
    @Lazy(false)
    @Conditional(TracingAskedFor.class)
    @ConditionalOnClass(name = "app.ductape.sessions.opentelemetry.DuctapeTelemetry")
    @ConditionalOnMissingBean(type = "app.ductape.sessions.opentelemetry.DuctapeTelemetry")
    public static class WithoutOpenTelemetry {

        /** Always fails: there is nothing to trace with. */
        public WithoutOpenTelemetry() {
            throw new DuctapeConfigurationException(SETTINGS + " is set, but the client is not traced: the "
                + "application has no OpenTelemetry bean, or ductape.tracing.enabled is false.", "Add Spring Boot's "
                + "OpenTelemetry support (spring-boot-starter-opentelemetry) or the OpenTelemetry Spring Boot "
                + "starter, or an OpenTelemetry bean of your own; or remove the ductape.tracing.* settings.", null);
        }
    }
}
