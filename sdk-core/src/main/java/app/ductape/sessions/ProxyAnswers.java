package app.ductape.sessions;

import app.ductape.sessions.model.ActiveSessionsPage;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.OptionalLong;

/**
 * The proxy's answers whose shape Ductape's clients do not show, read tolerantly (see
 * {@code docs/wire-contract.md}).
 */
final class ProxyAnswers {
    private ProxyAnswers() {}

    /**
     * How many sessions a revocation ended: a number, {@code {revoked: n}} or {@code {count: n}} is a count,
     * {@code false} is 0, and {@code true} or nothing says only that it succeeded.
     */
    static OptionalLong revokedCount(JsonNode answer) {
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

    /**
     * A page of active sessions with the place it was asked for filled in where the answer did not say:
     * Ductape's {@code listActive} may answer {@code {total, sessions}} alone.
     */
    static ActiveSessionsPage placed(ActiveSessionsPage page, int askedPage, int askedLimit) {
        int number = page.page() > 0 ? page.page() : askedPage;
        int size = page.limit() > 0 ? page.limit() : askedLimit;
        int pages = page.totalPages() > 0 || size <= 0 ? page.totalPages() : (int) ((page.total() + size - 1) / size);
        return new ActiveSessionsPage(page.sessions(), page.total(), number, size, pages);
    }
}
