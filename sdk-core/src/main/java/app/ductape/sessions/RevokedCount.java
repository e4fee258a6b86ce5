package app.ductape.sessions;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.OptionalLong;

/**
 * How many sessions a revocation ended, from whatever the proxy answered: Ductape's clients do not show
 * the shape, so a number, {@code {revoked: n}} or {@code {count: n}} is a count, {@code false} is 0, and
 * {@code true} or nothing says only that it succeeded.
 */
final class RevokedCount {
    private RevokedCount() {}

    static OptionalLong of(JsonNode answer) {
        if (answer == null || answer.isNull() || answer.isMissingNode()) {
            return OptionalLong.empty();
        }
        if (answer.isIntegralNumber()) {
            return OptionalLong.of(answer.asLong());
        }
        if (answer.isBoolean()) {
            return answer.asBoolean() ? OptionalLong.empty() : OptionalLong.of(0);
        }
        if (answer.isObject()) {
            for (String field : new String[] {"revoked", "count", "revokedCount"}) {
                if (answer.path(field).isIntegralNumber()) {
                    return OptionalLong.of(answer.get(field).asLong());
                }
            }
        }
        return OptionalLong.empty();
    }
}
