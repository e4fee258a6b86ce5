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
 * @param kept the session of that user it leaves valid (a {@code revokeAll} with {@code excludeCurrentSession}),
 *             only for {@link Kind#USER}: its answers are kept
 * @param at when the revoking instance asked for it: every answer it names that was asked for before this
 *           instant is refused
 * @param ended whether Ductape ended what it names (a {@code revoke} or {@code revokeAll}): an ended session
 *              never becomes valid again, so its cached tokens are refused without asking Ductape; false for
 *              {@code invalidateSession} and {@code invalidateAll}, which only forget
 */
public record FleetRevocation(Kind kind, Optional<String> sessionId, Optional<String> identifier,
                              Optional<String> kept, Instant at, boolean ended) {
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
     * @param kept       the session of that user it leaves valid, only for {@link Kind#USER}
     * @param at         when the revoking instance asked for it
     * @param ended      whether Ductape ended what it names
     */
    public FleetRevocation {
        Objects.requireNonNull(kind, "kind");
        sessionId = sessionId == null ? Optional.empty() : sessionId;
        identifier = identifier == null ? Optional.empty() : identifier;
        kept = kept == null ? Optional.empty() : kept;
        Objects.requireNonNull(at, "at");
        if (kind == Kind.SESSION && sessionId.isEmpty() || kind == Kind.USER && identifier.isEmpty()) {
            throw new IllegalArgumentException("a " + kind + " revocation needs its "
                + (kind == Kind.SESSION ? "`sessionId`" : "`identifier`"));
        }
        if (kept.isPresent() && kind != Kind.USER) {
            throw new IllegalArgumentException("only a USER revocation keeps a session, not a " + kind + " one");
        }
    }

    /**
     * This revocation of a user, leaving one of their sessions valid ("log out my other devices").
     *
     * @param sessionId the session to keep
     * @return the revocation keeping it
     * @throws IllegalArgumentException when this is not a {@link Kind#USER} revocation
     */
    public FleetRevocation keeping(String sessionId) {
        return new FleetRevocation(kind, this.sessionId, identifier, Optional.of(Objects.requireNonNull(sessionId,
            "sessionId")), at, ended);
    }

    /**
     * Whether this revocation leaves the session valid.
     *
     * @param sessionId a session id, or {@code null} for an answer that names none
     * @return {@code true} when it is the session this revocation keeps
     */
    public boolean keeps(String sessionId) {
        return sessionId != null && kept.isPresent() && kept.get().equals(sessionId);
    }

    /**
     * One session's answers to forget ({@code invalidateSession}): its next verification asks Ductape.
     *
     * @param sessionId the session
     * @param at when it was asked for
     * @return the revocation
     */
    public static FleetRevocation ofSession(String sessionId, Instant at) {
        return new FleetRevocation(Kind.SESSION, Optional.of(sessionId), Optional.empty(), Optional.empty(), at, false);
    }

    /**
     * One user's answers to forget: their next verifications ask Ductape.
     *
     * @param identifier the user, the value of the session config's selector
     * @param at when it was asked for
     * @return the revocation
     */
    public static FleetRevocation ofUser(String identifier, Instant at) {
        return new FleetRevocation(Kind.USER, Optional.empty(), Optional.of(identifier), Optional.empty(), at, false);
    }

    /**
     * A revocation of every answer of the tag.
     *
     * @param at when it was asked for
     * @return the revocation
     */
    public static FleetRevocation ofAll(Instant at) {
        return new FleetRevocation(Kind.ALL, Optional.empty(), Optional.empty(), Optional.empty(), at, false);
    }

    /**
     * A session Ductape ended ({@code revoke} by session id): its tokens are refused without asking.
     *
     * @param sessionId the session
     * @param at when it was revoked
     * @return the revocation
     */
    public static FleetRevocation revokedSession(String sessionId, Instant at) {
        return new FleetRevocation(Kind.SESSION, Optional.of(sessionId), Optional.empty(), Optional.empty(), at, true);
    }

    /**
     * Every session of a user that Ductape ended ({@code revokeAll}, or {@code revoke} by identifier).
     *
     * @param identifier the user
     * @param at when they were revoked
     * @return the revocation
     */
    public static FleetRevocation revokedUser(String identifier, Instant at) {
        return new FleetRevocation(Kind.USER, Optional.empty(), Optional.of(identifier), Optional.empty(), at, true);
    }
}
