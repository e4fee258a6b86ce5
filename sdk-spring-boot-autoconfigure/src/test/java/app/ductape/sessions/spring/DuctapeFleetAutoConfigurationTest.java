package app.ductape.sessions.spring;

import static org.assertj.core.api.Assertions.assertThat;

import app.ductape.sessions.middleware.SessionVerifier;
import app.ductape.sessions.middleware.fleet.Fleet;
import app.ductape.sessions.middleware.redis.RedisFleet;
import app.ductape.sessions.middleware.redis.RedisServer;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;

/**
 * {@code ductape.sessions.verifier.fleet.*}: the verifier's fleet on a real Redis, from Boot's own
 * {@code spring.data.redis.*} settings or the application's {@code LettuceConnectionFactory}, and the
 * {@code ductapeFleet} health indicator.
 */
class DuctapeFleetAutoConfigurationTest {
    private static final TestEmulator EMULATOR = new TestEmulator();
    private static final String ANSWER_KEY = "a-secret-of-the-fleet-of-32-bytes-or-more";
    private static RedisServer redis;
    private final ApplicationContextRunner runner = new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(DuctapeAutoConfiguration.class, DuctapeFleetAutoConfiguration.class));

    @BeforeAll
    static void startRedis() {
        redis = RedisServer.start();
    }

    @AfterAll
    static void stop() {
        EMULATOR.close();
        if (redis != null) {
            redis.close();
        }
    }

    private String[] properties(String... more) {
        String[] fleet = {"ductape.sessions.verifier.tag=user-session", "ductape.sessions.verifier.fleet.enabled=true",
            "spring.data.redis.host=127.0.0.1", "spring.data.redis.port=" + redis.port()};
        String[] all = new String[fleet.length + more.length];
        System.arraycopy(fleet, 0, all, 0, fleet.length);
        System.arraycopy(more, 0, all, fleet.length, more.length);
        return EMULATOR.properties(all);
    }

    @Test
    void withoutEnabledTheVerifierHasNoFleet() {
        runner.withPropertyValues(EMULATOR.properties("ductape.sessions.verifier.tag=user-session",
            "spring.data.redis.port=" + redis.port())).run(context -> {
                assertThat(context).doesNotHaveBean(Fleet.class).doesNotHaveBean("ductapeFleetHealthIndicator");
                assertThat(context.getBean(SessionVerifier.class).stats().fleet()).isEmpty();
            });
    }

    @Test
    void fromBootsRedisSettingsTheVerifierJoinsItsFleetUp() {
        runner.withPropertyValues(properties()).run(context -> {
            assertThat(context).hasSingleBean(Fleet.class);
            assertThat(context.getBean(Fleet.class)).isInstanceOf(RedisFleet.class);
            assertThat(context.getBean(SessionVerifier.class).stats().fleet().orElseThrow().isUp()).isTrue();

            HealthReading health = HealthReading.of(context.getBean("ductapeFleetHealthIndicator"));
            assertThat(health.status()).isEqualTo("UP");
            assertThat(health.details()).containsEntry("tag", "user-session").containsEntry("peerRevocations", 0L);
        });
    }

    @Test
    void fromBootsRedisUrlTheVerifierJoinsItsFleetUp() {
        runner.withPropertyValues(properties("spring.data.redis.url=redis://127.0.0.1:" + redis.port() + "/0",
            "spring.data.redis.port=9")).run(context ->
            assertThat(context.getBean(SessionVerifier.class).stats().fleet().orElseThrow().isUp()).isTrue());
    }

    @Test
    void onTheApplicationsLettuceConnectionFactoryTheVerifierJoinsItsFleetUp() {
        runner.withPropertyValues(properties("spring.data.redis.port=9"))
            .withBean(LettuceConnectionFactory.class, () -> new LettuceConnectionFactory(
                new RedisStandaloneConfiguration("127.0.0.1", redis.port())))
            .run(context -> {
                assertThat(context.getBean(Fleet.class)).asString().contains("client");
                SessionVerifier verifier = context.getBean(SessionVerifier.class);
                // the link subscribes on Lettuce's threads: up within moments, not necessarily when built
                long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
                while (!verifier.stats().fleet().orElseThrow().isUp() && System.nanoTime() < until) {
                    Thread.sleep(20);
                }
                assertThat(verifier.stats().fleet().orElseThrow().isUp()).isTrue();
            });
    }

    @Test
    void theFleetsSettingsReachTheFleet() {
        runner.withPropertyValues(properties("ductape.sessions.verifier.fleet.shared-cache=true",
            "ductape.sessions.verifier.fleet.answer-key=" + ANSWER_KEY,
            "ductape.sessions.verifier.fleet.channel=orders:user-session")).run(context -> {
                assertThat(context.getBean(Fleet.class)).asString().contains("channel=orders:user-session")
                    .contains("sharedCache=true").doesNotContain(ANSWER_KEY);
                assertThat(context.getBean(DuctapeFleetProperties.class)).asString().doesNotContain(ANSWER_KEY);
            });
    }

    @Test
    void sharedAnswersWithoutAnAnswerKeyFailTheStartupNamingTheSetting() {
        runner.withPropertyValues(properties("ductape.sessions.verifier.fleet.shared-cache=true")).run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).hasStackTraceContaining("needs answerKey")
                .hasStackTraceContaining(DuctapeConfigurationException.class.getName());
        });
    }

    @Test
    void aFallbackNotShorterThanTheStalenessFailsTheStartupNamingTheSettings() {
        runner.withPropertyValues(properties("ductape.sessions.verifier.max-staleness=1s",
            "ductape.sessions.verifier.fleet.fallback-staleness=2s")).run(context -> {
                assertThat(context).hasFailed();
                assertThat(context.getStartupFailure()).hasRootCauseInstanceOf(IllegalArgumentException.class)
                    .rootCause().hasMessage("fallbackStaleness (PT2S) must be shorter than the verifier's maxStaleness "
                        + "(PT1S)");
                assertThat(context.getStartupFailure()).hasStackTraceContaining(DuctapeConfigurationException.class
                    .getName());
            });
    }

    @Test
    void whenRedisIsGoneTheHealthIsDegradedWithTheReason() {
        RedisServer gone = RedisServer.start();
        runner.withPropertyValues(properties("spring.data.redis.port=" + gone.port())).run(context -> {
            SessionVerifier verifier = context.getBean(SessionVerifier.class);
            gone.kill();
            long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
            while (verifier.stats().fleet().orElseThrow().isUp() && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }

            HealthReading health = HealthReading.of(context.getBean("ductapeFleetHealthIndicator"));
            assertThat(health.status()).isEqualTo("DEGRADED");
            assertThat(health.details()).containsKey("since").extractingByKey("reason").asString()
                .contains("connection to Redis was lost");
        });
    }
}
