package app.ductape.sessions.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * One page of active sessions; {@link #sessions()} is never null and unmodifiable.
 *
 * @param sessions the sessions, never null, unmodifiable
 * @param total how many items match, on every page
 * @param page the page number, from 1
 * @param limit the page size asked for
 * @param totalPages how many pages there are at this page size
 */
public record ActiveSessionsPage(
    @JsonProperty("sessions") List<ActiveSession> sessions,
    @JsonProperty("total") long total,
    @JsonProperty("page") int page,
    @JsonProperty("limit") int limit,
    @JsonProperty("totalPages") int totalPages) {

    /**
     * A page; the sessions are copied into an unmodifiable list (null reads as empty).
     *
     * @param sessions the sessions, never null, unmodifiable
     * @param total how many items match, on every page
     * @param page the page number, from 1
     * @param limit the page size asked for
     * @param totalPages how many pages there are at this page size
     */
    public ActiveSessionsPage {
        sessions = Lists.copyOf(sessions);
    }
}
