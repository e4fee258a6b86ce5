package app.ductape.sessions.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;

/** One session of a user: when it started, when it expires or expired, and whether it is active. */
public record UserSessionInfo(
    @JsonProperty("session_id") String sessionId,
    @JsonProperty("start_at") Instant startAt,
    @JsonProperty("end_at") Instant endAt,
    @JsonProperty("active") boolean active) {
}
