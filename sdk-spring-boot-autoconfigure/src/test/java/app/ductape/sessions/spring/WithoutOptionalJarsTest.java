package app.ductape.sessions.spring;

import static org.assertj.core.api.Assertions.assertThat;

import app.ductape.sessions.testsupport.ChildProcess;
import java.io.File;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Each optional integration really is optional: the starter's auto-configuration runs in a child JVM whose
 * classpath lacks the integration's jars (not a filtered class loader, which cannot show a class that is
 * loaded anyway), starts, and makes no bean of the missing integration.
 */
class WithoutOptionalJarsTest {

    /** Starts {@link ContextProbe} on this test's classpath without the entries containing any of {@code removed}. */
    private static Map<String, Boolean> beansWithout(String... removed) {
        String classpath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
            .filter(entry -> Arrays.stream(removed).noneMatch(entry.replace('\\', '/')::contains))
            .collect(Collectors.joining(File.pathSeparator));
        String output;
        try (ChildProcess probe = ChildProcess.start("the context probe",
            ChildProcess.java(classpath, List.of(), ContextProbe.class.getName()))) {
            int exit = probe.awaitExit(Duration.ofSeconds(60));
            output = probe.output();
            assertThat(exit).as("the application starts without %s:%n%s", List.of(removed), output).isZero();
        }
        Map<String, Boolean> beans = new LinkedHashMap<>();
        output.lines().filter(line -> line.startsWith("BEAN ")).map(line -> line.split(" "))
            .forEach(parts -> beans.put(parts[1], Boolean.parseBoolean(parts[2])));
        assertThat(beans.keySet()).containsExactlyElementsOf(ContextProbe.BEANS);
        return beans;
    }

    @Test
    void withEveryIntegrationEveryBeanIsMade() {
        assertThat(beansWithout()).doesNotContainValue(false);
    }

    @Test
    void withoutTheMiddlewareTheClientStartsAndNoVerifierIsMade() {
        Map<String, Boolean> beans = beansWithout("ductape-sessions-middleware", "sdk-middleware/target");

        assertThat(beans).containsEntry("ductapeSessionsService", true).containsEntry("ductapeSessionVerifier", false)
            .containsEntry("ductapeOpaqueTokenIntrospector", false).containsEntry("ductapeVerifierMetrics", false)
            .containsEntry("ductapeMetricsCustomizer", true).containsEntry("ductapeHealthIndicator", true)
            .containsEntry("ductapeSessionFleet", false);
    }

    @Test
    void withoutTheRedisModuleThereIsNoFleetAndTheVerifierIsMade() {
        Map<String, Boolean> beans = beansWithout("ductape-sessions-middleware-redis", "sdk-middleware-redis/target",
            "lettuce-core");

        assertThat(beans).containsEntry("ductapeSessionFleet", false).containsEntry("ductapeFleetHealthIndicator", false)
            .containsEntry("ductapeSessionVerifier", true);
    }

    @Test
    void withoutSpringSecurityThereIsNoIntrospector() {
        Map<String, Boolean> beans = beansWithout("spring-security-");

        assertThat(beans).containsEntry("ductapeOpaqueTokenIntrospector", false)
            .containsEntry("ductapeSessionVerifier", true).containsEntry("ductapeSessionsService", true);
    }

    @Test
    void withoutMicrometerThereAreNoMeters() {
        Map<String, Boolean> beans = beansWithout("micrometer-");

        assertThat(beans).containsEntry("ductapeMetricsCustomizer", false).containsEntry("ductapeVerifierMetrics", false)
            .containsEntry("ductapeSessionVerifier", true);
    }

    @Test
    void withoutActuatorThereIsNoHealthIndicator() {
        Map<String, Boolean> beans = beansWithout("spring-boot-health", "spring-boot-actuator");

        assertThat(beans).containsEntry("ductapeHealthIndicator", false).containsEntry("ductapeSessionsService", true)
            .containsEntry("ductapeFleetHealthIndicator", false).containsEntry("ductapeSessionFleet", true);
    }
}
