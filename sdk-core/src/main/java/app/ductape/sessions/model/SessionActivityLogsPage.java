package app.ductape.sessions.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** One page of activity logs, newest first; {@link #logs()} is never null and unmodifiable. */
public record SessionActivityLogsPage(
    @JsonProperty("logs") List<SessionActivityLog> logs,
    @JsonProperty("total") long total,
    @JsonProperty("page") int page,
    @JsonProperty("limit") int limit,
    @JsonProperty("totalPages") int totalPages) {

    public SessionActivityLogsPage {
        logs = Lists.copyOf(logs);
    }
}
