package app.ductape.sessions.archive;

import app.ductape.sessions.connectors.ActivityOutcome;
import app.ductape.sessions.connectors.ActivityRecord;
import app.ductape.sessions.transport.JsonMappers;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The {@code activity_record} table: a page of records written in the caller's transaction, each either
 * new (inserted), changed at the source (updated in place) or already held (left alone), judged by a
 * fingerprint of its content; and rows read back as records. Not thread-safe: one sync writes at a time.
 */
final class RecordTable {
    /** What a column of the table holds for one row, bound as a statement's parameter. */
    @FunctionalInterface
    private interface Binder {
        void bind(PreparedStatement statement, int index, Row row, Instant now, Dialect dialect) throws SQLException;
    }

    /** When a column is written: set once, as the key; kept current with the content; or stamped on insert. */
    private enum Role { KEY, CONTENT, FINGERPRINT, FIRST_SEEN, UPDATED }

    /**
     * The columns, each with its name, role and value in one line: the INSERT, the UPDATE, the columns read
     * back and every bind follow from this list, so a new column is one line here (and its migration).
     */
    private enum Column {
        SOURCE("source", Role.KEY, (s, i, row, now, d) -> s.setString(i, row.source())),
        RECORD_ID("record_id", Role.KEY, (s, i, row, now, d) -> s.setString(i, row.record().id())),
        SESSION_ID("session_id", Role.CONTENT, (s, i, row, now, d) -> s.setString(i, row.record().sessionId())),
        ACTOR("actor", Role.CONTENT, (s, i, row, now, d) -> s.setString(i, row.record().actor())),
        ACTION("action", Role.CONTENT, (s, i, row, now, d) -> s.setString(i, row.record().action())),
        OUTCOME("outcome", Role.CONTENT, (s, i, row, now, d) -> s.setString(i, row.record().outcome().name())),
        OCCURRED_AT("occurred_at", Role.CONTENT, (s, i, row, now, d) -> d.setInstant(s, i, row.occurredAt())),
        MESSAGE("message", Role.CONTENT, (s, i, row, now, d) -> s.setString(i, row.record().message())),
        ATTRIBUTES("attributes", Role.CONTENT, (s, i, row, now, d) -> s.setString(i, row.attributes())),
        DURATION_MICROS("duration_micros", Role.CONTENT, (s, i, row, now, d) -> setMicros(s, i, row.record().duration())),
        FINGERPRINT("fingerprint", Role.FINGERPRINT, (s, i, row, now, d) -> s.setString(i, row.fingerprint())),
        FIRST_SEEN_AT("first_seen_at", Role.FIRST_SEEN, (s, i, row, now, d) -> d.setInstant(s, i, now)),
        UPDATED_AT("updated_at", Role.UPDATED, (s, i, row, now, d) -> d.setInstant(s, i, now));

        private final String column;
        private final Role role;
        private final Binder binder;

        Column(String column, Role role, Binder binder) {
            this.column = column;
            this.role = role;
            this.binder = binder;
        }

        static List<Column> having(Role... roles) {
            List<Role> wanted = List.of(roles);
            return Stream.of(values()).filter(c -> wanted.contains(c.role)).toList();
        }
    }

    private static final List<Column> INSERTED = List.of(Column.values());
    private static final List<Column> UPDATED = Column.having(Role.CONTENT, Role.FINGERPRINT, Role.UPDATED);
    private static final List<Column> READ = Column.having(Role.KEY, Role.CONTENT);
    private static final List<Column> UPDATE_WHERE = List.of(Column.SOURCE, Column.RECORD_ID, Column.FINGERPRINT);

