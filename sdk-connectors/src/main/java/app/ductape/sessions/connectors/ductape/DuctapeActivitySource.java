package app.ductape.sessions.connectors.ductape;

import app.ductape.sessions.SessionsService;
import app.ductape.sessions.connectors.ActivityOutcome;
import app.ductape.sessions.connectors.ActivityQuery;
import app.ductape.sessions.connectors.ActivityRecord;
import app.ductape.sessions.connectors.ActivitySource;
import app.ductape.sessions.connectors.Attributes;
import app.ductape.sessions.model.SessionActivityLog;
import app.ductape.sessions.options.FetchSessionActivityLogsOptions;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Ductape's {@code fetchActivityLogs} of one session configuration as an {@link ActivitySource}: one
 * record per session operation (create, verify, refresh, revoke), auto-paged with
 * {@link SessionsService#activityLogs}.
 *
 * <table>
 *   <caption>How Ductape's fields map</caption>
 *   <tr><th>ActivityRecord</th><th>Ductape activity log</th></tr>
 *   <tr><td>sessionId</td><td>{@code data.sessionId} when the log's data has one</td></tr>
 *   <tr><td>actor</td><td>{@code data.identifier} (the user) when present</td></tr>
 *   <tr><td>action</td><td>{@code parent_tag}: {@code create}, {@code verify}, {@code refresh}, {@code
 * revoke}</td></tr>
 *   <tr><td>outcome</td><td>{@code status}: success, fail, processing (IN_PROGRESS)</td></tr>
 *   <tr><td>occurredAt</td><td>{@code timestamp}, else {@code start}</td></tr>
 *   <tr><td>message</td><td>{@code message}</td></tr>
 *   <tr><td>attributes</td><td>{@code id}, {@code processId}, {@code env}, {@code productTag}, {@code sessionTag},
 *       {@code start}, {@code end}, {@code data} (JSON text)</td></tr>
 * </table>
 *
 * <p>{@code from}/{@code to} go to the API as {@code start}/{@code end} and the page size as {@code limit};
 * actor and session filters are applied as records arrive. The adapter does not own the
 * {@link SessionsService}: close it yourself.
 */
public final class DuctapeActivitySource implements ActivitySource {
    private final SessionsService sessions;
    private final String product;
    private final String session;

    /**
     * @param sessions the client to read with
     * @param product  the product tag, or {@code null} for the client's default product
     * @param session  the session configuration tag, such as {@code user-session}
     */
    public DuctapeActivitySource(SessionsService sessions, String product, String session) {
        this.sessions = Objects.requireNonNull(sessions, "sessions");
        this.product = product;
        this.session = session;
        options(ActivityQuery.all());
    }

    @Override
    public String name() {
        return "ductape";
    }

    @Override
    public Stream<ActivityRecord> records(ActivityQuery query) {
        Objects.requireNonNull(query, "query");
        return sessions.activityLogs(options(query)).stream().map(DuctapeActivitySource::toRecord)
            .filter(query::matches);
    }

    private FetchSessionActivityLogsOptions options(ActivityQuery query) {
        return FetchSessionActivityLogsOptions.builder().product(product).session(session)
            .start(query.from().orElse(null)).end(query.to().orElse(null)).limit(query.pageSize()).build();
    }

    /**
     * The unified record of one Ductape activity log.
     *
     * @param log the log
     * @return the unified record of one Ductape activity log
     */
    public static ActivityRecord toRecord(SessionActivityLog log) {
        JsonNode data = dataOf(log);
        return new ActivityRecord("ductape", log.id(), text(data, "sessionId"), text(data, "identifier"), log.parentTag(),
            switch (log.status()) {
                case SUCCESS -> ActivityOutcome.SUCCESS;
                case FAIL -> ActivityOutcome.FAILURE;
                case PROCESSING -> ActivityOutcome.IN_PROGRESS;
                case UNKNOWN -> ActivityOutcome.UNKNOWN;
            }, log.timestamp() != null ? log.timestamp() : log.start(), log.message(),
            Attributes.builder().put("id", log.id()).put("processId", log.processId()).put("env", log.env())
                .put("productTag", log.productTag()).put("sessionTag", log.sessionTag()).put("start", log.start())
                .put("end", log.end()).put("data", log.data()).build(), took(log));
    }

    /** {@code end - start}, when both are sent and in order. */
    private static Optional<Duration> took(SessionActivityLog log) {
        if (log.start() == null || log.end() == null || log.end().isBefore(log.start())) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(log.start(), log.end()));
    }

    /** The log's data, or a missing node when it has none or it is not JSON. */
    private static JsonNode dataOf(SessionActivityLog log) {
        try {
            return log.dataAsJson();
        } catch (IllegalStateException notJson) {
            return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
        }
    }

    private static String text(JsonNode data, String field) {
        JsonNode value = data.get(field);
        return value == null || value.isNull() || value.isContainerNode() ? null : value.asText();
    }
}
