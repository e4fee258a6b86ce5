package app.ductape.sessions.connectors.saymon;

import app.ductape.sessions.connectors.ActivityOutcome;
import app.ductape.sessions.connectors.ActivityQuery;
import app.ductape.sessions.connectors.ActivityRecord;
import app.ductape.sessions.connectors.ActivitySource;
import app.ductape.sessions.connectors.Attributes;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * SAYMON's sessions log as an {@link ActivitySource}: one record per user session.
 *
 * <table>
 *   <caption>How SAYMON's fields map</caption>
 *   <tr><th>ActivityRecord</th><th>SAYMON</th></tr>
 *   <tr><td>sessionId</td><td>{@code id}</td></tr>
 *   <tr><td>actor</td><td>{@code login}</td></tr>
 *   <tr><td>action</td><td>{@code session}</td></tr>
 *   <tr><td>outcome</td><td>{@code IN_PROGRESS} while {@code endTime} is null, else {@code UNKNOWN} (SAYMON
 *       records no outcome)</td></tr>
 *   <tr><td>occurredAt</td><td>{@code startTime}</td></tr>
 *   <tr><td>attributes</td><td>{@code userId}, {@code startTime}, {@code endTime}, {@code expiredAt}</td></tr>
 * </table>
 *
 * <p>{@code from}/{@code to} and the page size go to the API; actor and session filters are applied to
 * the records as they arrive.
 */
public final class SaymonActivitySource implements ActivitySource {
    private final SaymonClient client;

    /**
     * The activity of {@code client} as records.
     *
     * @param client the client to read with; the source does not close it
     */
    public SaymonActivitySource(SaymonClient client) {
        this.client = Objects.requireNonNull(client, "client");
    }

    @Override
    public String name() {
        return "saymon";
    }

    @Override
    public Stream<ActivityRecord> records(ActivityQuery query) {
        Objects.requireNonNull(query, "query");
        SaymonSessionLogOptions options = SaymonSessionLogOptions.builder().from(query.from().orElse(null))
            .to(query.to().orElse(null)).limit(query.pageSize()).build();
        return client.sessionLog(options).stream().map(SaymonActivitySource::toRecord).filter(query::matches);
    }

    /**
     * The unified record of one SAYMON session.
     *
     * @param session the session
     * @return the unified record of one SAYMON session
     */
    public static ActivityRecord toRecord(SaymonSessionRecord session) {
        return new ActivityRecord("saymon", session.id(), session.id(), session.login(), "session",
            session.active() ? ActivityOutcome.IN_PROGRESS : ActivityOutcome.UNKNOWN, session.startTime(),
            session.active() ? "Session active" : "Session ended",
            Attributes.builder().put("userId", session.userId()).put("startTime", session.startTime())
                .put("endTime", session.endTime()).put("expiredAt", session.expiredAt()).build());
    }
}
