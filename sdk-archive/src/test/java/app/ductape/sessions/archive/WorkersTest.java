package app.ductape.sessions.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Two workers, each with its own connection pool, syncing one PostgreSQL archive together. */
class WorkersTest {
    private final Emulators emulators = new Emulators();

    @AfterEach
    void stop() {
        emulators.close();
    }

    @Test
    void twoWorkersOnPostgresqlReadEachSourceOnceAndTogetherEqualTheReference() throws Exception {
        Databases.Target reference = Databases.postgresql();
        try (ActivityArchive archive = emulators.allSources(reference).build()) {
            assertThat(archive.sync().ok()).isTrue();
        }
        Databases.Target db = Databases.postgresql();
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService workers = Executors.newFixedThreadPool(2);
        List<Future<SyncReport>> reports = new ArrayList<>();
        try {
            for (int i = 0; i < 2; i++) {
                reports.add(workers.submit(() -> {
                    // each page takes a while, so that the workers overlap
                    try (ActivityArchive worker = emulators.allSources(db).pageSize(25).minInterval(Duration.ofHours(1))
                             .progress(page -> sleep(20)).build()) {
                        go.await();
                        return worker.sync();
                    }
                }));
            }
            go.countDown();
            List<SourceReport> all = new ArrayList<>();
            for (Future<SyncReport> report : reports) {
                assertThat(report.get().ok()).isTrue();
                all.addAll(report.get().sources());
            }

            Map<String, List<SourceReport.Status>> byScope = all.stream().collect(Collectors.groupingBy(
                report -> report.source() + "/" + report.scope(),
                Collectors.mapping(SourceReport::status, Collectors.toList())));
            assertThat(byScope).hasSize(6).allSatisfy((scope, statuses) -> assertThat(statuses).as(scope)
                .containsOnlyOnce(SourceReport.Status.SYNCED).hasSize(2));
            assertThat(all).extracting(SourceReport::status).contains(SourceReport.Status.SKIPPED_LOCKED);
        } finally {
            workers.shutdownNow();
        }
        assertThat(Snapshot.of(db)).isEqualTo(Snapshot.of(reference));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

}
