package app.ductape.sessions.connectors.calwe;

import app.ductape.sessions.connectors.ActivityOutcome;
import app.ductape.sessions.connectors.ActivityQuery;
import app.ductape.sessions.connectors.ActivityRecord;
import app.ductape.sessions.connectors.ActivitySource;
import app.ductape.sessions.connectors.Attributes;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * A Calwe session's log as an {@link ActivitySource}. Calwe reads one session at a time, so a query
 * must name its {@code sessionId}; and its entries carry only a time of day, no date, so a query with
 * {@code from} or {@code to} cannot be answered and is refused before any request.
 *
 * <table>
 *   <caption>How Calwe's fields map</caption>
 *   <tr><th>ActivityRecord</th><th>Calwe</th></tr>
 *   <tr><td>sessionId</td><td>the session id queried (entries do not carry it)</td></tr>
 *   <tr><td>actor</td><td>{@code null}: entries do not say who acted</td></tr>
 *   <tr><td>action</td><td>{@code action_type} ({@code ENTERED}, {@code LEFT}, ...)</td></tr>
 *   <tr><td>outcome</td><td>{@code UNKNOWN}: Calwe records no outcome</td></tr>
 *   <tr><td>occurredAt</td><td>{@code null}: Calwe gives no date</td></tr>
 *   <tr><td>message</td><td>{@code text}</td></tr>
 *   <tr><td>attributes</td><td>{@code timeOfDay} (24-hour, when {@code date} parses), {@code date} as sent,
 *       {@code actionDescription}, {@code role}</td></tr>
 * </table>
 */
public final class CalweActivitySource implements ActivitySource {
    private final CalweClient client;

    /**
     * The activity of {@code client} as records.
     *
     * @param client the client to read with; the source does not close it
     */
    public CalweActivitySource(CalweClient client) {
        this.client = Objects.requireNonNull(client, "client");
    }

    @Override
    public String name() {
        return "calwe";
    }

    /**
     * {@inheritDoc}
     *
     * @throws IllegalArgumentException when the query names no session, or has a time range
     */
    @Override
    public Stream<ActivityRecord> records(ActivityQuery query) {
        Objects.requireNonNull(query, "query");
        String sessionId = query.sessionId().orElseThrow(() -> new IllegalArgumentException(
            "Calwe reads one session's log at a time: the query must set `sessionId`"));
        if (query.from().isPresent() || query.to().isPresent()) {
            throw new IllegalArgumentException("Calwe log entries carry a time of day but no date: a query with "
                + "`from` or `to` cannot be answered");
        }
        CalweLogOptions options = CalweLogOptions.builder().perPage(query.pageSize()).build();
        // the log is append-only and served oldest first, so an entry's position is its lasting identity
        long[] position = {0};
        return client.sessionLog(sessionId, options).stream()
            .map(entry -> toRecord(sessionId, ++position[0], client.role(), entry))
            .filter(query::matches);
    }

    /**
     * The unified record of one entry of session {@code sessionId}'s log.
     *
     * @param sessionId the session id
     * @param position  the entry's 1-based position in the session's log, oldest first: with the session,
     *                  its identity ({@code <session>#<position>}), as Calwe gives entries no id and two
     *                  identical entries in one minute are legal
     * @param role      the role
     * @param entry     the entry
     * @return the unified record of one entry of session {@code sessionId}'s log
     */
    public static ActivityRecord toRecord(String sessionId, long position, CalweRole role, CalweLogEntry entry) {
        if (position < 1) {
            throw new IllegalArgumentException("`position` is 1-based, but was " + position);
        }
        return new ActivityRecord("calwe", sessionId + "#" + position, sessionId, null, entry.actionTypeValue(), ActivityOutcome.UNKNOWN, null,
            entry.text(), Attributes.builder().put("timeOfDay", entry.timeOfDay().map(Object::toString).orElse(null))
                .put("date", entry.date()).put("actionDescription", entry.actionType().description())
                .put("role", role.segment()).build());
    }
}
