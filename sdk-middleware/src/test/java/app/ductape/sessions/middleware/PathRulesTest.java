package app.ductape.sessions.middleware;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What each rule refuses in a raw path, and what the strict rules let through. */
class PathRulesTest {
    private final PathRules strict = PathRules.strict();

    @ParameterizedTest(name = "{0} breaks {1}")
    @CsvSource(delimiter = '|', value = {
        "/api;x=1/me | PATH_PARAMETER",
        "/api/me;    | PATH_PARAMETER",
        "/api%3bme   | PATH_PARAMETER",
        "/api%3Bme   | PATH_PARAMETER",
        "/api%2fme   | ENCODED_SLASH",
        "/api%2Fme   | ENCODED_SLASH",
        "/api%5cme   | ENCODED_BACKSLASH",
        "/api%5Cme   | ENCODED_BACKSLASH",
        "/%2e/api    | ENCODED_PERIOD",
        "/api/a%2Eb  | ENCODED_PERIOD",
        "/api/%252e  | ENCODED_PERCENT",
        "//api/me    | DOUBLE_SLASH",
        "/api//me    | DOUBLE_SLASH",
        "/./api      | DOT_SEGMENT",
        "/x/../api   | DOT_SEGMENT",
        "/api/..     | DOT_SEGMENT",
        "/api/.      | DOT_SEGMENT",
        "/api/me%00  | CONTROL_CHARACTER",
        "/api/me%0A  | CONTROL_CHARACTER",
        "/api/me%1f  | CONTROL_CHARACTER",
        "/api/me%7F  | CONTROL_CHARACTER",
        "/api\\me    | BACKSLASH"})
    void aSpellingThatCanBeReadTwoWaysBreaksItsRule(String rawPath, PathRule rule) {
        assertThat(strict.violatedBy(rawPath)).hasValue(rule);
    }

    @Test
    void rawControlAndNonAsciiCharactersBreakTheControlCharacterRule() {
        assertThat(strict.violatedBy("/api/me\u0000")).hasValue(PathRule.CONTROL_CHARACTER);
        assertThat(strict.violatedBy("/api/me\r\nX: y")).hasValue(PathRule.CONTROL_CHARACTER);
        assertThat(strict.violatedBy("/api/caf\u00e9")).hasValue(PathRule.CONTROL_CHARACTER);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/api/me", "/api/me/", "/%61pi/me", "/api/caf%C3%A9", "/api/a.b", "/api/...",
        "/api/.hidden", "/api/me..", "/api/%zz", "/api/me%", "/api/me%4"})
    void aPathThatReadsOneWayBreaksNoRule(String rawPath) {
        assertThat(strict.violatedBy(rawPath)).isEmpty();
    }

    @Test
    void anAllowedRuleLetsItsSpellingThroughAndKeepsTheOthers() {
        PathRules rules = strict.allow(PathRule.PATH_PARAMETER);

        assertThat(rules.violatedBy("/api;jsessionid=1/me")).isEmpty();
        assertThat(rules.violatedBy("/x/../api")).hasValue(PathRule.DOT_SEGMENT);
        assertThat(rules.rules()).doesNotContain(PathRule.PATH_PARAMETER).hasSize(PathRule.values().length - 1);
        assertThat(strict.rules()).containsExactlyInAnyOrder(PathRule.values());
    }
}
