package app.ductape.sessions.archive;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/**
 * The archive's database: its dialect, its connection pool, its tables (created or migrated by Flyway when
 * opened) and its sync locks.
 */
final class ArchiveDatabase implements AutoCloseable {
    private final Dialect dialect;
    private final HikariDataSource pool;
    private final SyncLocks locks;

    private ArchiveDatabase(Dialect dialect, HikariDataSource pool, SyncLocks locks) {
        this.dialect = dialect;
        this.pool = pool;
        this.locks = locks;
    }

    /**
     * Connects and migrates.
     *
     * @throws IllegalArgumentException when the URL is neither SQLite on a file nor PostgreSQL
     * @throws ArchiveException         when the database cannot be reached or migrated
     */
    static ArchiveDatabase open(String jdbcUrl, String user, String password) {
        Dialect dialect = Dialect.of(jdbcUrl);
        if (dialect == Dialect.SQLITE) {
            SyncLocks.sqliteFile(jdbcUrl);
        }
        HikariDataSource pool = pool(dialect, jdbcUrl, user, password);
        try {
            Flyway.configure().dataSource(pool).locations(dialect.migrations()).load().migrate();
        } catch (FlywayException e) {
            pool.close();
            throw new ArchiveException("the archive's tables cannot be created or migrated in " + dialect, e);
        }
        return new ArchiveDatabase(dialect, pool, SyncLocks.of(dialect, jdbcUrl, pool));
    }

    private static HikariDataSource pool(Dialect dialect, String jdbcUrl, String user, String password) {
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
            throw new ArchiveException("the archive's database cannot be reached at " + dialect + " URL "
                + JdbcUrls.masked(jdbcUrl) + ": " + e.getMessage(), e);
        }
    }

    Dialect dialect() {
        return dialect;
    }

    SyncLocks locks() {
        return locks;
    }

    /** A pooled connection; the caller closes it. */
    Connection connection() throws SQLException {
        return pool.getConnection();
    }

    /** Releases the pool. */
    @Override
    public void close() {
        pool.close();
    }
}
