package app.ductape.sessions.archive;

import static org.assertj.core.api.Assertions.assertThat;

import app.ductape.sessions.testsupport.ChildProcess;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A child JVM syncing the four emulated sources is killed with SIGKILL ({@code kill -9}) at random
 * moments of its sync, at least 20 times; then one clean sync runs, and the database must equal a
 * reference full sync record for record, with no gap and no duplicate (and, on SQLite, pass
 * {@code PRAGMA integrity_check}). The moments come from a fixed seed, so a failure can be replayed.
 */
class CrashTest {
    private static final int KILLS = 20;
    private static final long SEED = 20261125L;
    private final Emulators emulators = new Emulators();

    @AfterEach
    void stop() {
        emulators.close();
    }

    private SourceClients sources() {
        return CrashChild.sources(emulators.ductape.sessionsServiceBuilder(), emulators.apis.baseUrl());
    }

    // Longer than the build's 2 minutes: 40 child JVMs or more, each started, synced and killed, then two full
    // syncs; measured 53 s (SQLite) and 45 s (PostgreSQL) on an idle 2-core machine, so a busy one can near 2.
    @Timeout(value = 6, unit = TimeUnit.MINUTES)
    @ParameterizedTest
    @EnumSource(Databases.Kind.class)
    void killedMidSyncTwentyTimesThenOneCleanSyncEqualsAReferenceFullSync(Databases.Kind kind) throws Exception {
        Databases.Target reference = Databases.create(kind);
        try (SourceClients sources = sources();
             ActivityArchive archive = CrashChild.archive(reference.archive(), sources)) {
            assertThat(archive.sync().ok()).isTrue();
        }
        Databases.Target db = Databases.create(kind);
        Random random = new Random(SEED);
        int killed = 0;
        int completed = 0;
        List<Long> moments = new ArrayList<>();
        while (killed < KILLS) {
            long moment = random.nextInt(1500);
            if (runAndKill(db, moment)) {
                killed++;
                moments.add(moment);
            } else {
                completed++;
            }
            assertThat(killed + completed).as("runs").isLessThan(KILLS * 3);
        }
        System.out.printf("crash test (%s): killed mid-sync %d times (at %s ms after the sync began), %d runs "
            + "completed before their moment%n", kind, killed, moments, completed);

        try (SourceClients sources = sources();
             ActivityArchive archive = CrashChild.archive(db.archive(), sources)) {
            SyncReport clean = archive.sync();
            assertThat(clean.ok()).as(clean.toString()).isTrue();
        }

        assertThat(Snapshot.of(db)).isEqualTo(Snapshot.of(reference));
        if (kind == Databases.Kind.SQLITE) {
            try (Connection connection = db.connect(); Statement statement = connection.createStatement();
                 ResultSet check = statement.executeQuery("PRAGMA integrity_check")) {
                assertThat(check.next()).isTrue();
                assertThat(check.getString(1)).isEqualTo("ok");
            }
        }
    }

    /** Runs a child until it has synced for {@code moment} ms, then kills it: whether it was still syncing. */
    private boolean runAndKill(Databases.Target db, long moment) {
        ProcessBuilder builder = ChildProcess.java(CrashChild.class, db.jdbcUrl(), db.user() == null ? "-" : db.user(),
            db.password() == null ? "-" : db.password(), emulators.ductape.baseUrl(), emulators.apis.baseUrl());
        // the child reads the workspace credentials as a deployed application would: from its environment
        builder.environment().putAll(emulators.ductape.credentials().environment());
        try (ChildProcess child = ChildProcess.start("the syncing child", builder)) {
            child.awaitLine("syncing"::equals, Duration.ofSeconds(60), "the start of its sync");
            boolean finished;
            try {
                child.awaitLine("synced"::equals, Duration.ofMillis(moment), "the end of its sync");
                finished = true;
            } catch (IllegalStateException stillSyncing) {
                finished = false;
            }
            child.kill();
            assertThat(child.output()).as("the child did not fail on its own").doesNotContain("failed")
                .doesNotContain("Exception");
            return !finished;
        }
    }
}
