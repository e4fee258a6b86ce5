package app.ductape.sessions.archive;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The sync of one {@link MarkKey}: skipped when another worker holds its lock or it was synced within the
 * minimum interval; otherwise its window, from the mark minus the overlap, copied by a {@link SyncWindow}.
 * A source's failure ends the window without moving the mark and is reported; a database failure throws.
 */
final class ScopeSync {
    private final ArchiveDatabase database;
    private final RecordTable records;
    private final SyncMarks marks;
    private final SyncSettings settings;

    ScopeSync(ArchiveDatabase database, SyncSettings settings) {
        this.database = database;
        this.records = new RecordTable(database.dialect());
        this.marks = new SyncMarks(database.dialect());
        this.settings = settings;
    }

    SourceReport sync(MarkKey key, SyncTracer.Sync traced) {
        SyncTracer.Source source = traced.source(key.sourceName(), key.scope());
        SourceReport report;
        try {
            report = source.within(() -> sync(key, source));
        } catch (RuntimeException databaseFailure) {
            source.ended(null, databaseFailure);
            throw databaseFailure;
        }
        source.ended(report, null);
        return report;
    }

    private SourceReport sync(MarkKey key, SyncTracer.Source traced) {
        long started = System.nanoTime();
        Instant now = Dialect.stored(settings.clock().instant());
        SyncLocks.HeldLock lock = database.locks().scope(key.sourceName(), key.scope());
        if (lock == null) {
            return skipped(key, SourceReport.Status.SKIPPED_LOCKED, "another worker is syncing it");
        }
        try (lock; Connection connection = database.connection()) {
            connection.setAutoCommit(false);
            SyncMarks.Mark mark = marks.read(connection, key);
            if (mark.lastSynced() != null && !settings.minInterval().isZero()
                && now.isBefore(mark.lastSynced().plus(settings.minInterval()))) {
                return skipped(key, SourceReport.Status.SKIPPED_RECENT, "synced at " + mark.lastSynced());
            }
            Instant windowFrom = !key.dated() ? null
                : mark.highWater() != null ? mark.highWater().minus(settings.overlap()) : settings.from();
            SyncWindow window = new SyncWindow(connection, key, now, started, records, marks, settings, traced);
            try {
                window.run(windowFrom);
                return window.report(SourceReport.Status.SYNCED, windowFrom, null);
            } catch (SyncWindow.DatabaseFailure e) {
                throw e.unwrap();
            } catch (RuntimeException sourceFailure) {
                rollback(connection);
                return window.report(SourceReport.Status.FAILED, windowFrom,
                    sourceFailure.getClass().getSimpleName() + ": " + sourceFailure.getMessage());
            }
        } catch (SQLException e) {
            throw new ArchiveException("the archive's database failed while syncing " + key, e);
        }
    }

    private static SourceReport skipped(MarkKey key, SourceReport.Status status, String why) {
        return new SourceReport(key.sourceName(), key.scope(), status, 0, 0, 0, 0, Duration.ZERO, Optional.empty(),
            Optional.empty(), Optional.of(why));
    }

    static void rollback(Connection connection) {
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // the connection is broken; closing it discards the transaction anyway
        }
    }
}
