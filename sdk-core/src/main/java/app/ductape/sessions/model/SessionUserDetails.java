package app.ductape.sessions.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;

/**
 * A session user with its session history. Carries every {@link SessionUser} field ({@link #user()}
 * gives them as one) plus {@link #sessions()} (never null, unmodifiable) and the session counts.
 */
public record SessionUserDetails(
    @JsonProperty("_id") String id,
    @JsonProperty("ductape_user_id") String ductapeUserId,
    @JsonProperty("product_tag") String productTag,
    @JsonProperty("session_tag") String sessionTag,
    @JsonProperty("identifier") String identifier,
    @JsonProperty("env") String env,
    @JsonProperty("first_seen") Instant firstSeen,
    @JsonProperty("last_seen") Instant lastSeen,
    @JsonProperty("createdAt") Instant createdAt,
    @JsonProperty("updatedAt") Instant updatedAt,
    @JsonProperty("sessions") List<UserSessionInfo> sessions,
    @JsonProperty("totalSessions") long totalSessions,
    @JsonProperty("activeSessionsCount") long activeSessionsCount) {

    public SessionUserDetails {
        sessions = Lists.copyOf(sessions);
    }

    /** The user fields alone. */
    public SessionUser user() {
        return new SessionUser(id, ductapeUserId, productTag, sessionTag, identifier, env, firstSeen, lastSeen,
            createdAt, updatedAt);
    }
}
