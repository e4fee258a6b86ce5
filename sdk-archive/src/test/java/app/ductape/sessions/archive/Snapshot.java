package app.ductape.sessions.archive;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.TreeMap;

/** Every archived record of a database, column by column (not the bookkeeping times), to compare two databases. */
final class Snapshot {
    private Snapshot() {}

    /** {@code source/record_id} to the record's stored columns. */
    static Map<String, String> of(Databases.Target target) throws SQLException {
        Map<String, String> rows = new TreeMap<>();
        try (Connection connection = target.connect(); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT source, record_id, session_id, actor, action, outcome, "
                 + "occurred_at, message, attributes, fingerprint FROM activity_record")) {
            while (row.next()) {
                String key = row.getString(1) + "/" + row.getString(2);
                String previous = rows.put(key, String.join("|", row.getString(3), row.getString(4), row.getString(5),
                    row.getString(6), String.valueOf(row.getObject(7)), row.getString(8), row.getString(9),
                    row.getString(10)));
                if (previous != null) {
                    throw new AssertionError("a duplicate record: " + key);
                }
            }
        }
        return rows;
    }

    /** How many records each source holds. */
    static Map<String, Long> counts(Databases.Target target) throws SQLException {
        Map<String, Long> counts = new TreeMap<>();
        try (Connection connection = target.connect(); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT source, COUNT(*) FROM activity_record GROUP BY source")) {
            while (row.next()) {
                counts.put(row.getString(1), row.getLong(2));
            }
        }
        return counts;
    }
}
