package app.ductape.sessions.archive;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import com.zaxxer.hikari.HikariDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Who may sync what. On PostgreSQL each source and scope is a session-level advisory lock taken with
 * {@code pg_try_advisory_lock}: two workers never sync the same one at once, a worker that finds one taken
 * moves on, and a worker that dies (kill -9) loses its locks with its connection. On SQLite, which has
 * no such locks and one writer at a time, a whole sync holds an operating-system lock on a file next to
 * the database: a second process fails at once, saying so.
 */
abstract sealed class SyncLocks permits SyncLocks.Advisory, SyncLocks.WholeFile {

    /** A lock this worker holds; closing releases it. */
    interface HeldLock extends AutoCloseable {
        @Override
        void close();
    }

    static SyncLocks of(Dialect dialect, String jdbcUrl, HikariDataSource dataSource) {
        if (dialect == Dialect.POSTGRESQL) {
            return new Advisory(dataSource);
        }
        return new WholeFile(Path.of(sqliteFile(jdbcUrl) + ".sync-lock"));
    }

    /** The lock of a whole sync, taken before any source; throws when another process holds it. */
    abstract HeldLock sync();

    /** The lock of one source and scope, or {@code null} when another worker holds it. */
    abstract HeldLock scope(String source, String scope);

    /**
     * The database file of a SQLite URL. An in-memory database is refused: each pooled connection would
     * have its own, and an archive that vanishes with the process archives nothing.
     */
    static Path sqliteFile(String jdbcUrl) {
        String rest = jdbcUrl.substring("jdbc:sqlite:".length());
        int query = rest.indexOf('?');
        String path = query < 0 ? rest : rest.substring(0, query);
        if (path.isEmpty() || path.equals(":memory:") || jdbcUrl.contains("mode=memory")) {
            throw new IllegalArgumentException("`jdbcUrl` must name a SQLite file (jdbc:sqlite:activity.db), but was "
                + "the in-memory " + jdbcUrl);
        }
        return Path.of(path.startsWith("file:") ? path.substring("file:".length()) : path).toAbsolutePath();
    }

    /**
     * PostgreSQL: an advisory lock per source and scope, on a connection of its own. A lock lives as long as
     * its connection's session, so a connection whose unlock failed is evicted from the pool rather than
     * returned to it: closing it for real ends the session and with it the lock, where a pooled connection
     * would keep the source locked until the pool recycled it.
     */
    static final class Advisory extends SyncLocks {
        private static final Logger LOG = LoggerFactory.getLogger(ActivityArchive.class);
        private final HikariDataSource dataSource;

        Advisory(HikariDataSource dataSource) {
            this.dataSource = dataSource;
        }

        @Override
        HeldLock sync() {
            return () -> { };
        }

        @Override
        HeldLock scope(String source, String scope) {
            long key = key(source, scope);
            Connection connection = null;
            try {
                connection = dataSource.getConnection();
                connection.setAutoCommit(true);
                if (!call(connection, "SELECT pg_try_advisory_lock(?)", key)) {
                    connection.close();
                    return null;
                }
                Connection held = connection;
                return () -> release(held, key, source + "/" + scope);
            } catch (SQLException e) {
                closeQuietly(connection);
                throw new ArchiveException("taking the lock of " + source + "/" + scope + " failed", e);
            }
        }

        private void release(Connection held, long key, String what) {
            SQLException failure = null;
            boolean released = false;
            try {
                released = call(held, "SELECT pg_advisory_unlock(?)", key);
            } catch (SQLException e) {
                failure = e;
            }
            if (released) {
                closeQuietly(held);
                return;
            }
            LOG.warn("Releasing the sync lock of {} failed; evicting its connection from the pool, which ends its "
                + "database session and the lock with it", what, failure);
            dataSource.evictConnection(held);
        }

        private static boolean call(Connection connection, String sql, long key) throws SQLException {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setLong(1, key);
                try (ResultSet result = statement.executeQuery()) {
                    return result.next() && result.getBoolean(1);
                }
            }
        }

        private static void closeQuietly(Connection connection) {
            if (connection != null) {
                try {
                    connection.close();
                } catch (SQLException ignored) {
                    // the lock was not taken; the pool replaces a broken connection
                }
            }
        }

        /** The lock's 64-bit key: the start of a SHA-256, so that no two scopes share one in practice. */
        static long key(String source, String scope) {
            // the same text as every earlier version, so that workers of two versions never hold one scope at once
            return ByteBuffer.wrap(new Sha256().ofText("app.ductape.sessions.archive/" + source + "/" + scope)).getLong();
        }
    }

    /** SQLite on a file: one sync at a time, across processes. */
    static final class WholeFile extends SyncLocks {
        private final Path lockFile;

        WholeFile(Path lockFile) {
            this.lockFile = lockFile;
        }

        @Override
        HeldLock sync() {
            FileChannel channel = null;
            try {
                channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock lock = channel.tryLock();
                if (lock == null) {
                    throw busy(null);
                }
                FileChannel open = channel;
                return () -> {
                    try (open) {
                        lock.release();
                    } catch (IOException e) {
                        throw new ArchiveException("releasing " + lockFile + " failed", e);
                    }
                };
            } catch (OverlappingFileLockException e) {
                close(channel);
                throw busy(e);
            } catch (IOException e) {
                close(channel);
                throw new ArchiveException("the sync lock " + lockFile + " cannot be taken", e);
            }
        }

        private ArchiveException busy(Exception cause) {
            return new ArchiveException("Another sync of this SQLite archive is running (it holds " + lockFile
                + "); SQLite takes one at a time: run one worker, or use PostgreSQL for more", cause);
        }

        private static void close(FileChannel channel) {
            if (channel != null) {
                try {
                    channel.close();
                } catch (IOException ignored) {
                    // nothing was locked
                }
            }
        }

        @Override
        HeldLock scope(String source, String scope) {
            return () -> { };
        }
    }
}
