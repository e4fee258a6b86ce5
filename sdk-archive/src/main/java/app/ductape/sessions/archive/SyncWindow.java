package app.ductape.sessions.archive;

import app.ductape.sessions.connectors.ActivityQuery;
import app.ductape.sessions.connectors.ActivityRecord;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One scope's window being copied, page by page: each page written in one transaction, the last one moving
 * the mark with it, and the counts of what was read, inserted and updated.
 */
final class SyncWindow {
    private static final Logger LOG = LoggerFactory.getLogger(ActivityArchive.class);

    private final Connection connection;
    private final MarkKey key;
    private final Instant now;
    private final long started;
    private final RecordTable records;
    private final SyncMarks marks;
    private final SyncSettings settings;
    private long read;
    private long inserted;
    private long updated;
    private int pages;
    private int progressFailures;
    private final SyncTracer.Source traced;

    SyncWindow(Connection connection, MarkKey key, Instant now, long started, RecordTable records, SyncMarks marks,
               SyncSettings settings, SyncTracer.Source traced) {
        this.traced = traced;
        this.connection = connection;
        this.key = key;
        this.now = now;
        this.started = started;
        this.records = records;
        this.marks = marks;
        this.settings = settings;
    }

    /**
     * Copies the window from {@code windowFrom} (the whole scope when undated).
     *
     * @throws DatabaseFailure when the database fails; any other exception is the source's
     */
    void run(Instant windowFrom) {
        ActivityQuery.Builder query = ActivityQuery.builder().pageSize(settings.pageSize());
        if (key.dated()) {
            // no upper bound: a record newer than the mark is read now or, as the next window starts
            // before the mark, next time; either way once
            query.from(windowFrom);
        } else {
            query.sessionId(key.scope());
        }
        try (Stream<ActivityRecord> stream = key.source().records(query.build())) {
            Iterator<ActivityRecord> all = stream.iterator();
            List<ActivityRecord> page = next(all);
            if (page.isEmpty()) {
                write(page, true);
            }
            while (!page.isEmpty()) {
                List<ActivityRecord> following;
                try {
                    following = next(all);
                } catch (RuntimeException sourceFailure) {
                    write(page, false);
                    throw sourceFailure;
                }
                write(page, following.isEmpty());
                page = following;
            }
        }
    }

    private List<ActivityRecord> next(Iterator<ActivityRecord> all) {
        List<ActivityRecord> page = new ArrayList<>(settings.pageSize());
        while (page.size() < settings.pageSize() && all.hasNext()) {
            page.add(all.next());
        }
        return page;
    }

    /** One page in one transaction; the last one moves the mark with it. */
    private void write(List<ActivityRecord> page, boolean last) {
        SyncTracer.Page tracedPage = page.isEmpty() ? SyncTracer.Page.NONE : traced.page();
        try {
            RecordTable.Written written = records.write(connection, key.sourceName(), page, now);
            if (last) {
                marks.advance(connection, key, now);
            }
            connection.commit();
            read += page.size();
            inserted += written.inserted();
            updated += written.updated();
            pages += page.isEmpty() ? 0 : 1;
            tracedPage.ended(page.size(), written.inserted(), written.updated(), null);
        } catch (SQLException e) {
            ScopeSync.rollback(connection);
            tracedPage.ended(page.size(), 0, 0, e);
            throw new DatabaseFailure(new ArchiveException("writing a page of " + key + " failed", e));
        }
        tellProgress();
    }

    /**
     * Tells the progress listener of a committed page. Its failure is its own: the page stays committed
     * and the sync goes on, and the failure is logged (the first with its stack trace, the count of the
     * rest when the window ends), never taken for the source's.
     */
    private void tellProgress() {
        try {
            settings.progress().accept(new SyncProgress(key.sourceName(), key.scope(), read, pages, elapsed()));
        } catch (RuntimeException e) {
            if (progressFailures++ == 0) {
                LOG.warn("The progress listener failed after a committed page of {}; the sync goes on", key, e);
            }
        }
    }

    private Duration elapsed() {
        return Duration.ofNanos(System.nanoTime() - started);
    }

    /** The window's report: its counts so far, its bounds, and the source's error, if it failed. */
    SourceReport report(SourceReport.Status status, Instant windowFrom, String error) {
        if (progressFailures > 1) {
            LOG.warn("The progress listener failed {} times in all during the sync of {}", progressFailures, key);
        }
        return new SourceReport(key.sourceName(), key.scope(), status, read, inserted, updated, pages, elapsed(),
            Optional.ofNullable(windowFrom), key.dated() ? Optional.of(now) : Optional.empty(),
            Optional.ofNullable(error));
    }

    /** A database failure inside a window, told apart from the source's failures on the way out. */
    static final class DatabaseFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        DatabaseFailure(ArchiveException cause) {
            super(cause);
        }

        ArchiveException unwrap() {
            return (ArchiveException) getCause();
        }
    }
}
