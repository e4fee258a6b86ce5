package app.ductape.sessions.connectors.exavault;

import app.ductape.sessions.connectors.ActivityOutcome;
import app.ductape.sessions.connectors.ActivityQuery;
import app.ductape.sessions.connectors.ActivityRecord;
import app.ductape.sessions.connectors.ActivitySource;
import app.ductape.sessions.connectors.Attributes;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * ExaVault's session activity as an {@link ActivitySource}: one record per file-manager operation.
 *
 * <table>
 *   <caption>How ExaVault's fields map</caption>
 *   <tr><th>ActivityRecord</th><th>ExaVault {@code attributes}</th></tr>
 *   <tr><td>sessionId</td><td>{@code sessionId}</td></tr>
 *   <tr><td>actor</td><td>{@code username}</td></tr>
 *   <tr><td>action</td><td>{@code operation}, the API code ({@code STOR}, {@code PASS}, ...)</td></tr>
 *   <tr><td>outcome</td><td>{@code status}: {@code success}/{@code ok} is SUCCESS, {@code fail*}/{@code error}/
 *       {@code denied} is FAILURE, anything else UNKNOWN</td></tr>
 *   <tr><td>occurredAt</td><td>{@code created}</td></tr>
 *   <tr><td>message</td><td>the operation's file-manager meaning and the file name ({@code Upload /a.txt})</td></tr>
 *   <tr><td>attributes</td><td>{@code id}, {@code operationMeaning}, {@code ipAddress}, {@code protocol},
 *       {@code bytesTransferred}, {@code duration}, {@code fileName}, {@code fileSource}, {@code status}</td></tr>
 * </table>
 *
 * <p>{@code from}/{@code to} go to the API as {@code startDate}/{@code endDate}, the actor as
 * {@code username}, the page size as {@code limit}; a session filter is applied as records arrive.
 */
public final class ExaVaultActivitySource implements ActivitySource {
    private final ExaVaultClient client;

    /**
     * The activity of {@code client} as records.
     *
     * @param client the client to read with; the source does not close it
     */
    public ExaVaultActivitySource(ExaVaultClient client) {
        this.client = Objects.requireNonNull(client, "client");
    }

    @Override
    public String name() {
        return "exavault";
    }

    @Override
    public Stream<ActivityRecord> records(ActivityQuery query) {
        Objects.requireNonNull(query, "query");
        ExaVaultSessionActivityOptions options = ExaVaultSessionActivityOptions.builder()
            .startDate(query.from().orElse(null)).endDate(query.to().orElse(null)).username(query.actor().orElse(null))
            .limit(query.pageSize()).build();
        return client.sessionActivity(options).stream().map(ExaVaultActivitySource::toRecord).filter(query::matches);
    }

    /**
     * The unified record of one ExaVault operation.
     *
     * @param activity the activity
     * @return the unified record of one ExaVault operation
     */
    public static ActivityRecord toRecord(ExaVaultSessionActivity activity) {
        ExaVaultOperation operation = activity.operation();
        String meaning = operation == ExaVaultOperation.UNKNOWN ? activity.operationValue() : operation.meaning();
        String message = activity.fileName() == null ? meaning : meaning + " " + activity.fileName();
        return new ActivityRecord("exavault", activity.id(), activity.sessionId(), activity.username(), activity.operationValue(),
            outcome(activity.status()), activity.created(), message,
            Attributes.builder().put("id", activity.id()).put("operationMeaning", meaning)
                .put("ipAddress", activity.ipAddress()).put("protocol", activity.protocol())
                .put("bytesTransferred", activity.bytesTransferred()).put("duration", activity.duration())
                .put("fileName", activity.fileName()).put("fileSource", activity.fileSource())
                .put("status", activity.status()).build(),
            activity.duration() == null || activity.duration() < 0 ? Optional.empty()
                : Optional.of(Duration.ofSeconds(activity.duration())));
    }

    static ActivityOutcome outcome(String status) {
        if (status == null) {
            return ActivityOutcome.UNKNOWN;
        }
        String s = status.trim().toLowerCase(Locale.ROOT);
        if (s.equals("success") || s.equals("successful") || s.equals("ok") || s.equals("completed")) {
            return ActivityOutcome.SUCCESS;
        }
        if (s.startsWith("fail") || s.equals("error") || s.equals("denied")) {
            return ActivityOutcome.FAILURE;
        }
        return ActivityOutcome.UNKNOWN;
    }
}
