package app.ductape.sessions.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The user a session belongs to, read from its data with the config's selector, as Ductape keys revokeAll. */
class SessionConfigIdentifierTest {
    private static SessionConfig selecting(String selector) {
        return SessionConfig.fromWire("User Session", "user-session", null, selector, 1, "days", Map.of());
    }

    @Test
    void aTopLevelFieldIsTheIdentifier() {
        assertThat(selecting("$Session{email}").identifierIn(Map.of("email", "ada@example.com", "plan", "pro")))
            .contains("ada@example.com");
    }

    @Test
    void aNestedFieldIsFollowedByItsPath() {
        assertThat(selecting("$Session{details.id}").identifierIn(Map.of("details", Map.of("id", "u1"))))
            .contains("u1");
    }

    @Test
    void aNumberOrBooleanIsTheIdentifierAsText() {
        assertThat(selecting("$Session{userId}").identifierIn(Map.of("userId", 42))).contains("42");
        assertThat(selecting("$Session{flag}").identifierIn(Map.of("flag", true))).contains("true");
    }

    @Test
    void dataWithoutAPrimitiveAtTheSelectorHaveNoIdentifier() {
        SessionConfig config = selecting("$Session{email}");

        assertThat(config.identifierIn(Map.of("name", "Ada"))).isEmpty();
        assertThat(config.identifierIn(Map.of("email", Map.of("work", "ada@example.com")))).isEmpty();
        assertThat(config.identifierIn(null)).isEmpty();
    }

    @Test
    void aMissingOrMalformedSelectorGivesNoIdentifier() {
        assertThat(selecting(null).identifierIn(Map.of("email", "ada@example.com"))).isEmpty();
        assertThat(selecting("email").identifierIn(Map.of("email", "ada@example.com"))).isEmpty();
    }
}
