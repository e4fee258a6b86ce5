package app.ductape.sessions.middleware;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The servlet URL patterns of the filter's include and exclude lists. */
class UrlPatternsTest {

    @ParameterizedTest(name = "{0} matches {1}: {2}")
    @CsvSource({
        "/api/*,     /api,          true",
        "/api/*,     /api/me,       true",
        "/api/*,     /api/v1/me,    true",
        "/api/*,     /apiary,       false",
        "/api/*,     /,             false",
        "/api/me,    /api/me,       true",
        "/api/me,    /api/me/x,     false",
        "*.css,      /static/a.css, true",
        "*.css,      /static/a.js,  false",
        "/*,         /anything/at,  true",
        "/,          /anything,     true",
    })
    void aPatternMatchesAsInAServletMapping(String pattern, String path, boolean matches) {
        assertThat(UrlPatterns.of(List.of(pattern)).matches(path)).isEqualTo(matches);
    }

    @Test
    void aPathMatchingAnyPatternMatches() {
        UrlPatterns patterns = UrlPatterns.of(List.of("/health", "/static/*"));

        assertThat(patterns.matches("/health")).isTrue();
        assertThat(patterns.matches("/static/app.js")).isTrue();
        assertThat(patterns.matches("/api/me")).isFalse();
    }

    @Test
    void noPatternsMatchNothing() {
        assertThat(UrlPatterns.of(List.of()).matches("/api")).isFalse();
        assertThat(UrlPatterns.of(List.of()).isEmpty()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"api/*", "/api/*/me", "/api*", "*.", "*", ""})
    void aPatternThatIsNoServletPatternIsRefusedByName(String pattern) {
        assertThatThrownBy(() -> UrlPatterns.of(List.of(pattern)))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("'" + pattern + "'");
    }
}
