package app.ductape.sessions.spring;

import static org.assertj.core.api.Assertions.assertThat;

import app.ductape.sessions.transport.CallListener;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The {@code ductape} health indicator: what it answers, and that it does not ask Ductape on every probe. */
class DuctapeHealthAutoConfigurationTest {
    private static final TestEmulator EMULATOR = new TestEmulator();
    private final AtomicInteger probes = new AtomicInteger();
    private final ApplicationContextRunner runner = new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(DuctapeAutoConfiguration.class, DuctapeHealthAutoConfiguration.class))
        .withBean(DuctapeClientCustomizer.class, () -> builder -> builder.transport(t -> t.callListener(new CallListener() {
            @Override
            public void onAttempt(Attempt attempt) {
                probes.incrementAndGet();
            }
        })));

    @AfterAll
    static void stopEmulator() {
        EMULATOR.close();
    }

    @Test
    void itIsUpWhenDuctapeAnswers() {
        runner.withPropertyValues(EMULATOR.properties()).run(context -> {
            HealthReading health = HealthReading.of(context.getBean("ductapeHealthIndicator"));

            assertThat(health.status()).isEqualTo("UP");
            assertThat(health.details()).containsEntry("product", "my-product").containsKey("responseTimeMs");
        });
    }

    @Test
    void itAsksAtMostOncePerCachePeriod() {
        runner.withPropertyValues(EMULATOR.properties("ductape.health.cache-for=1h")).run(context -> {
            Object indicator = context.getBean("ductapeHealthIndicator");
            for (int i = 0; i < 20; i++) {
                assertThat(HealthReading.of(indicator).status()).isEqualTo("UP");
            }
            assertThat(probes).hasValue(1);
        });
    }

    @Test
    void itIsDownWithTheFailuresCodeWhenDuctapeFailsAndAsksOnlyOnce() {
        runner.withPropertyValues(EMULATOR.properties("ductape.health.cache-for=0s", "ductape.max-retries=3"))
            .run(context -> {
                EMULATOR.emulator.faults().failNext(1, 503);

                HealthReading health = HealthReading.of(context.getBean("ductapeHealthIndicator"));

                assertThat(health.status()).isEqualTo("DOWN");
                assertThat(health.details()).containsEntry("code", "LIST_CONFIGS_FAILED").containsEntry("httpStatus", 503);
                assertThat(probes).as("a probe is never retried").hasValue(1);
                assertThat(HealthReading.of(context.getBean("ductapeHealthIndicator")).status()).isEqualTo("UP");
            });
    }

    @Test
    void aSlowDuctapeIsDownAfterTheProbesTimeout() {
        runner.withPropertyValues(EMULATOR.properties("ductape.health.timeout=200ms")).run(context -> {
            EMULATOR.emulator.faults().delayNext(1, java.time.Duration.ofSeconds(2));
            long start = System.nanoTime();

            HealthReading health = HealthReading.of(context.getBean("ductapeHealthIndicator"));

            assertThat(health.status()).isEqualTo("DOWN");
            assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(1500);
        });
    }

    @Test
    void withoutAProductItIsUnknownAndAsksNothing() {
        runner.withPropertyValues("ductape.access-key=k", "ductape.workspace-id=w", "ductape.base-url=" + EMULATOR.emulator.baseUrl())
            .run(context -> {
                HealthReading health = HealthReading.of(context.getBean("ductapeHealthIndicator"));

                assertThat(health.status()).isEqualTo("UNKNOWN");
                assertThat(health.details().get("reason").toString()).contains("ductape.product");
                assertThat(probes).hasValue(0);
            });
    }

    @Test
    void itCanBeTurnedOff() {
        runner.withPropertyValues(EMULATOR.properties("management.health.ductape.enabled=false"))
            .run(context -> assertThat(context).doesNotHaveBean("ductapeHealthIndicator"));
    }

    @Test
    void yourIndicatorOfThatNameWins() {
        runner.withPropertyValues(EMULATOR.properties()).withBean("ductapeHealthIndicator", String.class, () -> "mine")
            .run(context -> assertThat(context.getBean("ductapeHealthIndicator")).isEqualTo("mine"));
    }
}
