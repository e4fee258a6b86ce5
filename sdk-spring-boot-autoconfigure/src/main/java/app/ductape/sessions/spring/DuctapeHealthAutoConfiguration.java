package app.ductape.sessions.spring;

import app.ductape.sessions.SessionsService;
import java.time.Clock;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The {@code ductape} health indicator ({@code /actuator/health/ductape}), on Spring Boot 4's health
 * contract or Boot 3's, whichever the application has. Turned off by
 * {@code management.health.ductape.enabled=false}; see {@link DuctapeProperties.Health} for how often it
 * asks.
 */
@AutoConfiguration(after = DuctapeAutoConfiguration.class)
@ConditionalOnBean(SessionsService.class)
@ConditionalOnProperty(prefix = "management.health.ductape", name = "enabled", matchIfMissing = true)
public class DuctapeHealthAutoConfiguration {
    private static final String BOOT4_HEALTH = "org.springframework.boot.health.contributor.HealthIndicator";
    private static final String BOOT3_HEALTH = "org.springframework.boot.actuate.health.HealthIndicator";

    /** Auto-configuration; Spring creates it. */
    public DuctapeHealthAutoConfiguration() {}

    static DuctapeHealthProbe probe(SessionsService sessions, DuctapeProperties properties) {
        return new DuctapeHealthProbe(sessions, properties.health().cacheFor(), properties.health().timeout(),
            Clock.systemUTC());
    }

    /** On Spring Boot 4. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = BOOT4_HEALTH)
    public static class Boot4 {

        /** Auto-configuration; Spring creates it. */
        public Boot4() {}

        /**
         * The indicator.
         *
         * @param sessions   the client
         * @param properties the settings
         * @return the {@code ductape} indicator
         */
        @Bean
        @ConditionalOnMissingBean(name = "ductapeHealthIndicator")
        public org.springframework.boot.health.contributor.HealthIndicator ductapeHealthIndicator(
            SessionsService sessions, DuctapeProperties properties) {
            return new DuctapeHealthIndicator(probe(sessions, properties));
        }
    }

    /** On Spring Boot 3. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = BOOT3_HEALTH)
    @ConditionalOnMissingClass(BOOT4_HEALTH)
    public static class Boot3 {

        /** Auto-configuration; Spring creates it. */
        public Boot3() {}

        /**
         * The indicator.
         *
         * @param sessions   the client
         * @param properties the settings
         * @return the {@code ductape} indicator
         */
        @Bean
        @ConditionalOnMissingBean(name = "ductapeHealthIndicator")
        public org.springframework.boot.actuate.health.HealthIndicator ductapeHealthIndicator(
            SessionsService sessions, DuctapeProperties properties) {
            return new DuctapeBoot3HealthIndicator(probe(sessions, properties));
        }
    }
}
