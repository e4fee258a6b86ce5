package app.ductape.sessions.archive;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

/**
 * The {@code sync_state} table, the archive's offsets: for each {@link MarkKey}, its high-water mark (the
 * time of its last complete window) and when it was last synced.
 */
final class SyncMarks {
    private static final String READ = "SELECT high_water_mark, last_synced_at FROM sync_state "
        + "WHERE source = ? AND scope = ?";
    private static final String ADVANCE = "INSERT INTO sync_state (source, scope, high_water_mark, last_synced_at) "
        + "VALUES (?, ?, ?, ?) ON CONFLICT (source, scope) DO UPDATE SET "
        + "high_water_mark = excluded.high_water_mark, last_synced_at = excluded.last_synced_at";

    private final Dialect dialect;

    SyncMarks(Dialect dialect) {
        this.dialect = dialect;
    }

    /**
     * A key's mark.
     *
     * @param highWater  where its next window starts (before the overlap); {@code null} before the first sync
     *                   and for undated scopes
     * @param lastSynced when its last window completed; {@code null} before the first sync
     */
    record Mark(Instant highWater, Instant lastSynced) {}

    /** Reads {@code key}'s mark, and commits the read. */
    Mark read(Connection connection, MarkKey key) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(READ)) {
            select.setString(1, key.sourceName());
            select.setString(2, key.scope());
            try (ResultSet row = select.executeQuery()) {
                Mark mark = row.next() ? new Mark(dialect.getInstant(row, "high_water_mark"),
                    dialect.getInstant(row, "last_synced_at")) : new Mark(null, null);
                connection.commit();
                return mark;
            }
        }
    }

    /** Moves {@code key}'s mark to {@code now}, in the caller's transaction (that of the window's last page). */
    void advance(Connection connection, MarkKey key, Instant now) throws SQLException {
        try (PreparedStatement advance = connection.prepareStatement(ADVANCE)) {
            advance.setString(1, key.sourceName());
            advance.setString(2, key.scope());
            dialect.setInstant(advance, 3, key.dated() ? now : null);
            dialect.setInstant(advance, 4, now);
            advance.executeUpdate();
        }
    }
}
