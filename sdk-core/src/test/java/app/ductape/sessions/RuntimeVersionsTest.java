package app.ductape.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The Jackson and Kotlin stdlib jars the tests run on are the ones the build meant: the pinned ones, or
 * under {@code -Pcompat} the older ones a framework's dependency management gives (see the README's
 * "Under Spring Boot"). Without this check a profile that swapped nothing would pass.
 */
class RuntimeVersionsTest {

    @Test
    void jacksonOnTheClasspathIsTheExpectedVersion() {
        String expected = System.getProperty("expected.jackson.version");

        assertThat(expected).as("set by the build's surefire configuration").isNotBlank();
        assertThat(com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION.toString()).isEqualTo(expected);
        assertThat(com.fasterxml.jackson.core.json.PackageVersion.VERSION.toString()).isEqualTo(expected);
        assertThat(com.fasterxml.jackson.datatype.jsr310.PackageVersion.VERSION.toString()).isEqualTo(expected);
    }

    @Test
    void kotlinStdlibOnTheClasspathIsTheExpectedVersion() {
        String expected = System.getProperty("expected.kotlin.version", "2.1.21");

        assertThat(kotlin.KotlinVersion.CURRENT.toString()).isEqualTo(expected);
    }
}
