package app.ductape.sessions.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A user with their sessions, as {@code fetchUserDetails} gives them, under the names Ductape's docs read
 * ({@code userDetails.ductape_user_id}, {@code totalSessions}, {@code activeSessionsCount}, {@code sessions}):
 *
 * <pre>{@code
 * System.out.println("User ID: " + userDetails.ductapeUserId());
 * System.out.println("Active sessions: " + userDetails.activeSessionsCount());
 * }</pre>
 *
 * <p>Ductape's workbench answers {@code {user, sessions, totalSessions, activeSessions}}; the flat shape of
 * the seed's pages (the user's fields beside {@code sessions}, {@code totalSessions} and
 * {@code activeSessionsCount}) is read too.
 *
 * @param user                the user, with what the shortcuts below do not name (its env, tags, record id)
 * @param sessions            the user's sessions, each with its data; unmodifiable, never null
 * @param totalSessions       how many sessions the user has had
 * @param activeSessionsCount how many are active now
 */
public record SessionUserDetails(SessionUser user, List<UserSessionInfo> sessions, long totalSessions,
                                 long activeSessionsCount) {

    /**
     * Details; the sessions are copied.
     *
     * @param user                the user
     * @param sessions            the user's sessions
     * @param totalSessions       how many sessions the user has had
     * @param activeSessionsCount how many are active now
     * @throws NullPointerException when {@code user} is null
     */
    public SessionUserDetails {
        Objects.requireNonNull(user, "user");
        sessions = Lists.copyOf(sessions);
    }

    /**
     * Ductape's id of the user ({@code ductape_user_id}).
     *
     * @return the id, as {@code user().ductapeUserId()}
     */
    public String ductapeUserId() {
        return user.ductapeUserId();
    }

    /**
     * The user's identifier: the value at the session configuration's selector.
     *
     * @return the identifier, as {@code user().identifier()}
     */
    public String identifier() {
        return user.identifier();
    }

    /**
     * When the user's first session started ({@code first_seen}).
     *
     * @return the instant, as {@code user().firstSeen()}
     */
    public Instant firstSeen() {
        return user.firstSeen();
    }

    /**
     * The user's latest activity ({@code last_seen}).
     *
     * @return the instant, as {@code user().lastSeen()}
     */
    public Instant lastSeen() {
        return user.lastSeen();
    }

    @JsonCreator
    static SessionUserDetails fromWire(@JsonProperty("user") SessionUser user,
                                       @JsonProperty("sessions") List<UserSessionInfo> sessions,
                                       @JsonProperty("totalSessions") Long totalSessions,
                                       @JsonProperty("activeSessions") Long activeSessions,
                                       @JsonProperty("activeSessionsCount") Long activeSessionsCount,
                                       @JsonProperty("_id") String id,
                                       @JsonProperty("ductape_user_id") String ductapeUserId,
                                       @JsonProperty("product_tag") String productTag,
                                       @JsonProperty("session_tag") String sessionTag,
                                       @JsonProperty("identifier") String identifier,
                                       @JsonProperty("env") String env,
                                       @JsonProperty("first_seen") Instant firstSeen,
                                       @JsonProperty("last_seen") Instant lastSeen,
                                       @JsonProperty("createdAt") Instant createdAt,
                                       @JsonProperty("updatedAt") Instant updatedAt) {
        SessionUser who = user != null ? user : SessionUser.fromWire(id, ductapeUserId, productTag, sessionTag,
            identifier, env, firstSeen, lastSeen, createdAt, updatedAt, null, null, null, null);
        List<UserSessionInfo> all = Lists.copyOf(sessions);
        long active = activeSessions != null ? activeSessions : activeSessionsCount != null ? activeSessionsCount
            : all.stream().filter(UserSessionInfo::active).count();
        return new SessionUserDetails(who, all, totalSessions != null ? totalSessions : all.size(), active);
    }
}
