package app.ductape.sessions.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.ductape.sessions.SessionsService;
import app.ductape.sessions.middleware.SessionVerifier;
import app.ductape.sessions.options.FetchSessionUserDetailsOptions;
import app.ductape.sessions.options.VerifySessionOptions;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The Micrometer meters of the client's calls, its HTTP exchanges and the verifier. */
class DuctapeMetricsAutoConfigurationTest {
    private static final TestEmulator EMULATOR = new TestEmulator();
    private final ApplicationContextRunner runner = new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(DuctapeAutoConfiguration.class, DuctapeMetricsAutoConfiguration.class))
        .withBean(SimpleMeterRegistry.class)
        .withPropertyValues(EMULATOR.properties("ductape.sessions.filter.tag=user-session"));

    @AfterAll
    static void stopEmulator() {
        EMULATOR.close();
    }

    @Test
    void eachCallIsTimedByOperationOutcomeAndCode() {
        runner.run(context -> {
            SessionsService sessions = context.getBean(SessionsService.class);
            String token = TestEmulator.login(sessions, "ada@example.com").token();
            sessions.verify(VerifySessionOptions.builder().tag("user-session").token(token).build());
            assertThatThrownBy(() -> sessions.fetchUserDetails(FetchSessionUserDetailsOptions.builder()
                .session("user-session").identifier("nobody@example.com").build()));

            MeterRegistry registry = context.getBean(MeterRegistry.class);
            assertThat(registry.get("ductape.sessions.calls").tags("operation", "verify", "outcome", "success",
                "code", "none").timer().count()).isEqualTo(1);
            assertThat(registry.get("ductape.sessions.calls").tags("operation", "fetchUserDetails", "outcome",
                "failure", "code", "USER_NOT_FOUND").timer().count()).isEqualTo(1);
        });
    }

    @Test
    void eachRetryIsCountedByOperation() {
        runner.withPropertyValues("ductape.max-retries=1").run(context -> {
            EMULATOR.emulator.faults().failNext(1, 503);
            context.getBean(SessionsService.class).list("my-product");

            assertThat(context.getBean(MeterRegistry.class).get("ductape.sessions.retries").tag("operation", "list")
                .counter().count()).isEqualTo(1);
        });
    }

    @Test
    void httpExchangesAreTaggedWithPathTemplatesNeverWithCallersValuesOrTheWorkspace() {
        runner.run(context -> {
            SessionsService sessions = context.getBean(SessionsService.class);
            TestEmulator.login(sessions, "ada@example.com");
            sessions.fetchUserDetails(FetchSessionUserDetailsOptions.builder().session("user-session")
                .identifier("ada@example.com").build());

            MeterRegistry registry = context.getBean(MeterRegistry.class);
            assertThat(registry.find("ductape.sessions.http").meters().stream()
                .flatMap(meter -> meter.getId().getTags().stream()).filter(tag -> tag.getKey().equals("uri"))
                .map(Tag::getValue))
                .contains("/proxy/v1/sdk-proxy/execute", "/integrations/v1/session/users/{workspace_id}/{identifier}");
            assertThat(registry.find("ductape.sessions.http").meters().stream()
                .flatMap(meter -> meter.getId().getTags().stream()).map(Tag::getValue))
                .noneMatch(value -> value.contains("ada@example.com") || value.contains("user-session")
                    || value.contains("my-product") || value.contains(EMULATOR.emulator.credentials().workspaceId())
                    || value.contains(EMULATOR.emulator.credentials().userId())
                    || value.contains(EMULATOR.emulator.credentials().publicKey()));
        });
    }

    @Test
    void theVerifiersStatisticsAreReadWhenScraped() {
        runner.run(context -> {
            SessionVerifier verifier = context.getBean(SessionVerifier.class);
            MeterRegistry registry = context.getBean(MeterRegistry.class);
            context.getBeansOfType(MeterBinder.class).values().forEach(binder -> binder.bindTo(registry));
            String token = TestEmulator.login(context.getBean(SessionsService.class), "ada@example.com").token();
            verifier.verify(token);
            verifier.verify(token);

            assertThat(registry.get("ductape.sessions.verifier.requests").tags("tag", "user-session", "result", "hit")
                .functionCounter().count()).isEqualTo(1);
            assertThat(registry.get("ductape.sessions.verifier.requests").tags("result", "miss").functionCounter()
                .count()).isEqualTo(1);
            assertThat(registry.get("ductape.sessions.verifier.size").gauge().value()).isEqualTo(1);
            assertThat(registry.get("ductape.sessions.verifier.evictions").functionCounter().count()).isZero();
        });
    }

    @Test
    void withoutARegistryTheClientIsLeftAlone() {
        new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(DuctapeAutoConfiguration.class, DuctapeMetricsAutoConfiguration.class))
            .withPropertyValues(EMULATOR.properties())
            .run(context -> assertThat(context.getBean(SessionsService.class).list("my-product")).isNotEmpty());
    }

    @Test
    void withoutMicrometerThereIsNothingToDo() {
        runner.withClassLoader(new FilteredClassLoader(MeterRegistry.class))
            .run(context -> assertThat(context).doesNotHaveBean("ductapeMetricsCustomizer"));
    }
}
