package app.ductape.sessions.connectors;

import java.util.stream.Stream;

/**
 * A source of session activity: Ductape, SAYMON, ExaVault or Calwe through their adapters
 * ({@code DuctapeActivitySource}, {@code SaymonActivitySource}, {@code ExaVaultActivitySource},
 * {@code CalweActivitySource}), or one of your own.
 *
 * <pre>{@code
 * try (Stream<ActivityRecord> records = source.records(ActivityQuery.builder().from(lastWeek).build())) {
 *     records.forEach(exporter::write);
 * }
 * }</pre>
 */
public interface ActivitySource {

    /**
     * The source's name, as in {@link ActivityRecord#source()}.
     *
     * @return the source's name, as in {@link ActivityRecord#source()}
     */
    String name();

    /**
     * Every record that matches {@code query}, newest first where the source orders them, fetched
     * lazily one page at a time as the stream is consumed (nothing is requested before the first
     * element is). A filter the source's API cannot apply is applied to the records as they arrive, so
     * a query means the same for every source; a filter the source cannot answer at all (a time range
     * on Calwe, which gives no dates) fails here, before any request.
     *
     * @param query the query
     * @return every record that matches {@code query}, newest first where the source orders them, fetched lazily one
     *         page at a time as the stream is consumed (nothing is requested before the first element is)
     * @throws IllegalArgumentException when the source cannot answer {@code query}
     * @throws app.ductape.sessions.SessionError from the stream's terminal operation when a page fails
     */
    Stream<ActivityRecord> records(ActivityQuery query);
}
