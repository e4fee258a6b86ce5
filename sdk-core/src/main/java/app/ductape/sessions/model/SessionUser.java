package app.ductape.sessions.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A user of a session configuration, as Ductape's users list and user details give it.
 *
 * @param id             the record's id ({@code _id}), when sent
 * @param ductapeUserId  Ductape's id of the user ({@code ductape_user_id})
 * @param productTag     the product ({@code product_tag})
 * @param sessionTag     the session configuration ({@code session_tag})
 * @param identifier     the user's identifier, the value of the configuration's selector
 * @param env            the environment
 * @param firstSeen      the first session's start ({@code first_seen})
 * @param lastSeen       the latest activity ({@code last_seen})
 * @param createdAt      when the record was made, when sent
 * @param updatedAt      when the record last changed, when sent
 * @param totalSessions  the user's sessions ({@code total_sessions}, or {@code session_count}), when sent
 * @param activeSessions the user's active sessions ({@code active_sessions}), when sent
 * @param status         {@code active}, {@code inactive} or {@code expired}, when sent
 */
public record SessionUser(String id, String ductapeUserId, String productTag, String sessionTag, String identifier,
                          String env, Instant firstSeen, Instant lastSeen, Instant createdAt, Instant updatedAt,
                          OptionalLong totalSessions, OptionalLong activeSessions, Optional<String> status) {

    /**
     * A user; absent optional values read as empty.
     *
     * @param id             the record's id
     * @param ductapeUserId  Ductape's id of the user
     * @param productTag     the product
     * @param sessionTag     the session configuration
     * @param identifier     the user's identifier
     * @param env            the environment
     * @param firstSeen      the first session's start
     * @param lastSeen       the latest activity
     * @param createdAt      when the record was made
     * @param updatedAt      when the record last changed
     * @param totalSessions  the user's sessions
     * @param activeSessions the user's active sessions
     * @param status         the user's status
     */
    public SessionUser {
        totalSessions = totalSessions == null ? OptionalLong.empty() : totalSessions;
        activeSessions = activeSessions == null ? OptionalLong.empty() : activeSessions;
        status = status == null ? Optional.empty() : status;
    }

    @JsonCreator
    static SessionUser fromWire(@JsonProperty("_id") String id,
                                @JsonProperty("ductape_user_id") String ductapeUserId,
                                @JsonProperty("product_tag") String productTag,
                                @JsonProperty("session_tag") String sessionTag,
                                @JsonProperty("identifier") String identifier,
                                @JsonProperty("env") String env,
                                @JsonProperty("first_seen") Instant firstSeen,
                                @JsonProperty("last_seen") Instant lastSeen,
                                @JsonProperty("createdAt") Instant createdAt,
                                @JsonProperty("updatedAt") Instant updatedAt,
                                @JsonProperty("total_sessions") Long totalSessions,
                                @JsonProperty("session_count") Long sessionCount,
                                @JsonProperty("active_sessions") Long activeSessions,
                                @JsonProperty("status") String status) {
        Long total = totalSessions != null ? totalSessions : sessionCount;
        return new SessionUser(id, ductapeUserId, productTag, sessionTag, identifier, env, firstSeen, lastSeen,
            createdAt, updatedAt, total == null ? OptionalLong.empty() : OptionalLong.of(total),
            activeSessions == null ? OptionalLong.empty() : OptionalLong.of(activeSessions), Optional.ofNullable(status));
    }
}
