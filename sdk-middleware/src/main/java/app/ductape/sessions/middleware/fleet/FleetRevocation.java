package app.ductape.sessions.middleware.fleet;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A revocation as instances tell each other of it: what it names and when, never a token or session data.
 *
 * @param kind what it names
 * @param sessionId the session, for {@link Kind#SESSION}
 * @param identifier the user, for {@link Kind#USER}
 * @param at when the revoking instance asked for it: every answer it names that was asked for before this
 *           instant is refused
 * @param ended whether Ductape ended what it names (a {@code revoke} or {@code revokeAll}): an ended session
 *              never becomes valid again, so its cached tokens are refused without asking Ductape; false for
 *              {@code invalidateSession} and {@code invalidateAll}, which only forget
 */
public record FleetRevocation(Kind kind, Optional<String> sessionId, Optional<String> identifier, Instant at,
                              boolean ended) {
    /** What a revocation names. */
    public enum Kind {
        /** One session: a {@code revoke} by session id, or {@code invalidateSession}. */
        SESSION,
        /** Every session of one user: a {@code revokeAll}, or a {@code revoke} by identifier. */
        USER,
        /** Every answer of the verifier's tag: {@code invalidateAll}. */
        ALL
    }

    /**
     * Checks that the kind has what it names.
     *
     * @param kind       what it names
     * @param sessionId  the session, for {@link Kind#SESSION}
     * @param identifier the user, for {@link Kind#USER}
     * @param at         when the revoking instance asked for it
     * @param ended      whether Ductape ended what it names
     */
    public FleetRevocation {
        Objects.requireNonNull(kind, "kind");
        sessionId = sessionId == null ? Optional.empty() : sessionId;
        identifier = identifier == null ? Optional.empty() : identifier;
        Objects.requireNonNull(at, "at");
        if (kind == Kind.SESSION && sessionId.isEmpty() || kind == Kind.USER && identifier.isEmpty()) {
            throw new IllegalArgumentException("a " + kind + " revocation needs its "
                + (kind == Kind.SESSION ? "`sessionId`" : "`identifier`"));
        }
    }

    /**
     * One session's answers to forget ({@code invalidateSession}): its next verification asks Ductape.
     *
     * @param sessionId the session
     * @param at when it was asked for
     * @return the revocation
     */
    public static FleetRevocation ofSession(String sessionId, Instant at) {
        return new FleetRevocation(Kind.SESSION, Optional.of(sessionId), Optional.empty(), at, false);
    }

    /**
     * One user's answers to forget: their next verifications ask Ductape.
     *
     * @param identifier the user, the value of the session config's selector
     * @param at when it was asked for
     * @return the revocation
     */
    public static FleetRevocation ofUser(String identifier, Instant at) {
        return new FleetRevocation(Kind.USER, Optional.empty(), Optional.of(identifier), at, false);
    }

    /**
     * A revocation of every answer of the tag.
     *
     * @param at when it was asked for
     * @return the revocation
     */
    public static FleetRevocation ofAll(Instant at) {
        return new FleetRevocation(Kind.ALL, Optional.empty(), Optional.empty(), at, false);
    }

    /**
     * A session Ductape ended ({@code revoke} by session id): its tokens are refused without asking.
     *
     * @param sessionId the session
     * @param at when it was revoked
     * @return the revocation
     */
    public static FleetRevocation revokedSession(String sessionId, Instant at) {
        return new FleetRevocation(Kind.SESSION, Optional.of(sessionId), Optional.empty(), at, true);
    }

    /**
     * Every session of a user that Ductape ended ({@code revokeAll}, or {@code revoke} by identifier).
     *
     * @param identifier the user
     * @param at when they were revoked
     * @return the revocation
     */
    public static FleetRevocation revokedUser(String identifier, Instant at) {
        return new FleetRevocation(Kind.USER, Optional.empty(), Optional.of(identifier), at, true);
    }
}
