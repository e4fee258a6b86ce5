package app.ductape.sessions.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * One page of activity logs, newest first; {@link #logs()} is never null and unmodifiable.
 *
 * @param logs the logs, newest first, never null, unmodifiable
 * @param total how many items match, on every page
 * @param page the page number, from 1
 * @param limit the page size asked for
 * @param totalPages how many pages there are at this page size
 */
public record SessionActivityLogsPage(
    @JsonProperty("logs") List<SessionActivityLog> logs,
    @JsonProperty("total") long total,
    @JsonProperty("page") int page,
    @JsonProperty("limit") int limit,
    @JsonProperty("totalPages") int totalPages) {

    /**
     * A page; the logs are copied into an unmodifiable list (null reads as empty).
     *
     * @param logs the logs, newest first, never null, unmodifiable
     * @param total how many items match, on every page
     * @param page the page number, from 1
     * @param limit the page size asked for
     * @param totalPages how many pages there are at this page size
     */
    public SessionActivityLogsPage {
        logs = Lists.copyOf(logs);
    }
}
