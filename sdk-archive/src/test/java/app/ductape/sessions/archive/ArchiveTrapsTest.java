package app.ductape.sessions.archive;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.slf4j.LoggerFactory;

/** Failures around a committed page and a held lock that must not turn into a wrong report or a stuck source. */
class ArchiveTrapsTest {
    private final Emulators emulators = new Emulators();
    private final ListAppender<ILoggingEvent> logs = new ListAppender<>();

    @BeforeEach
    void listen() {
        logs.start();
        ((Logger) LoggerFactory.getLogger(ActivityArchive.class)).addAppender(logs);
    }

    @AfterEach
    void stop() {
        ((Logger) LoggerFactory.getLogger(ActivityArchive.class)).detachAppender(logs);
        emulators.close();
    }

    @ParameterizedTest
    @EnumSource(Databases.Kind.class)
    void aThrowingProgressListenerNeitherFailsACommittedPageNorGoesUnlogged(Databases.Kind kind) throws Exception {
        Databases.Target db = Databases.create(kind);
        AtomicInteger told = new AtomicInteger();
        try (ActivityArchive archive = db.archive().clock(emulators.clock).source(emulators.clients.saymonSource())
                 .pageSize(50).progress(page -> {
                     told.incrementAndGet();
                     throw new IllegalStateException("the progress bar broke");
                 }).build()) {
            SyncReport report = archive.sync();

            assertThat(report.ok()).as(report.toString()).isTrue();
            SourceReport saymon = report.sources().get(0);
            assertThat(saymon.status()).isEqualTo(SourceReport.Status.SYNCED);
            assertThat(saymon.pages()).isEqualTo(told.get()).isGreaterThan(1);
            assertThat(Snapshot.counts(db).get("saymon")).isEqualTo(saymon.read());
            assertThat(logs.list).extracting(ILoggingEvent::getFormattedMessage)
                .anyMatch(line -> line.contains("progress listener failed after a committed page of saymon/all"))
                .anyMatch(line -> line.contains("failed " + told.get() + " times"));
            assertThat(logs.list).filteredOn(event -> event.getThrowableProxy() != null).hasSize(1);
        }
    }

    @Test
    void aLockWhoseReleaseFailsDoesNotOutliveItsSync() throws Exception {
        Databases.Target db = Databases.postgresql();
        String path = db.jdbcUrl().replaceFirst("\\?.*", "");
        String database = path.substring(path.lastIndexOf('/') + 1);
        try (Connection admin = db.connect(); Statement sql = admin.createStatement()) {
            sql.execute("CREATE ROLE archiver_" + database + " LOGIN PASSWORD 'archiver'");
            sql.execute("ALTER DATABASE " + database + " OWNER TO archiver_" + database);
            // the archive's unlock now fails, as one that times out or is cancelled would, and its lock stays
            sql.execute("REVOKE EXECUTE ON FUNCTION pg_advisory_unlock(bigint) FROM PUBLIC");
        }
        // the URL without its query, which names the superuser
        Databases.Target archiver = new Databases.Target(path, "archiver_" + database, "archiver");

        try (ActivityArchive first = archiver.archive().clock(emulators.clock).source(emulators.clients.saymonSource())
                 .build();
             ActivityArchive second = archiver.archive().clock(emulators.clock).source(emulators.clients.saymonSource())
                 .build()) {
            assertThat(first.sync().sources().get(0).status()).isEqualTo(SourceReport.Status.SYNCED);

            assertThat(advisoryLocks(db)).isZero();
            assertThat(second.sync().sources().get(0).status()).isEqualTo(SourceReport.Status.SYNCED);
            assertThat(logs.list).extracting(ILoggingEvent::getFormattedMessage)
                .anyMatch(line -> line.contains("Releasing the sync lock of saymon/all failed"));
        }
    }

    private static long advisoryLocks(Databases.Target db) throws SQLException {
        try (Connection admin = db.connect(); Statement sql = admin.createStatement();
             ResultSet count = sql.executeQuery("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory'")) {
            count.next();
            return count.getLong(1);
        }
    }
}
