package app.ductape.sessions.middleware;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.benmanes.caffeine.cache.Caffeine;
import org.apache.catalina.util.ServerInfo;
import org.junit.jupiter.api.Test;

/**
 * The Caffeine and Tomcat jars the tests run on are the ones the build meant: the pinned ones, or under
 * {@code -Pcompat} those Spring Boot's dependency management gives. Without this check a profile that
 * swapped nothing would pass.
 */
class RuntimeVersionsTest {

    @Test
    void caffeineOnTheClasspathIsTheExpectedVersion() {
        String expected = System.getProperty("expected.caffeine.version");

        assertThat(expected).as("set by the build's surefire configuration").isNotBlank();
        assertThat(Caffeine.class.getPackage().getImplementationVersion()).isEqualTo(expected);
    }

    @Test
    void tomcatOnTheClasspathIsTheExpectedVersion() {
        String expected = System.getProperty("expected.tomcat.version");

        assertThat(expected).as("set by the build's surefire configuration").isNotBlank();
        assertThat(ServerInfo.getServerNumber()).startsWith(expected);
    }
}
