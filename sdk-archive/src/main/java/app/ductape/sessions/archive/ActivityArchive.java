package app.ductape.sessions.archive;

import app.ductape.sessions.connectors.ActivityQuery;
import app.ductape.sessions.connectors.ActivityRecord;
import app.ductape.sessions.connectors.ActivitySource;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * A crash-safe, incremental copy of session activity from any {@link ActivitySource} into SQLite or
 * PostgreSQL: nothing lost and nothing duplicated, whatever fails.
 *
 * <pre>{@code
 * try (ActivityArchive archive = ActivityArchive.builder().jdbcUrl("jdbc:sqlite:activity.db")
 *         .source(new DuctapeActivitySource(sessions, "my-product", "user-session"))
 *         .source(new SaymonActivitySource(saymon))
 *         .sessions(new CalweActivitySource(calwe), List.of("1001", "1002"))
 *         .overlap(Duration.ofMinutes(10)).build()) {
 *     SyncReport report = archive.sync();
 * }
 * }</pre>
 *
 * <ul>
 *   <li><b>Incremental.</b> Each source keeps a high-water mark, the time of its last complete sync. A
 *       sync reads the window from the mark minus the overlap to now (everything, or {@code from}, the
 *       first time). The overlap catches records that reach the source late. A source without dates
 *       (Calwe) re-reads its sessions whole. Records are identified by {@link ActivityRecord#id()}: one
 *       read twice is stored once, one changed at the source is updated in place.</li>
 *   <li><b>Crash-safe.</b> Each page is written in one transaction; the mark moves only in the
 *       transaction of the window's last page. A crash anywhere leaves a database the next sync completes.</li>
 *   <li><b>Failures.</b> A source that fails (401, 5xx after the client's retries, a malformed body)
 *       stops its own window without moving its mark; the other sources still run; the report names the
 *       error. The database failing throws {@link ArchiveException}.</li>
 *   <li><b>Workers.</b> On PostgreSQL any number of processes may sync the same archive: each source is
 *       synced by one of them at a time (advisory locks), the others move on. On SQLite one process
 *       syncs at a time; a second one fails at once, saying so.</li>
 * </ul>
 *
 * <p>Thread-safe; {@link #sync()} calls of one archive run one at a time. Close it to release the
 * connection pool. The design, and what is guaranteed under which failure: {@code docs/archive.md}.
 */
public final class ActivityArchive implements AutoCloseable {
    /** The scope of a source read whole, as opposed to one Calwe session. */
    public static final String ALL = "all";

    private final ArchiveDatabase database;
    private final ScopeSync scopeSync;
    private final ArchiveReader reader;
    private final List<MarkKey> keys;
    private final Duration overlap;
    private final SyncTracer tracer;

    private ActivityArchive(ArchiveDatabase database, SyncSettings settings, List<MarkKey> keys) {
        this.tracer = settings.tracer();
        this.database = database;
        this.scopeSync = new ScopeSync(database, settings);
        this.reader = new ArchiveReader(database);
        this.keys = List.copyOf(keys);
        this.overlap = settings.overlap();
    }

    /**
     * A builder; a JDBC URL and at least one source are required.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Copies what is new or changed in every source into the database, source after source.
     *
     * @return what was read, inserted and updated per source, and which sources failed
     * @throws ArchiveException when the database fails, or (SQLite) another process is syncing it
     */
    @SuppressWarnings("try")
    public synchronized SyncReport sync() {
        long started = System.nanoTime();
        List<SourceReport> reports = new ArrayList<>();
        SyncTracer.Sync traced = tracer.start();
        try (SyncLocks.HeldLock whole = database.locks().sync()) {
            for (MarkKey key : keys) {
                reports.add(scopeSync.sync(key, traced));
            }
        } catch (RuntimeException e) {
            traced.ended(null, e);
            throw e;
        }
        SyncReport report = new SyncReport(reports, Duration.ofNanos(System.nanoTime() - started));
        traced.ended(report, null);
        return report;
    }

    /**
     * The archived records matching {@code query} (its time range, actor and session), newest first, read
     * from the database as the stream is consumed. Close the stream: it holds a connection.
     *
     * @param query   the same filters as a live source's
     * @param sources only these sources' records; none for every source
     * @return the records, as the sources gave them
     * @throws ArchiveException when the database fails
     */
    public Stream<ActivityRecord> query(ActivityQuery query, String... sources) {
        return reader.query(Objects.requireNonNull(query, "query"), sources);
    }

    /**
     * Counts of the archived records matching {@code query}, by source, outcome and UTC day.
     *
     * @param query   the filters (time range, actor, session)
     * @param sources only these sources; none for every source
     * @return the counts
     * @throws ArchiveException when the database fails
     */
    public ArchiveSummary summary(ActivityQuery query, String... sources) {
        return reader.summary(Objects.requireNonNull(query, "query"), sources);
    }

    /** Releases the connection pool. */
    @Override
    public void close() {
        database.close();
    }

    @Override
    public String toString() {
        return "ActivityArchive[" + database.dialect() + ", " + keys.size() + " source scope(s), overlap=" + overlap
            + "]";
    }

    /** Builds an {@link ActivityArchive}; {@link #build()} validates, connects and migrates. */
    public static final class Builder {
        private String jdbcUrl;
        private String user;
        private String password;
        private final List<MarkKey> keys = new ArrayList<>();
        private Duration overlap = Duration.ofMinutes(10);
        private Instant from;
        private int pageSize = ActivityQuery.DEFAULT_PAGE_SIZE * 5;
        private Duration minInterval = Duration.ZERO;
        private Clock clock = Clock.systemUTC();
        private Consumer<SyncProgress> progress = update -> { };
        private SyncTracer tracer = SyncTracer.NONE;

        private Builder() {}

        /**
         * The database (required): {@code jdbc:sqlite:activity.db} (a file; WAL mode) or
         * {@code jdbc:postgresql://host/db}.
         *
         * @param jdbcUrl the JDBC URL
         * @return this builder
         */
        public Builder jdbcUrl(String jdbcUrl) {
            this.jdbcUrl = jdbcUrl;
            return this;
        }

        /**
         * The database user (PostgreSQL).
         *
         * @param user the user
         * @return this builder
         */
        public Builder user(String user) {
            this.user = user;
            return this;
        }

        /**
         * The database password (PostgreSQL).
         *
         * @param password the password
         * @return this builder
         */
        public Builder password(String password) {
            this.password = password;
            return this;
        }

        /**
         * A source read by time windows, whole ({@code scope} {@value ActivityArchive#ALL}).
         *
         * @param source a source that answers {@code from}/{@code to} queries (Ductape, SAYMON, ExaVault)
         * @return this builder
         */
        public Builder source(ActivitySource source) {
            return source(source, ALL);
        }

        /**
         * A source read by time windows, under a scope name of its own: two Ductape sources (two products)
         * each keep their own mark.
         *
         * @param source a source that answers {@code from}/{@code to} queries
         * @param scope  the name of its mark, unique for the source's name
         * @return this builder
         */
        public Builder source(ActivitySource source, String scope) {
            return add(source, scope, true);
        }

        /**
         * A source without dates (Calwe), re-read session by session, each whole, on every sync.
         *
         * @param source     a source answering {@code sessionId} queries
         * @param sessionIds the sessions to archive
         * @return this builder
         */
        public Builder sessions(ActivitySource source, Collection<String> sessionIds) {
            Objects.requireNonNull(sessionIds, "sessionIds");
            for (String sessionId : new LinkedHashSet<>(sessionIds)) {
                add(source, sessionId, false);
            }
            return this;
        }

        private Builder add(ActivitySource source, String scope, boolean dated) {
            Objects.requireNonNull(source, "source");
            if (scope == null || scope.isBlank()) {
                throw new IllegalArgumentException("`scope` must not be blank");
            }
            if (keys.stream().anyMatch(k -> k.sourceName().equals(source.name()) && k.scope().equals(scope))) {
                throw new IllegalArgumentException("source " + source.name() + " is already archived under scope '"
                    + scope + "': give each of its sources its own scope");
            }
            keys.add(new MarkKey(source, scope, dated));
            return this;
        }

        /**
         * How far before its mark a source's window starts, to catch records that reach it late (default
         * 10 minutes).
         *
         * @param overlap zero or more
         * @return this builder
         */
        public Builder overlap(Duration overlap) {
            if (overlap == null || overlap.isNegative()) {
                throw new IllegalArgumentException("`overlap` must be zero or more, but was " + overlap);
            }
            this.overlap = overlap;
            return this;
        }

        /**
         * Where a source's first sync starts (default: everything the source has).
         *
         * @param from the earliest activity to archive
         * @return this builder
         */
        public Builder from(Instant from) {
            this.from = from;
            return this;
        }

        /**
         * Records per page, and so per transaction (default 500, at most 1,000).
         *
         * @param pageSize 1 to 1,000
         * @return this builder
         */
        public Builder pageSize(int pageSize) {
            if (pageSize < 1 || pageSize > ActivityQuery.MAX_PAGE_SIZE) {
                throw new IllegalArgumentException("`pageSize` must be between 1 and " + ActivityQuery.MAX_PAGE_SIZE
                    + ", but was " + pageSize);
            }
            this.pageSize = pageSize;
            return this;
        }

        /**
         * Skips a source synced less than this long ago (default 0: never): with several workers started
         * together, each source is then read by one of them.
         *
         * @param minInterval zero or more
         * @return this builder
         */
        public Builder minInterval(Duration minInterval) {
            if (minInterval == null || minInterval.isNegative()) {
                throw new IllegalArgumentException("`minInterval` must be zero or more, but was " + minInterval);
            }
            this.minInterval = minInterval;
            return this;
        }

        /**
         * The clock of windows and marks (default: system UTC).
         *
         * @param clock the clock
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * Follows each sync, source and page, for tracing, such as the OpenTelemetry module's
         * {@code telemetry.archive().install(builder)}; a tracer's failure is logged, never the sync's.
         *
         * @param tracer the tracer
         * @return this builder
         */
        public Builder tracer(SyncTracer tracer) {
            this.tracer = Objects.requireNonNull(tracer, "tracer");
            return this;
        }

        /**
         * Told after each page is committed, on the syncing thread: for a progress line. An exception it
         * throws is logged and does not stop or fail the sync.
         *
         * @param progress the listener
         * @return this builder
         */
        public Builder progress(Consumer<SyncProgress> progress) {
            this.progress = Objects.requireNonNull(progress, "progress");
            return this;
        }

        /**
         * Connects, creates or migrates the tables (Flyway), and builds the archive.
         *
         * @return the archive
         * @throws IllegalArgumentException naming the missing or invalid setting
         * @throws ArchiveException         when the database cannot be reached or migrated
         */
        public ActivityArchive build() {
            if (jdbcUrl == null || jdbcUrl.isBlank()) {
                throw new IllegalArgumentException("`jdbcUrl` is required, such as jdbc:sqlite:activity.db");
            }
            if (keys.isEmpty()) {
                throw new IllegalArgumentException("at least one source is required: source(...) or sessions(...)");
            }
            return new ActivityArchive(ArchiveDatabase.open(jdbcUrl, user, password),
                new SyncSettings(overlap, from, pageSize, minInterval, clock, progress,
                    tracer == SyncTracer.NONE ? tracer : new GuardedSyncTracer(tracer)), keys);
        }
    }
}
