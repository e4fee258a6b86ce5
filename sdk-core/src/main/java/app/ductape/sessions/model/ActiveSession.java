package app.ductape.sessions.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;

/** A session that has not expired nor been revoked. */
public record ActiveSession(
    @JsonProperty("sessionId") String sessionId,
    @JsonProperty("identifier") String identifier,
    @JsonProperty("startAt") Instant startAt,
    @JsonProperty("endAt") Instant endAt,
    @JsonProperty("active") boolean active) {
}
