package app.ductape.sessions.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Each optional integration really is optional: the starter's auto-configuration runs in a child JVM whose
 * classpath lacks the integration's jars (not a filtered class loader, which cannot show a class that is
 * loaded anyway), starts, and makes no bean of the missing integration.
 */
class WithoutOptionalJarsTest {

    /** Starts {@link ContextProbe} on this test's classpath without the entries containing any of {@code removed}. */
    private static Map<String, Boolean> beansWithout(String... removed) throws IOException, InterruptedException {
        String classpath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
            .filter(entry -> Arrays.stream(removed).noneMatch(entry.replace('\\', '/')::contains))
            .collect(Collectors.joining(File.pathSeparator));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process probe = new ProcessBuilder(java, "-cp", classpath, ContextProbe.class.getName())
            .redirectErrorStream(true).start();
        String output = new String(probe.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(probe.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(probe.exitValue()).as("the application starts without %s:%n%s", List.of(removed), output).isZero();
        Map<String, Boolean> beans = new LinkedHashMap<>();
        output.lines().filter(line -> line.startsWith("BEAN ")).map(line -> line.split(" "))
            .forEach(parts -> beans.put(parts[1], Boolean.parseBoolean(parts[2])));
        assertThat(beans.keySet()).containsExactlyElementsOf(ContextProbe.BEANS);
        return beans;
    }

    @Test
    void withEveryIntegrationEveryBeanIsMade() throws Exception {
        assertThat(beansWithout()).doesNotContainValue(false);
    }

    @Test
    void withoutTheMiddlewareTheClientStartsAndNoVerifierIsMade() throws Exception {
        Map<String, Boolean> beans = beansWithout("ductape-sessions-middleware", "sdk-middleware/target");

        assertThat(beans).containsEntry("ductapeSessionsService", true).containsEntry("ductapeSessionVerifier", false)
            .containsEntry("ductapeOpaqueTokenIntrospector", false).containsEntry("ductapeVerifierMetrics", false)
            .containsEntry("ductapeMetricsCustomizer", true).containsEntry("ductapeHealthIndicator", true)
            .containsEntry("ductapeSessionFleet", false);
    }

    @Test
    void withoutTheRedisModuleThereIsNoFleetAndTheVerifierIsMade() throws Exception {
        Map<String, Boolean> beans = beansWithout("ductape-sessions-middleware-redis", "sdk-middleware-redis/target",
            "lettuce-core");

        assertThat(beans).containsEntry("ductapeSessionFleet", false).containsEntry("ductapeFleetHealthIndicator", false)
            .containsEntry("ductapeSessionVerifier", true);
    }

    @Test
    void withoutSpringSecurityThereIsNoIntrospector() throws Exception {
        Map<String, Boolean> beans = beansWithout("spring-security-");

        assertThat(beans).containsEntry("ductapeOpaqueTokenIntrospector", false)
            .containsEntry("ductapeSessionVerifier", true).containsEntry("ductapeSessionsService", true);
    }

    @Test
    void withoutMicrometerThereAreNoMeters() throws Exception {
        Map<String, Boolean> beans = beansWithout("micrometer-");

        assertThat(beans).containsEntry("ductapeMetricsCustomizer", false).containsEntry("ductapeVerifierMetrics", false)
            .containsEntry("ductapeSessionVerifier", true);
    }

    @Test
    void withoutActuatorThereIsNoHealthIndicator() throws Exception {
        Map<String, Boolean> beans = beansWithout("spring-boot-health", "spring-boot-actuator");

        assertThat(beans).containsEntry("ductapeHealthIndicator", false).containsEntry("ductapeSessionsService", true)
            .containsEntry("ductapeFleetHealthIndicator", false).containsEntry("ductapeSessionFleet", true);
    }
}
