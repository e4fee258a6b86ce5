package app.ductape.sessions.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;

/**
 * A session user with its session history. Carries every {@link SessionUser} field ({@link #user()}
 * gives them as one) plus {@link #sessions()} (never null, unmodifiable) and the session counts.
 *
 * @param id the record's id ({@code _id})
 * @param ductapeUserId the user's Ductape id ({@code ductape_user_id})
 * @param productTag the product's tag
 * @param sessionTag the session tag, {@code product:session}
 * @param identifier the value at the configuration's selector, such as an e-mail address
 * @param env the environment
 * @param firstSeen when the user's first session started
 * @param lastSeen the user's most recent activity
 * @param createdAt when the record was created
 * @param updatedAt when the record last changed
 * @param sessions the sessions, never null, unmodifiable
 * @param totalSessions how many sessions the user has had
 * @param activeSessionsCount how many of them are active now
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

    /**
     * A user; the sessions are copied into an unmodifiable list (null reads as empty).
     *
     * @param id the record's id ({@code _id})
     * @param ductapeUserId the user's Ductape id ({@code ductape_user_id})
     * @param productTag the product's tag
     * @param sessionTag the session tag, {@code product:session}
     * @param identifier the value at the configuration's selector, such as an e-mail address
     * @param env the environment
     * @param firstSeen when the user's first session started
     * @param lastSeen the user's most recent activity
     * @param createdAt when the record was created
     * @param updatedAt when the record last changed
     * @param sessions the sessions, never null, unmodifiable
     * @param totalSessions how many sessions the user has had
     * @param activeSessionsCount how many of them are active now
     */
    public SessionUserDetails {
        sessions = Lists.copyOf(sessions);
    }

    /**
     * The user fields alone.
     *
     * @return the user fields alone
     */
    public SessionUser user() {
        return new SessionUser(id, ductapeUserId, productTag, sessionTag, identifier, env, firstSeen, lastSeen,
            createdAt, updatedAt);
    }
}
