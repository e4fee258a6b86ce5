package app.ductape.sessions.archive;

import app.ductape.sessions.connectors.ActivityOutcome;
import app.ductape.sessions.connectors.ActivityQuery;
import app.ductape.sessions.connectors.ActivityRecord;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/** Reads the archive back: its records as a lazy stream, and counts of them. */
final class ArchiveReader {
    private final ArchiveDatabase database;
    private final RecordTable records;

    ArchiveReader(ArchiveDatabase database) {
        this.database = database;
        this.records = new RecordTable(database.dialect());
    }

    /** See {@link ActivityArchive#query}. */
    Stream<ActivityRecord> query(ActivityQuery query, String... sources) {
        WhereClause where = WhereClause.of(query, sources);
        String sql = "SELECT " + RecordTable.COLUMNS + " FROM activity_record" + where.where()
            + " ORDER BY occurred_at DESC, source, record_id";
        Connection connection = null;
        try {
            connection = database.connection();
            connection.setAutoCommit(false);
            PreparedStatement select = connection.prepareStatement(sql);
            select.setFetchSize(query.pageSize());
            where.bind(select, database.dialect());
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

    /** See {@link ActivityArchive#summary}. */
    ArchiveSummary summary(ActivityQuery query, String... sources) {
        WhereClause where = WhereClause.of(query, sources);
        String day = database.dialect().dayOfOccurrence();
        String sql = "SELECT source, outcome, " + day + " AS day, COUNT(*) AS records FROM activity_record"
            + where.where() + " GROUP BY source, outcome, " + day + " ORDER BY day, source, outcome";
        List<ArchiveSummary.Row> rows = new ArrayList<>();
        try (Connection connection = database.connection();
             PreparedStatement select = connection.prepareStatement(sql)) {
            where.bind(select, database.dialect());
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
}
