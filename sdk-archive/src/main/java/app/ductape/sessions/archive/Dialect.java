package app.ductape.sessions.archive;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.time.temporal.ChronoUnit;

/**
 * What differs between the two databases; everything else is one SQL text. SQLite has no time type, so
 * instants are UTC text of a fixed width (text order is time order); PostgreSQL has {@code timestamptz}.
 */
enum Dialect {
    SQLITE("sqlite", "substr(occurred_at, 1, 10)", false) {
        @Override
        void setInstant(PreparedStatement statement, int index, Instant instant) throws SQLException {
            if (instant == null) {
                statement.setNull(index, Types.VARCHAR);
            } else {
                statement.setString(index, TEXT.format(instant.atOffset(ZoneOffset.UTC)));
            }
        }

        @Override
        Instant getInstant(ResultSet row, String column) throws SQLException {
            String text = row.getString(column);
            return text == null ? null : Instant.parse(text);
        }
    },
    POSTGRESQL("postgresql", "to_char(occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD')", true) {
        @Override
        void setInstant(PreparedStatement statement, int index, Instant instant) throws SQLException {
            if (instant == null) {
                statement.setNull(index, Types.TIMESTAMP_WITH_TIMEZONE);
            } else {
                statement.setObject(index, instant.atOffset(ZoneOffset.UTC));
            }
        }

        @Override
        Instant getInstant(ResultSet row, String column) throws SQLException {
            OffsetDateTime time = row.getObject(column, OffsetDateTime.class);
            return time == null ? null : time.toInstant();
        }
    };

    /** {@code 2026-11-25T16:22:01.123456Z}: microseconds, PostgreSQL's precision, always six digits. */
    private static final DateTimeFormatter TEXT = new DateTimeFormatterBuilder()
        .appendPattern("uuuu-MM-dd'T'HH:mm:ss").appendFraction(ChronoField.MICRO_OF_SECOND, 6, 6, true)
        .appendLiteral('Z').toFormatter();

    private final String migrations;
    private final String dayOfOccurrence;
    private final boolean insertsPagesInOneStatement;

    Dialect(String migrations, String dayOfOccurrence, boolean insertsPagesInOneStatement) {
        this.migrations = "classpath:db/migration/" + migrations;
        this.dayOfOccurrence = dayOfOccurrence;
        this.insertsPagesInOneStatement = insertsPagesInOneStatement;
    }

    static Dialect of(String jdbcUrl) {
        if (jdbcUrl.startsWith("jdbc:sqlite:")) {
            return SQLITE;
        }
        if (jdbcUrl.startsWith("jdbc:postgresql:")) {
            return POSTGRESQL;
        }
        throw new IllegalArgumentException("`jdbcUrl` must be a SQLite (jdbc:sqlite:...) or PostgreSQL "
            + "(jdbc:postgresql://...) URL, but was " + JdbcUrls.masked(jdbcUrl));
    }

    /** Where the Flyway migrations of this database are. */
    String migrations() {
        return migrations;
    }

    /** The SQL expression of a record's UTC day, {@code 2026-11-25}. */
    String dayOfOccurrence() {
        return dayOfOccurrence;
    }

    /**
     * Whether a page is inserted by one multi-row statement rather than a batch of one-row statements.
     * PostgreSQL executes each statement of a batch on its own, so one statement for the page is faster.
     * SQLite runs in-process, where a batch costs one step of one prepared statement per row, and parsing a
     * page-long statement for every page costs more than it saves. The B8 figures of both choices:
     * {@code docs/benchmarks.md} and {@code sdk-bench/README.md}.
     */
    boolean insertsPagesInOneStatement() {
        return insertsPagesInOneStatement;
    }

    /** Instants are microsecond precision in both databases; a finer one would read back different. */
    static Instant stored(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MICROS);
    }

    abstract void setInstant(PreparedStatement statement, int index, Instant instant) throws SQLException;

    abstract Instant getInstant(ResultSet row, String column) throws SQLException;
}
