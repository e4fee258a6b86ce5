package app.ductape.sessions.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** One page of active sessions; {@link #sessions()} is never null and unmodifiable. */
public record ActiveSessionsPage(
    @JsonProperty("sessions") List<ActiveSession> sessions,
    @JsonProperty("total") long total,
    @JsonProperty("page") int page,
    @JsonProperty("limit") int limit,
    @JsonProperty("totalPages") int totalPages) {

    public ActiveSessionsPage {
        sessions = Lists.copyOf(sessions);
    }
}
