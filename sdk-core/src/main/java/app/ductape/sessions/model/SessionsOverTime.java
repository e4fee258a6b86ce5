package app.ductape.sessions.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Sessions created and expired in one time bucket of the dashboard. */
public record SessionsOverTime(
    @JsonProperty("period") String period,
    @JsonProperty("created") long created,
    @JsonProperty("expired") long expired) {
}
