package app.ductape.sessions.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;

/**
 * A user with their sessions, as {@code fetchUserDetails} gives them: Ductape answers
 * {@code {user, sessions, totalSessions, activeSessions}}. The flat shape of the seed's pages (the user's
 * fields beside {@code sessions} and {@code activeSessionsCount}) is read too.
 *
 * @param user           the user
 * @param sessions       the user's sessions, each with its data; unmodifiable, never null
 * @param totalSessions  how many sessions the user has had
 * @param activeSessions how many are active now
 */
public record SessionUserDetails(SessionUser user, List<UserSessionInfo> sessions, long totalSessions,
                                 long activeSessions) {

    /**
     * Details; the sessions are copied.
     *
     * @param user           the user
     * @param sessions       the user's sessions
     * @param totalSessions  how many sessions the user has had
     * @param activeSessions how many are active now
     */
    public SessionUserDetails {
        sessions = Lists.copyOf(sessions);
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
