package app.ductape.sessions.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;

/**
 * A user seen by a session: the value at the session's selector ({@link #identifier()}) in one product
 * and environment. Timestamps are {@code null} when the server omits them.
 */
public record SessionUser(
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
}
