package app.ductape.sessions.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What each published module ships beside its jar: a sources jar (the generated facades included, so an
 * IDE can open them) and a Javadoc jar that documents the API but not sdk-core's {@code internal}
 * package. The jars exist after {@code package}, so this runs under {@code mvn verify}, as CI does.
 */
class PublishedArtifactsTest {
    private static final String VERSION = System.getProperty("sdk.version", "0.1.0");

    private static Path jar(String module, String artifact, String classifier) {
        return Path.of("..", module, "target", artifact + "-" + VERSION + (classifier.isEmpty() ? "" : "-" + classifier)
            + ".jar");
    }

    private static List<String> entries(Path jar) throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            return zip.stream().map(ZipEntry::getName).toList();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sdk-core:ductape-sessions-core", "sdk-testkit:ductape-sessions-testkit",
        "sdk-connectors:ductape-sessions-connectors", "sdk-middleware:ductape-sessions-middleware",
        "sdk-middleware-redis:ductape-sessions-middleware-redis", "sdk-webflux:ductape-sessions-webflux",
        "sdk-jakarta-rest:ductape-sessions-jakarta-rest",
        "sdk-spring-boot-autoconfigure:ductape-sessions-spring-boot-autoconfigure",
        "sdk-archive:ductape-sessions-archive", "sdk-report:ductape-sessions-report",
        "sdk-opentelemetry:ductape-sessions-opentelemetry", "sdk-spring-boot-test:ductape-sessions-spring-boot-test"})
    void eachPublishedModuleShipsSourcesAndJavadoc(String coordinates) throws IOException {
        String module = coordinates.split(":")[0];
        String artifact = coordinates.split(":")[1];
        assumeTrue(Files.exists(jar(module, artifact, "")), "the jars exist after `package`: run `mvn verify`");

        assertThat(entries(jar(module, artifact, "sources"))).anyMatch(name -> name.endsWith(".java"));
        assertThat(entries(jar(module, artifact, "javadoc"))).anyMatch(name -> name.endsWith("index.html"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"javadoc"})
    void coreJavadocLeavesTheInternalPackageOut(String classifier) throws IOException {
        Path javadoc = jar("sdk-core", "ductape-sessions-core", classifier);
        assumeTrue(Files.exists(javadoc), "the jars exist after `package`: run `mvn verify`");

        List<String> pages = entries(javadoc);
        assertThat(pages).anyMatch(name -> name.endsWith("app/ductape/sessions/SessionsService.html"))
            .anyMatch(name -> name.endsWith("app/ductape/sessions/transport/HttpApiClient.html"))
            .noneMatch(name -> name.contains("app/ductape/sessions/internal/"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"SessionsServiceAsync.java", "RawSessionsService.java"})
    void coreSourcesIncludeTheGeneratedFacades(String file) throws IOException {
        Path sources = jar("sdk-core", "ductape-sessions-core", "sources");
        assumeTrue(Files.exists(sources), "the jars exist after `package`: run `mvn verify`");

        assertThat(entries(sources)).contains("app/ductape/sessions/" + file);
    }
}
