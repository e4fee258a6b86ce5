package app.ductape.sessions.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
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
    private boolean runAndKill(Databases.Target db, long moment) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder childProcess = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
            CrashChild.class.getName(), db.jdbcUrl(), db.user() == null ? "-" : db.user(),
            db.password() == null ? "-" : db.password(), emulators.ductape.baseUrl(), emulators.apis.baseUrl())
            .redirectErrorStream(true);
        // the child reads the workspace credentials as a deployed application would: from its environment
        childProcess.environment().putAll(emulators.ductape.credentials().environment());
        Process child = childProcess.start();
        CountDownLatch syncing = new CountDownLatch(1);
        CountDownLatch synced = new CountDownLatch(1);
        StringBuilder output = new StringBuilder();
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    output.append(line).append('\n');
                    if (line.equals("syncing")) {
                        syncing.countDown();
                    } else if (line.equals("synced")) {
                        synced.countDown();
                    }
                }
            } catch (java.io.IOException ended) {
                // the child was killed
            }
        });
        reader.start();
        try {
            assertThat(syncing.await(60, TimeUnit.SECONDS)).as("the child began its sync:\n%s", output).isTrue();
            boolean finished = synced.await(moment, TimeUnit.MILLISECONDS);
            child.destroyForcibly();
            child.waitFor();
            reader.join();
            assertThat(output.toString()).as("the child did not fail on its own").doesNotContain("failed")
                .doesNotContain("Exception");
            return !finished;
        } finally {
            child.destroyForcibly();
        }
    }
}
