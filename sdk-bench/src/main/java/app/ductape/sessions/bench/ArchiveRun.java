package app.ductape.sessions.bench;

import app.ductape.sessions.SessionsService;
import app.ductape.sessions.archive.ActivityArchive;
import app.ductape.sessions.archive.SyncReport;
import app.ductape.sessions.connectors.ActivityQuery;
import app.ductape.sessions.connectors.ActivityRecord;
import app.ductape.sessions.connectors.ductape.DuctapeActivitySource;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Iterator;
import java.util.stream.Stream;

/**
 * One measured side of B8, in a fresh JVM under {@code -Xmx128m}: every {@code user-session} activity
 * record of the emulator into an empty database, by {@link ActivityArchive#sync()} ({@code sdk}) or by a
 * hand-written loop of the same reads and batched JDBC inserts, one transaction per page ({@code raw}).
 * Prints {@code RESULT <records> <seconds> <heap after GC at 10% in MiB> <heap after GC at the end in MiB>}.
 *
 * <p>Arguments: side jdbcUrl user password ductapeBaseUrl expectedRecords; the Ductape credentials come from
 * the environment ({@code SessionsService.Builder.fromEnv()}).
 */
public final class ArchiveRun {
    static final int PAGE = 1000;

    private ArchiveRun() {}

    public static void main(String[] args) throws Exception {
        String side = args[0];
        String jdbcUrl = args[1];
        String user = args[2].equals("-") ? null : args[2];
        String password = args[3].equals("-") ? null : args[3];
        long expected = Long.parseLong(args[5]);
        HeapProbe heap = new HeapProbe(expected / 10, expected);
        long started;
        long records;
        try (SessionsService sessions = SessionsService.builder().fromEnv().baseUrl(args[4])
                 .product("my-product").build()) {
            DuctapeActivitySource source = new DuctapeActivitySource(sessions, "my-product", "user-session");
            if (side.equals("sdk")) {
                try (ActivityArchive archive = ActivityArchive.builder().jdbcUrl(jdbcUrl).user(user).password(password)
                         .source(source).pageSize(PAGE).progress(progress -> heap.at(progress.read())).build()) {
                    started = System.nanoTime();
                    SyncReport report = archive.sync();
                    if (!report.ok()) {
                        throw new IllegalStateException(report.toString());
                    }
                    records = report.sources().get(0).inserted();
                }
            } else {
                try (Connection connection = DriverManager.getConnection(jdbcUrl, user, password)) {
                    createTable(connection, jdbcUrl);
                    started = System.nanoTime();
                    records = rawLoop(connection, source, heap);
                }
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        if (records != expected) {
            throw new IllegalStateException(side + " stored " + records + " records, not " + expected);
        }
        System.out.printf(java.util.Locale.ROOT, "RESULT %d %.3f %.1f %.1f%n", records, seconds, heap.early, heap.late);
    }

    /**
     * The archive's own table, with its indexes, from the archive's own migration: the raw loop writes the
     * same rows into the same table, only without the archive's machinery (fingerprints, upserts, marks).
     */
    private static void createTable(Connection connection, String jdbcUrl) throws Exception {
        boolean sqlite = jdbcUrl.startsWith("jdbc:sqlite:");
        String migration = "/db/migration/" + (sqlite ? "sqlite" : "postgresql") + "/V1__activity_archive.sql";
        String ddl;
        try (var in = ActivityArchive.class.getResourceAsStream(migration)) {
            ddl = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).replaceAll("(?m)^--.*$", "");
        }
        try (Statement statement = connection.createStatement()) {
            if (sqlite) {
                statement.execute("PRAGMA journal_mode=WAL");
                statement.execute("PRAGMA synchronous=FULL");
            }
            for (String sql : ddl.split(";")) {
                if (!sql.isBlank()) {
                    statement.execute(sql);
                }
            }
        }
        connection.setAutoCommit(false);
    }

    private static long rawLoop(Connection connection, DuctapeActivitySource source, HeapProbe heap) throws Exception {
        ObjectMapper json = new ObjectMapper();
        boolean sqlite = connection.getMetaData().getURL().startsWith("jdbc:sqlite:");
        long records = 0;
        try (Stream<ActivityRecord> all = source.records(ActivityQuery.builder().pageSize(PAGE).build());
             PreparedStatement insert = connection.prepareStatement("INSERT INTO activity_record (source, record_id, "
                 + "session_id, actor, action, outcome, occurred_at, message, attributes, fingerprint, first_seen_at, "
                 + "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, '', ?, ?)")) {
            Iterator<ActivityRecord> iterator = all.iterator();
            int inPage = 0;
            while (iterator.hasNext()) {
                ActivityRecord record = iterator.next();
                insert.setString(1, record.source());
                insert.setString(2, record.id());
                insert.setString(3, record.sessionId());
                insert.setString(4, record.actor());
                insert.setString(5, record.action());
                insert.setString(6, record.outcome().name());
                Instant now = Instant.now();
                if (sqlite) {
                    insert.setString(7, record.occurredAt() == null ? null : record.occurredAt().toString());
                    insert.setString(10, now.toString());
                    insert.setString(11, now.toString());
                } else {
                    insert.setTimestamp(7, record.occurredAt() == null ? null : Timestamp.from(record.occurredAt()));
                    insert.setTimestamp(10, Timestamp.from(now));
                    insert.setTimestamp(11, Timestamp.from(now));
                }
                insert.setString(8, record.message());
                insert.setString(9, json.writeValueAsString(record.attributes()));
                insert.addBatch();
                records++;
                if (++inPage == PAGE) {
                    insert.executeBatch();
                    connection.commit();
                    inPage = 0;
                    heap.at(records);
                }
            }
            insert.executeBatch();
            connection.commit();
            heap.at(records);
        }
        return records;
    }

    /**
     * The heap in use after a full GC, once a tenth of the way and once at the last page, both while the
     * run is under way: it must not grow with the records read.
     */
    private static final class HeapProbe {
        private final long earlyAt;
        private final long lateAt;
        double early = Double.NaN;
        double late = Double.NaN;

        HeapProbe(long earlyAt, long lateAt) {
            this.earlyAt = earlyAt;
            this.lateAt = lateAt;
        }

        void at(long read) {
            if (Double.isNaN(early) && read >= earlyAt) {
                early = usedAfterGc();
            } else if (Double.isNaN(late) && read >= lateAt) {
                late = usedAfterGc();
            }
        }

        private static double usedAfterGc() {
            System.gc();
            return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024.0 * 1024.0);
        }
    }
}
