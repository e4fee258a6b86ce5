package app.ductape.sessions;

import app.ductape.sessions.model.SessionActivityLog;
import app.ductape.sessions.model.SessionActivityLogsPage;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The {@code data} of Ductape's workspace logs ({@code types/logs.ts}):
 * {@code {logs: {metadata: {total, page, limit, totalPages}, data: [...]}}}, read straight into
 * {@link SessionActivityLogsPage}.
 *
 * @param logs the page of logs
 */
record WorkspaceLogs(@JsonProperty("logs") Logs logs) {

    /**
     * A page of logs.
     *
     * @param metadata the page's place in the listing
     * @param data     the logs
     */
    record Logs(@JsonProperty("metadata") Metadata metadata, @JsonProperty("data") List<SessionActivityLog> data) {}

    /**
     * Where a page is.
     *
     * @param total      logs in the whole listing
     * @param page       this page, from 1
     * @param limit      logs per page
     * @param totalPages pages in the listing
     */
    record Metadata(@JsonProperty("total") long total, @JsonProperty("page") int page,
                    @JsonProperty("limit") int limit, @JsonProperty("totalPages") int totalPages) {}

    /** As the SDK's page; a missing {@code logs} or {@code metadata} reads as an empty page. */
    SessionActivityLogsPage toPage() {
        if (logs == null) {
            return new SessionActivityLogsPage(List.of(), 0, 1, 0, 0);
        }
        Metadata where = logs.metadata() != null ? logs.metadata() : new Metadata(0, 1, 0, 0);
        return new SessionActivityLogsPage(logs.data(), where.total(), where.page(), where.limit(), where.totalPages());
    }
}
