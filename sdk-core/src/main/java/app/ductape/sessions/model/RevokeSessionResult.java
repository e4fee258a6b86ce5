package app.ductape.sessions.model;

import java.util.OptionalLong;

/**
 * The answer to {@code revoke} or {@code revokeAll}. Ductape's clients do not show its shape: a count, a
 * boolean or nothing is read, so the count is known only when Ductape sends one.
 *
 * @param revoked how many sessions were revoked: a count when Ductape sent one, 0 for {@code false};
 *                empty when it answered {@code true} or no data
 */
public record RevokeSessionResult(OptionalLong revoked) {

    /**
     * A result; an absent count reads as empty.
     *
     * @param revoked how many sessions were revoked, when known
     */
    public RevokeSessionResult {
        revoked = revoked == null ? OptionalLong.empty() : revoked;
    }
}
