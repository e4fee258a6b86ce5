package app.ductape.sessions.spring;

import app.ductape.sessions.middleware.SessionVerifier;
import app.ductape.sessions.middleware.fleet.Fleet;
import app.ductape.sessions.middleware.redis.RedisFleet;
import io.lettuce.core.AbstractRedisClient;
import io.lettuce.core.RedisClient;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.util.ClassUtils;

/**
 * The verifier's fleet on Redis, when {@code ductape.sessions.verifier.fleet.enabled=true} and
 * sdk-middleware-redis (with Lettuce) is on the classpath: on the application's
 * {@code LettuceConnectionFactory} when it has one (Spring Data Redis), else on its own client to the Redis
 * of Boot's {@code spring.data.redis.*} settings. The verifier joins it, and the {@code ductapeFleet} health
 * indicator reports UP, or DEGRADED with the reason.
 */
@AutoConfiguration(before = DuctapeAutoConfiguration.class, afterName = {
    "org.springframework.boot.autoconfigure.data.redis.RedisAutoConfiguration",
    "org.springframework.boot.data.redis.autoconfigure.DataRedisAutoConfiguration"})
@ConditionalOnClass(name = {"app.ductape.sessions.middleware.SessionVerifier",
    "app.ductape.sessions.middleware.redis.RedisFleet", "io.lettuce.core.RedisClient"})
@ConditionalOnProperty(prefix = "ductape.sessions.verifier.fleet", name = "enabled", havingValue = "true")
@EnableConfigurationProperties(DuctapeFleetProperties.class)
@Import({DuctapeFleetAutoConfiguration.Boot4.class, DuctapeFleetAutoConfiguration.Boot3.class})
public class DuctapeFleetAutoConfiguration {
    private static final String LETTUCE_FACTORY =
        "org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory";
    private static final String BOOT4_HEALTH = "org.springframework.boot.health.contributor.HealthIndicator";
    private static final String BOOT3_HEALTH = "org.springframework.boot.actuate.health.HealthIndicator";

    /** Auto-configuration; Spring creates it. */
    public DuctapeFleetAutoConfiguration() {}

    /**
     * The fleet: on the Lettuce client of the application's {@code LettuceConnectionFactory} when it has one
     * (the application owns that client, and its reconnect delay applies), else on its own client (a reconnect
     * delay of at most 1 s) to {@code spring.data.redis.url}, or {@code host}, {@code port}, {@code username},
     * {@code password}, {@code database} and {@code ssl.enabled} (Boot's defaults: localhost:6379, database 0).
     *
     * @param environment the application's settings
     * @param properties  the fleet's settings
     * @param beans       the application's beans, where a connection factory may be
     * @return the fleet
     */
    @Bean
    @ConditionalOnMissingBean(Fleet.class)
    public Fleet ductapeSessionFleet(Environment environment, DuctapeFleetProperties properties,
                                     ListableBeanFactory beans) {
        RedisClient client = ClassUtils.isPresent(LETTUCE_FACTORY, getClass().getClassLoader())
            ? ConnectionFactoryClient.of(beans) : null;
        return properties.fleet(client != null ? RedisFleet.builder(client)
            : RedisFleet.builder(BootRedisSettings.uri(environment)));
    }

    /** The client of the application's {@code LettuceConnectionFactory}; loaded only where Spring Data Redis is. */
    static final class ConnectionFactoryClient {
        private ConnectionFactoryClient() {
        }

        static RedisClient of(ListableBeanFactory beans) {
            LettuceConnectionFactory factory = beans.getBeanProvider(LettuceConnectionFactory.class).getIfUnique();
            if (factory == null) {
                return null;
            }
            if (!factory.isRunning()) {
                factory.start();
            }
            AbstractRedisClient client = factory.getNativeClient();
            if (!(client instanceof RedisClient standalone)) {
                throw new DuctapeConfigurationException("The session verifier's fleet needs a standalone or Sentinel "
                    + "Redis, not a " + client.getClass().getSimpleName() + ".", "Point the fleet at one Redis: "
                    + "define a RedisFleet bean on a RedisClient of your own.", null);
            }
            return standalone;
        }
    }

    /** The {@code ductapeFleet} health indicator, on Boot 4's health contract. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = BOOT4_HEALTH)
    @ConditionalOnProperty(prefix = "management.health.ductape-fleet", name = "enabled", matchIfMissing = true)
    public static class Boot4 {
        /** Auto-configuration; Spring creates it. */
        public Boot4() {}

        /**
         * UP while the verifier hears its fleet, else DEGRADED with the reason and since when.
         *
         * @param verifier the verifier
         * @return the indicator
         */
        @Bean
        @ConditionalOnMissingBean(name = "ductapeFleetHealthIndicator")
        public org.springframework.boot.health.contributor.HealthIndicator ductapeFleetHealthIndicator(
            ObjectProvider<SessionVerifier> verifier) {
            return new DuctapeFleetHealthIndicator(verifier);
        }
    }

    /** The {@code ductapeFleet} health indicator, on Boot 3.5's health contract. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = BOOT3_HEALTH)
    @ConditionalOnMissingClass(BOOT4_HEALTH)
    @ConditionalOnProperty(prefix = "management.health.ductape-fleet", name = "enabled", matchIfMissing = true)
    public static class Boot3 {
        /** Auto-configuration; Spring creates it. */
        public Boot3() {}

        /**
         * UP while the verifier hears its fleet, else DEGRADED with the reason and since when.
         *
         * @param verifier the verifier
         * @return the indicator
         */
        @Bean
        @ConditionalOnMissingBean(name = "ductapeFleetHealthIndicator")
        public org.springframework.boot.actuate.health.HealthIndicator ductapeFleetHealthIndicator(
            ObjectProvider<SessionVerifier> verifier) {
            return new DuctapeFleetBoot3HealthIndicator(verifier);
        }
    }
}