    private static final String INSERT = "INSERT INTO activity_record (" + names(INSERTED, ", ") + ") VALUES ";
    private static final String ROW_VALUES = "(" + String.join(", ", Collections.nCopies(INSERTED.size(), "?")) + ")";
    private static final String SKIP_HELD_ROWS = " ON CONFLICT (source, record_id) DO NOTHING";
    private static final String RETURNING_INSERTED_IDS = SKIP_HELD_ROWS + " RETURNING record_id";
    private static final String UPDATE = "UPDATE activity_record SET " + names(UPDATED, " = ?, ") + " = ? "
        + "WHERE source = ? AND record_id = ? AND fingerprint <> ?";
    /** The columns a record is read back from. */
    static final String COLUMNS = names(READ, ", ");
    private static final TypeReference<LinkedHashMap<String, Object>> ATTRIBUTES = new TypeReference<>() {};

    private final Dialect dialect;
    // the SDK's configuration, storing attributes as they are (nulls nested in a value kept: they are part of
    // the fingerprint), whole numbers read back as longs
    private final ObjectMapper json = ((JsonMapper) JsonMappers.newMapper()).rebuild()
        .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.ALWAYS, JsonInclude.Include.ALWAYS))
        .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS).enable(DeserializationFeature.USE_LONG_FOR_INTS).build();
    private final Sha256 sha256 = new Sha256();

    RecordTable(Dialect dialect) {
        this.dialect = dialect;
    }

    private static void setMicros(PreparedStatement statement, int index, Optional<Duration> duration)
        throws SQLException {
        if (duration.isPresent()) {
            statement.setLong(index, micros(duration.get()));
        } else {
            statement.setNull(index, Types.BIGINT);
        }
    }

    private static long micros(Duration duration) {
        return duration.getSeconds() * 1_000_000 + duration.getNano() / 1_000;
    }

    private static String names(List<Column> columns, String separator) {
        return columns.stream().map(c -> c.column).collect(Collectors.joining(separator));
    }

    /** What writing a page did. */
    record Written(int inserted, int updated) {}

    /**
     * Writes one page of one source; the caller commits. New records are inserted with
     * {@code ON CONFLICT DO NOTHING}, the way the dialect does fastest; only those the table already held
     * are then compared by fingerprint and updated if their content changed. A record read twice in the
     * page (a listing that shifted while it was paged) counts once.
     */
    Written write(Connection connection, String source, Collection<ActivityRecord> page, Instant now)
        throws SQLException {
        Map<String, Row> rows = new LinkedHashMap<>();
        for (ActivityRecord record : page) {
            rows.put(record.id(), row(source, record));
        }
        if (rows.isEmpty()) {
            return new Written(0, 0);
        }
        Set<String> insertedIds = dialect.insertsPagesInOneStatement()
            ? insertInOneStatement(connection, rows, now)
            : insertInABatch(connection, rows, now);
        List<Row> held = new ArrayList<>();
        for (Map.Entry<String, Row> entry : rows.entrySet()) {
            if (!insertedIds.contains(entry.getKey())) {
                held.add(entry.getValue());
            }
        }
        int inserted = rows.size() - held.size();
        int updated = 0;
        if (!held.isEmpty()) {
            try (PreparedStatement update = connection.prepareStatement(UPDATE)) {
                for (Row row : held) {
                    int next = bind(update, 1, UPDATED, row, now);
                    bind(update, next, UPDATE_WHERE, row, now);
                    update.addBatch();
                }
                for (int count : update.executeBatch()) {
                    updated += count > 0 ? 1 : 0;
                }
            }
        }
        return new Written(inserted, updated);
    }

    /**
     * One multi-row {@code INSERT ... RETURNING record_id}: one execution for the page, where a batch
     * executes one statement per row. A page of at most 1,000 records binds at most 13,000 parameters,
     * under PostgreSQL's limit of 32,767.
     */
    private Set<String> insertInOneStatement(Connection connection, Map<String, Row> rows, Instant now)
        throws SQLException {
        Set<String> insertedIds = new HashSet<>();
        try (PreparedStatement insert = connection.prepareStatement(insertOf(rows.size()))) {
            int next = 1;
            for (Row row : rows.values()) {
                next = bind(insert, next, INSERTED, row, now);
            }
            try (ResultSet ids = insert.executeQuery()) {
                while (ids.next()) {
                    insertedIds.add(ids.getString(1));
                }
            }
        }
        return insertedIds;
    }

    /** A batch of one-row inserts, each counting 1 when it inserted its row and 0 when the row was held. */
    private Set<String> insertInABatch(Connection connection, Map<String, Row> rows, Instant now)
        throws SQLException {
        Set<String> insertedIds = new HashSet<>();
        try (PreparedStatement insert = connection.prepareStatement(INSERT + ROW_VALUES + SKIP_HELD_ROWS)) {
            for (Row row : rows.values()) {
                bind(insert, 1, INSERTED, row, now);
                insert.addBatch();
            }
            int[] counts = insert.executeBatch();
            int i = 0;
            for (String id : rows.keySet()) {
                if (counts[i++] == 1) {
                    insertedIds.add(id);
                }
            }
        }
        return insertedIds;
    }

    private static String insertOf(int rowCount) {
        StringBuilder sql = new StringBuilder(INSERT.length() + RETURNING_INSERTED_IDS.length()
            + rowCount * (ROW_VALUES.length() + 2)).append(INSERT);
        for (int i = 0; i < rowCount; i++) {
            sql.append(i == 0 ? "" : ", ").append(ROW_VALUES);
        }
        return sql.append(RETURNING_INSERTED_IDS).toString();
    }

    /** Binds {@code columns} of {@code row} from parameter {@code first} on; returns the next parameter's index. */
    private int bind(PreparedStatement statement, int first, List<Column> columns, Row row, Instant now)
        throws SQLException {
        int index = first;
        for (Column column : columns) {
            column.binder.bind(statement, index++, row, now, dialect);
        }
        return index;
    }

    /** A record's columns as stored, with the fingerprint of their content. */
    private record Row(String source, ActivityRecord record, Instant occurredAt, String attributes,
                       String fingerprint) {}

    private Row row(String source, ActivityRecord record) {
        Instant occurredAt = Dialect.stored(record.occurredAt());
        String attributes = attributesJson(record.attributes());
        // a record without a duration keeps the fingerprint it had before durations were stored
        byte[] fingerprint = record.duration().isEmpty()
            ? sha256.ofParts(record.sessionId(), record.actor(), record.action(), record.outcome().name(),
                String.valueOf(occurredAt), record.message(), attributes)
            : sha256.ofParts(record.sessionId(), record.actor(), record.action(), record.outcome().name(),
                String.valueOf(occurredAt), record.message(), attributes, String.valueOf(micros(record.duration().get())));
        return new Row(source, record, occurredAt, attributes, HexFormat.of().formatHex(fingerprint));
    }

    /** A row of {@link #COLUMNS} as the record it was. */
    ActivityRecord read(ResultSet row) throws SQLException {
        return new ActivityRecord(row.getString("source"), row.getString("record_id"), row.getString("session_id"),
            row.getString("actor"), row.getString("action"), outcome(row.getString("outcome")),
            dialect.getInstant(row, "occurred_at"), row.getString("message"), attributes(row.getString("attributes")),
            duration(row));
    }

    private static Optional<Duration> duration(ResultSet row) throws SQLException {
        long micros = row.getLong("duration_micros");
        return row.wasNull() ? Optional.empty() : Optional.of(Duration.of(micros, ChronoUnit.MICROS));
    }

    private static ActivityOutcome outcome(String name) {
        try {
            return ActivityOutcome.valueOf(name);
        } catch (IllegalArgumentException unknown) {
            return ActivityOutcome.UNKNOWN;
        }
    }

    private String attributesJson(Map<String, Object> attributes) {
        try {
            return json.writeValueAsString(attributes);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("a record's attributes cannot be written as JSON: " + e.getMessage(), e);
        }
    }

    private Map<String, Object> attributes(String text) {
        try {
            return json.readValue(text, ATTRIBUTES);
        } catch (JsonProcessingException e) {
            throw new ArchiveException("an archived record's attributes are not JSON: " + e.getOriginalMessage(), e);
        }
    }
}
