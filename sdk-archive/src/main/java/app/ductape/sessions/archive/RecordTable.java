package app.ductape.sessions.archive;

import app.ductape.sessions.connectors.ActivityOutcome;
import app.ductape.sessions.connectors.ActivityRecord;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code activity_record} table: a page of records written in the caller's transaction, each either
 * new (inserted), changed at the source (updated in place) or already held (left alone), judged by a
 * fingerprint of its content; and rows read back as records. Not thread-safe: one sync writes at a time.
 */
final class RecordTable {
    private static final String INSERT = "INSERT INTO activity_record (source, record_id, session_id, actor, action, "
        + "outcome, occurred_at, message, attributes, fingerprint, first_seen_at, updated_at) VALUES ";
    private static final String ROW_VALUES = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final int INSERT_PARAMETERS = 12;
    private static final String INSERTED_NOTHING = " ON CONFLICT (source, record_id) DO NOTHING";
    private static final String INSERTED = INSERTED_NOTHING + " RETURNING record_id";
    private static final String UPDATE = "UPDATE activity_record SET session_id = ?, actor = ?, action = ?, "
        + "outcome = ?, occurred_at = ?, message = ?, attributes = ?, fingerprint = ?, updated_at = ? "
        + "WHERE source = ? AND record_id = ? AND fingerprint <> ?";
    static final String COLUMNS = "source, record_id, session_id, actor, action, outcome, occurred_at, message, "
        + "attributes";
    private static final TypeReference<LinkedHashMap<String, Object>> ATTRIBUTES = new TypeReference<>() {};

    private final Dialect dialect;
    private final ObjectMapper json = new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
        .enable(DeserializationFeature.USE_LONG_FOR_INTS);
    private final MessageDigest sha256;

    RecordTable(Dialect dialect) {
        this.dialect = dialect;
        try {
            this.sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
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
            rows.put(record.id(), row(record));
        }
        if (rows.isEmpty()) {
            return new Written(0, 0);
        }
        Set<String> insertedIds = dialect.insertsPagesInOneStatement()
            ? insertInOneStatement(connection, source, rows, now)
            : insertInABatch(connection, source, rows, now);
        List<Map.Entry<String, Row>> held = new ArrayList<>();
        for (Map.Entry<String, Row> entry : rows.entrySet()) {
            if (!insertedIds.contains(entry.getKey())) {
                held.add(entry);
            }
        }
        int inserted = rows.size() - held.size();
        int updated = 0;
        if (!held.isEmpty()) {
            try (PreparedStatement update = connection.prepareStatement(UPDATE)) {
                for (Map.Entry<String, Row> entry : held) {
                    bindUpdate(update, source, entry.getKey(), entry.getValue(), now);
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
     * executes one statement per row. A page of at most 1,000 records binds at most 12,000 parameters,
     * under PostgreSQL's limit of 32,767.
     */
    private Set<String> insertInOneStatement(Connection connection, String source, Map<String, Row> rows, Instant now)
        throws SQLException {
        Set<String> insertedIds = new HashSet<>();
        try (PreparedStatement insert = connection.prepareStatement(insertOf(rows.size()))) {
            int first = 1;
            for (Map.Entry<String, Row> entry : rows.entrySet()) {
                bindInsert(insert, first, source, entry.getKey(), entry.getValue(), now);
                first += INSERT_PARAMETERS;
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
    private Set<String> insertInABatch(Connection connection, String source, Map<String, Row> rows, Instant now)
        throws SQLException {
        Set<String> insertedIds = new HashSet<>();
        try (PreparedStatement insert = connection.prepareStatement(INSERT + ROW_VALUES + INSERTED_NOTHING)) {
            for (Map.Entry<String, Row> entry : rows.entrySet()) {
                bindInsert(insert, 1, source, entry.getKey(), entry.getValue(), now);
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
        StringBuilder sql = new StringBuilder(INSERT.length() + INSERTED.length()
            + rowCount * (ROW_VALUES.length() + 2)).append(INSERT);
        for (int i = 0; i < rowCount; i++) {
            sql.append(i == 0 ? "" : ", ").append(ROW_VALUES);
        }
        return sql.append(INSERTED).toString();
    }

    /** A record's columns as stored, with the fingerprint of their content. */
    private record Row(ActivityRecord record, Instant occurredAt, String attributes, String fingerprint) {}

    private Row row(ActivityRecord record) {
        Instant occurredAt = Dialect.stored(record.occurredAt());
        String attributes = attributesJson(record.attributes());
        for (String part : new String[] {record.sessionId(), record.actor(), record.action(), record.outcome().name(),
            String.valueOf(occurredAt), record.message(), attributes}) {
            sha256.update(String.valueOf(part).getBytes(StandardCharsets.UTF_8));
            sha256.update((byte) 0);
        }
        return new Row(record, occurredAt, attributes, HexFormat.of().formatHex(sha256.digest()));
    }

    /** One row's twelve parameters of {@link #INSERT}, from parameter {@code first} on. */
    private void bindInsert(PreparedStatement statement, int first, String source, String id, Row row, Instant now)
        throws SQLException {
        statement.setString(first, source);
        statement.setString(first + 1, id);
        bindContent(statement, first + 2, row);
        dialect.setInstant(statement, first + 10, now);
        dialect.setInstant(statement, first + 11, now);
    }

    private void bindUpdate(PreparedStatement statement, String source, String id, Row row, Instant now)
        throws SQLException {
        bindContent(statement, 1, row);
        dialect.setInstant(statement, 9, now);
        statement.setString(10, source);
        statement.setString(11, id);
        statement.setString(12, row.fingerprint());
    }

    /** The eight content columns, session_id to fingerprint, from parameter {@code first} on. */
    private void bindContent(PreparedStatement statement, int first, Row row) throws SQLException {
        ActivityRecord record = row.record();
        statement.setString(first, record.sessionId());
        statement.setString(first + 1, record.actor());
        statement.setString(first + 2, record.action());
        statement.setString(first + 3, record.outcome().name());
        dialect.setInstant(statement, first + 4, row.occurredAt());
        statement.setString(first + 5, record.message());
        statement.setString(first + 6, row.attributes());
        statement.setString(first + 7, row.fingerprint());
    }

    /** A row of {@link #COLUMNS} as the record it was. */
    ActivityRecord read(ResultSet row) throws SQLException {
        return new ActivityRecord(row.getString("source"), row.getString("record_id"), row.getString("session_id"),
            row.getString("actor"), row.getString("action"), outcome(row.getString("outcome")),
            dialect.getInstant(row, "occurred_at"), row.getString("message"), attributes(row.getString("attributes")));
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
