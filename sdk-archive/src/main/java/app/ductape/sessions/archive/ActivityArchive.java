package app.ductape.sessions.archive;

import app.ductape.sessions.connectors.ActivityOutcome;
import app.ductape.sessions.connectors.ActivityQuery;
import app.ductape.sessions.connectors.ActivityRecord;
import app.ductape.sessions.connectors.ActivitySource;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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
    private static final Logger LOG = LoggerFactory.getLogger(ActivityArchive.class);
    private static final String STATE = "SELECT high_water_mark, last_synced_at FROM sync_state "
        + "WHERE source = ? AND scope = ?";
    private static final String ADVANCE = "INSERT INTO sync_state (source, scope, high_water_mark, last_synced_at) "
        + "VALUES (?, ?, ?, ?) ON CONFLICT (source, scope) DO UPDATE SET "
        + "high_water_mark = excluded.high_water_mark, last_synced_at = excluded.last_synced_at";

    private final HikariDataSource dataSource;
    private final Dialect dialect;
    private final RecordTable records;
    private final SyncLocks locks;
    private final List<Scope> scopes;
    private final Duration overlap;
    private final Instant from;
    private final int pageSize;
    private final Duration minInterval;
    private final Clock clock;
    private final Consumer<SyncProgress> progress;

    /** One part of a source synced on its own, with its own mark and lock. */
    private record Scope(ActivitySource source, String name, boolean dated) {}

    private ActivityArchive(Builder builder, HikariDataSource dataSource, Dialect dialect) {
        this.dataSource = dataSource;
        this.dialect = dialect;
        this.records = new RecordTable(dialect);
        this.locks = SyncLocks.of(dialect, builder.jdbcUrl, dataSource);
        this.scopes = List.copyOf(builder.scopes);
        this.overlap = builder.overlap;
        this.from = builder.from;
        this.pageSize = builder.pageSize;
        this.minInterval = builder.minInterval;
        this.clock = builder.clock;
        this.progress = builder.progress;
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
        try (SyncLocks.Held whole = locks.sync()) {
            for (Scope scope : scopes) {
                reports.add(sync(scope));
            }
        }
        return new SyncReport(reports, Duration.ofNanos(System.nanoTime() - started));
    }

    private SourceReport sync(Scope scope) {
        String source = scope.source().name();
        long started = System.nanoTime();
        Instant now = Dialect.stored(clock.instant());
        SyncLocks.Held lock = locks.scope(source, scope.name());
        if (lock == null) {
            return new SourceReport(source, scope.name(), SourceReport.Status.SKIPPED_LOCKED, 0, 0, 0, 0,
                Duration.ZERO, Optional.empty(), Optional.empty(), Optional.of("another worker is syncing it"));
        }
        try (lock; Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            State state = state(connection, source, scope.name());
            if (state.lastSynced() != null && !minInterval.isZero()
                && now.isBefore(state.lastSynced().plus(minInterval))) {
                return new SourceReport(source, scope.name(), SourceReport.Status.SKIPPED_RECENT, 0, 0, 0, 0,
                    Duration.ZERO, Optional.empty(), Optional.empty(), Optional.of("synced at " + state.lastSynced()));
            }
            Instant windowFrom = !scope.dated() ? null : state.mark() != null ? state.mark().minus(overlap) : from;
            Window window = new Window(connection, source, scope, now, started);
            try {
                window.run(windowFrom);
                return window.report(SourceReport.Status.SYNCED, windowFrom, null);
            } catch (DatabaseFailure e) {
                throw e.unwrap();
            } catch (RuntimeException sourceFailure) {
                rollback(connection);
                return window.report(SourceReport.Status.FAILED, windowFrom, describe(sourceFailure));
            }
        } catch (SQLException e) {
            throw new ArchiveException("the archive's database failed while syncing " + source + "/" + scope.name(), e);
        }
    }

    /** One source's window being copied, page by page. */
    private final class Window {
        private final Connection connection;
        private final String source;
        private final Scope scope;
        private final Instant now;
        private final long started;
        private long read;
        private long inserted;
        private long updated;
        private int pages;
        private int progressFailures;

        Window(Connection connection, String source, Scope scope, Instant now, long started) {
            this.connection = connection;
            this.source = source;
            this.scope = scope;
            this.now = now;
            this.started = started;
        }

        void run(Instant windowFrom) {
            ActivityQuery.Builder query = ActivityQuery.builder().pageSize(pageSize);
            if (scope.dated()) {
                // no upper bound: a record newer than the mark is read now or, as the next window starts
                // before the mark, next time; either way once
                query.from(windowFrom);
            } else {
                query.sessionId(scope.name());
            }
            try (Stream<ActivityRecord> stream = scope.source().records(query.build())) {
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
            List<ActivityRecord> page = new ArrayList<>(pageSize);
            while (page.size() < pageSize && all.hasNext()) {
                page.add(all.next());
            }
            return page;
        }

        /** One page in one transaction; the last one moves the mark with it. */
        private void write(List<ActivityRecord> page, boolean last) {
            try {
                RecordTable.Written written = records.write(connection, source, page, now);
                if (last) {
                    try (PreparedStatement advance = connection.prepareStatement(ADVANCE)) {
                        advance.setString(1, source);
                        advance.setString(2, scope.name());
                        dialect.setInstant(advance, 3, scope.dated() ? now : null);
                        dialect.setInstant(advance, 4, now);
                        advance.executeUpdate();
                    }
                }
                connection.commit();
                read += page.size();
                inserted += written.inserted();
                updated += written.updated();
                pages += page.isEmpty() ? 0 : 1;
            } catch (SQLException e) {
                rollback(connection);
                throw new DatabaseFailure(new ArchiveException("writing a page of " + source + "/" + scope.name()
                    + " failed", e));
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
                progress.accept(new SyncProgress(source, scope.name(), read, pages, elapsed()));
            } catch (RuntimeException e) {
                if (progressFailures++ == 0) {
                    LOG.warn("The progress listener failed after a committed page of {}/{}; the sync goes on",
                        source, scope.name(), e);
                }
            }
        }

        private Duration elapsed() {
            return Duration.ofNanos(System.nanoTime() - started);
        }

        SourceReport report(SourceReport.Status status, Instant windowFrom, String error) {
            if (progressFailures > 1) {
                LOG.warn("The progress listener failed {} times in all during the sync of {}/{}", progressFailures,
                    source, scope.name());
            }
            return new SourceReport(source, scope.name(), status, read, inserted, updated, pages, elapsed(),
                Optional.ofNullable(windowFrom), scope.dated() ? Optional.of(now) : Optional.empty(),
                Optional.ofNullable(error));
        }
    }

    /** A database failure inside a window, told apart from the source's failures on the way out. */
    private static final class DatabaseFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        DatabaseFailure(ArchiveException cause) {
            super(cause);
        }

        ArchiveException unwrap() {
            return (ArchiveException) getCause();
        }
    }

    private record State(Instant mark, Instant lastSynced) {}

    private State state(Connection connection, String source, String scope) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(STATE)) {
            select.setString(1, source);
            select.setString(2, scope);
            try (ResultSet row = select.executeQuery()) {
                State state = row.next() ? new State(dialect.getInstant(row, "high_water_mark"),
                    dialect.getInstant(row, "last_synced_at")) : new State(null, null);
                connection.commit();
                return state;
            }
        }
    }

    private static void rollback(Connection connection) {
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // the connection is broken; closing it discards the transaction anyway
        }
    }

    private static String describe(RuntimeException failure) {
        return failure.getClass().getSimpleName() + ": " + failure.getMessage();
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
        Objects.requireNonNull(query, "query");
        Filter filter = Filter.of(query, sources);
        String sql = "SELECT " + RecordTable.COLUMNS + " FROM activity_record" + filter.where()
            + " ORDER BY occurred_at DESC, source, record_id";
        Connection connection = null;
        try {
            connection = dataSource.getConnection();
            connection.setAutoCommit(false);
            PreparedStatement select = connection.prepareStatement(sql);
            select.setFetchSize(query.pageSize());
            filter.bind(select, dialect);
            ResultSet rows = select.executeQuery();
            Connection open = connection;
            return StreamSupport.stream(new Spliterators.AbstractSpliterator<ActivityRecord>(Long.MAX_VALUE,
                Spliterator.ORDERED | Spliterator.NONNULL) {
                @Override
                public boolean tryAdvance(Consumer<? super ActivityRecord> action) {
                    try {
                        if (!rows.next()) {
                            return false;
                        }
                        action.accept(records.read(rows));
                        return true;
                    } catch (SQLException e) {
                        throw new ArchiveException("reading the archive failed", e);
                    }
                }
            }, false).onClose(() -> closeAll(rows, select, open));
        } catch (SQLException e) {
            if (connection != null) {
                closeAll(null, null, connection);
            }
            throw new ArchiveException("querying the archive failed", e);
        }
    }

    private static void closeAll(ResultSet rows, PreparedStatement statement, Connection connection) {
        try (connection; statement; rows) {
            connection.rollback();
        } catch (SQLException e) {
            throw new ArchiveException("closing a query of the archive failed", e);
        }
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
        Objects.requireNonNull(query, "query");
        Filter filter = Filter.of(query, sources);
        String day = dialect.dayOfOccurrence();
        String sql = "SELECT source, outcome, " + day + " AS day, COUNT(*) AS records FROM activity_record"
            + filter.where() + " GROUP BY source, outcome, " + day + " ORDER BY day, source, outcome";
        List<ArchiveSummary.Row> rows = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(sql)) {
            filter.bind(select, dialect);
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    String date = result.getString("day");
                    rows.add(new ArchiveSummary.Row(result.getString("source"),
                        ActivityOutcome.valueOf(result.getString("outcome")),
                        Optional.ofNullable(date).map(LocalDate::parse), result.getLong("records")));
                }
            }
        } catch (SQLException e) {
            throw new ArchiveException("summarizing the archive failed", e);
        }
        return new ArchiveSummary(rows);
    }

    /** Releases the connection pool. */
    @Override
    public void close() {
        dataSource.close();
    }

    @Override
    public String toString() {
        return "ActivityArchive[" + dialect + ", " + scopes.size() + " source scope(s), overlap=" + overlap + "]";
    }

    /** Builds an {@link ActivityArchive}; {@link #build()} validates, connects and migrates. */
    public static final class Builder {
        private String jdbcUrl;
        private String user;
        private String password;
        private final List<Scope> scopes = new ArrayList<>();
        private Duration overlap = Duration.ofMinutes(10);
        private Instant from;
        private int pageSize = ActivityQuery.DEFAULT_PAGE_SIZE * 5;
        private Duration minInterval = Duration.ZERO;
        private Clock clock = Clock.systemUTC();
        private Consumer<SyncProgress> progress = update -> { };

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
            if (scopes.stream().anyMatch(s -> s.source().name().equals(source.name()) && s.name().equals(scope))) {
                throw new IllegalArgumentException("source " + source.name() + " is already archived under scope '"
                    + scope + "': give each of its sources its own scope");
            }
            scopes.add(new Scope(source, scope, dated));
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
            if (scopes.isEmpty()) {
                throw new IllegalArgumentException("at least one source is required: source(...) or sessions(...)");
            }
            Dialect dialect = Dialect.of(jdbcUrl);
            if (dialect == Dialect.SQLITE) {
                SyncLocks.sqliteFile(jdbcUrl);
            }
            HikariDataSource dataSource = pool(dialect);
            try {
                Flyway.configure().dataSource(dataSource).locations(dialect.migrations()).load().migrate();
            } catch (FlywayException e) {
                dataSource.close();
                throw new ArchiveException("the archive's tables cannot be created or migrated in " + dialect, e);
            }
            return new ActivityArchive(this, dataSource, dialect);
        }

        private HikariDataSource pool(Dialect dialect) {
            HikariConfig config = new HikariConfig();
            config.setJdbcUrl(jdbcUrl);
            config.setUsername(user);
            config.setPassword(password);
            config.setPoolName("ductape-archive");
            config.setMaximumPoolSize(4);
            if (dialect == Dialect.SQLITE) {
                // WAL: readers never block the writer; FULL: a committed page survives a power cut
                config.addDataSourceProperty("journal_mode", "WAL");
                config.addDataSourceProperty("synchronous", "FULL");
                config.addDataSourceProperty("busy_timeout", "30000");
            }
            try {
                return new HikariDataSource(config);
            } catch (RuntimeException e) {
                throw new ArchiveException("the archive's database cannot be reached at " + Dialect.of(jdbcUrl)
                    + " URL " + jdbcUrl.replaceAll("password=[^&;]*", "password=****") + ": " + e.getMessage(), e);
            }
        }
    }
}
