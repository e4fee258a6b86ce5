package app.ductape.sessions.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.ductape.sessions.connectors.ActivityOutcome;
import app.ductape.sessions.connectors.ActivityQuery;
import app.ductape.sessions.connectors.ActivityRecord;
import app.ductape.sessions.connectors.saymon.SaymonActivitySource;
import app.ductape.sessions.connectors.saymon.SaymonClient;
import app.ductape.sessions.options.StartSessionOptions;
import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Sync, read back and summarize, on SQLite and on PostgreSQL, against the four emulated sources. */
class ActivityArchiveTest {
    private final Emulators emulators = new Emulators();

    @AfterEach
    void stop() {
        emulators.close();
    }

    /** Everything each source has, read live: what the archive must hold after a sync. */
    private Map<String, Long> liveCounts() {
        long calwe = SourceClients.CALWE_SESSIONS.stream().mapToLong(session -> emulators.clients.calweSource()
            .records(ActivityQuery.builder().sessionId(session).build()).count()).sum();
        return Map.of("ductape", emulators.clients.ductapeSource().records(ActivityQuery.all()).count(),
            "saymon", emulators.clients.saymonSource().records(ActivityQuery.all()).count(),
            "exavault", emulators.clients.exavaultSource().records(ActivityQuery.all()).count(), "calwe", calwe);
    }

    @ParameterizedTest
    @EnumSource(Databases.Kind.class)
    void aFirstSyncArchivesEverySourceAndASecondInsertsNothing(Databases.Kind kind) throws Exception {
        Databases.Target db = Databases.create(kind);
        try (ActivityArchive archive = emulators.allSources(db).pageSize(40).build()) {
            SyncReport first = archive.sync();

            assertThat(first.ok()).as(first.toString()).isTrue();
            assertThat(Snapshot.counts(db)).isEqualTo(liveCounts());
            assertThat(first.inserted()).isEqualTo(liveCounts().values().stream().mapToLong(Long::longValue).sum());
            assertThat(first.sources()).extracting(SourceReport::status).containsOnly(SourceReport.Status.SYNCED);
            SourceReport ductape = first.sources().get(0);
            assertThat(ductape.pages()).isEqualTo((int) Math.ceil(ductape.read() / 40.0));
            assertThat(ductape.windowFrom()).isEmpty();
            assertThat(ductape.windowTo()).hasValue(Emulators.NOW);

            emulators.clock.advance(Duration.ofHours(1));
            SyncReport second = archive.sync();

            assertThat(second.inserted()).isZero();
            assertThat(second.updated()).isZero();
            assertThat(second.sources().get(0).windowFrom()).hasValue(Emulators.NOW.minus(Duration.ofMinutes(10)));
            assertThat(Snapshot.counts(db)).isEqualTo(liveCounts());
        }
    }

    @ParameterizedTest
    @EnumSource(Databases.Kind.class)
    void aRecordChangedAtTheSourceIsUpdatedInPlaceNotDuplicated(Databases.Kind kind) throws Exception {
        Databases.Target db = Databases.create(kind);
        try (ActivityArchive archive = db.archive().clock(emulators.clock).source(emulators.clients.saymonSource())
                 .overlap(Duration.ofDays(30)).build()) {
            archive.sync();
            ActivityRecord active = archive.query(ActivityQuery.all()).filter(r -> r.attributes().get("endTime") == null)
                .findFirst().orElseThrow();
            emulators.clock.advance(Duration.ofMinutes(5));
            emulators.apis.endSaymonSession(active.id());

            SyncReport report = archive.sync();

            assertThat(report.updated()).isEqualTo(1);
            assertThat(report.inserted()).isZero();
            try (Stream<ActivityRecord> after = archive.query(ActivityQuery.all(), "saymon")) {
                List<ActivityRecord> same = after.filter(r -> r.id().equals(active.id())).toList();
                assertThat(same).singleElement().satisfies(r -> {
                    assertThat(r.attributes()).containsKey("endTime");
                    assertThat(r.message()).isEqualTo("Session ended");
                });
            }
            assertThat(Snapshot.counts(db)).containsEntry("saymon", 250L);
        }
    }

    @ParameterizedTest
    @EnumSource(Databases.Kind.class)
    void aRecordThatArrivesLateInsideTheOverlapIsStoredOnce(Databases.Kind kind) throws Exception {
        Databases.Target db = Databases.create(kind);
        try (ActivityArchive archive = db.archive().clock(emulators.clock).source(emulators.clients.ductapeSource())
                 .overlap(Duration.ofMinutes(10)).build()) {
            archive.sync();
            long before = Snapshot.counts(db).get("ductape");
            // the source receives, after the sync, a record dated 3 minutes before it (a delayed log)
            emulators.clock.set(Emulators.NOW.minus(Duration.ofMinutes(3)));
            emulators.clients.sessions.start(StartSessionOptions.builder().tag("user-session")
                .data(Map.of("email", "late@example.com")).build());
            emulators.clock.set(Emulators.NOW.plus(Duration.ofMinutes(5)));

            SyncReport next = archive.sync();
            SyncReport again = archive.sync();

            assertThat(next.inserted()).isGreaterThanOrEqualTo(1);
            assertThat(again.inserted()).isZero();
            assertThat(Snapshot.counts(db).get("ductape")).isEqualTo(before + next.inserted());
            try (Stream<ActivityRecord> late = archive.query(ActivityQuery.builder().actor("late@example.com").build())) {
                assertThat(late.toList()).isNotEmpty().allSatisfy(r -> assertThat(r.occurredAt())
                    .isBefore(Emulators.NOW));
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Databases.Kind.class)
    void aSourceFailingMidWindowKeepsItsMarkTheOthersRunAndTheNextSyncCompletesIt(Databases.Kind kind)
        throws Exception {
        Databases.Target db = Databases.create(kind);
        AtomicBoolean once = new AtomicBoolean();
        try (ActivityArchive archive = emulators.allSources(db).pageSize(50).progress(progress -> {
            if (progress.source().equals("exavault") && progress.pages() == 2 && once.compareAndSet(false, true)) {
                emulators.apis.faults().failNext(1, 503);
            }
        }).build()) {
            SyncReport failed = archive.sync();

            SourceReport exavault = failed.sources().get(2);
            assertThat(failed.ok()).isFalse();
            assertThat(exavault.status()).isEqualTo(SourceReport.Status.FAILED);
            assertThat(exavault.error()).hasValueSatisfying(error -> assertThat(error).contains("SessionError")
                .contains("503"));
            // pages 1 and 2 were written and page 3 read ahead when the fault was set: page 4 fails
            assertThat(exavault.inserted()).as("the pages read before the failure are kept").isEqualTo(150);
            assertThat(failed.sources()).filteredOn(s -> !s.source().equals("exavault"))
                .extracting(SourceReport::status).containsOnly(SourceReport.Status.SYNCED);

            SyncReport next = archive.sync();

            assertThat(next.ok()).isTrue();
            assertThat(next.sources().get(2).windowFrom()).as("the window starts over: the mark did not move").isEmpty();
            assertThat(next.sources().get(2).inserted()).isEqualTo(100);
            assertThat(Snapshot.counts(db)).isEqualTo(liveCounts());
        }
    }

    @ParameterizedTest
    @EnumSource(Databases.Kind.class)
    void aSourceRefusingTheCredentialsIsReportedAndTheOthersStillRun(Databases.Kind kind) throws Exception {
        Databases.Target db = Databases.create(kind);
        try (var wrong = SaymonClient.builder().baseUrl(emulators.apis.baseUrl())
                 .login("monitor").password("wrong").build();
             ActivityArchive archive = db.archive().clock(emulators.clock)
                 .source(new SaymonActivitySource(wrong))
                 .source(emulators.clients.exavaultSource()).build()) {
            SyncReport report = archive.sync();

            assertThat(report.sources().get(0).status()).isEqualTo(SourceReport.Status.FAILED);
            assertThat(report.sources().get(0).error()).hasValueSatisfying(e -> assertThat(e).contains("401"));
            assertThat(report.sources().get(1).status()).isEqualTo(SourceReport.Status.SYNCED);
            assertThat(report.toString()).contains("saymon/all: SessionError").contains("FAILED in");
        }
    }

    @ParameterizedTest
    @EnumSource(Databases.Kind.class)
    void aSourceAnsweringAMalformedBodyIsReportedKeepsItsMarkAndTheOthersStillRun(Databases.Kind kind)
        throws Exception {
        Databases.Target db = Databases.create(kind);
        AtomicInteger requests = new AtomicInteger();
        HttpServer broken = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        broken.createContext("/", exchange -> {
            byte[] body = (requests.incrementAndGet() == 1 ? "[{\"id\": \"s-1\", \"login\": " : "[]")
                .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        broken.start();
        String baseUrl = "http://" + broken.getAddress().getHostString() + ":" + broken.getAddress().getPort();
        try (var saymon = SaymonClient.builder().baseUrl(baseUrl)
                 .login("monitor").password("secret").transport(t -> t.maxRetries(0)).build();
             ActivityArchive archive = db.archive().clock(emulators.clock)
                 .source(new SaymonActivitySource(saymon))
                 .source(emulators.clients.exavaultSource()).build()) {
            SyncReport failed = archive.sync();

            assertThat(failed.ok()).isFalse();
            assertThat(failed.sources().get(0).status()).isEqualTo(SourceReport.Status.FAILED);
            assertThat(failed.sources().get(0).error()).hasValueSatisfying(error -> assertThat(error)
                .contains("SessionError"));
            assertThat(failed.sources().get(1).status()).isEqualTo(SourceReport.Status.SYNCED);

            SyncReport next = archive.sync();

            assertThat(next.sources().get(0).status()).isEqualTo(SourceReport.Status.SYNCED);
            assertThat(next.sources().get(0).windowFrom()).as("the mark did not move").isEmpty();
            assertThat(next.sources().get(1).windowFrom()).as("the other source's mark did").isPresent();
        } finally {
            broken.stop(0);
        }
    }

    @ParameterizedTest
    @EnumSource(Databases.Kind.class)
    void eachSourcesPagingIsFollowedToTheEnd(Databases.Kind kind) throws Exception {
        Databases.Target db = Databases.create(kind);
        // 7 a page: SAYMON's skip/limit, ExaVault's offset with totalResults 0, Calwe's next_page_url, Ductape's pages
        try (ActivityArchive archive = emulators.allSources(db).pageSize(7).build()) {
            SyncReport report = archive.sync();

            assertThat(report.ok()).as(report.toString()).isTrue();
            assertThat(Snapshot.counts(db)).isEqualTo(liveCounts());
            assertThat(Snapshot.counts(db)).containsEntry("saymon", 250L).containsEntry("exavault", 250L)
                .containsEntry("calwe", 77L);
        }
    }

    @ParameterizedTest
    @EnumSource(Databases.Kind.class)
    void queryReadsBackWhatTheSourcesGaveWithTheSameFilters(Databases.Kind kind) throws Exception {
        Databases.Target db = Databases.create(kind);
        try (ActivityArchive archive = emulators.allSources(db).build()) {
            archive.sync();
            Instant from = Emulators.NOW.minus(Duration.ofDays(3));
            ActivityQuery recent = ActivityQuery.builder().from(from).build();

            List<ActivityRecord> live = emulators.clients.exavaultSource().records(recent).toList();
            try (Stream<ActivityRecord> archived = archive.query(recent, "exavault")) {
                assertThat(archived.toList()).containsExactlyInAnyOrderElementsOf(live);
            }
            String actor = live.get(0).actor();
            try (Stream<ActivityRecord> byActor = archive.query(ActivityQuery.builder().actor(actor).build())) {
                assertThat(byActor.toList()).isNotEmpty().allSatisfy(r -> assertThat(r.actor()).isEqualTo(actor))
                    .extracting(ActivityRecord::occurredAt).isSortedAccordingTo(java.util.Comparator.reverseOrder());
            }
            try (Stream<ActivityRecord> calwe = archive.query(ActivityQuery.builder().sessionId("1002").build())) {
                assertThat(calwe.map(ActivityRecord::id)).containsExactlyInAnyOrder("1002#1", "1002#2", "1002#3",
                    "1002#4");
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Databases.Kind.class)
    void theSummaryCountsBySourceOutcomeAndDay(Databases.Kind kind) throws Exception {
        Databases.Target db = Databases.create(kind);
        try (ActivityArchive archive = emulators.allSources(db).build()) {
            archive.sync();

            ArchiveSummary all = archive.summary(ActivityQuery.all());

            assertThat(all.total()).isEqualTo(liveCounts().values().stream().mapToLong(Long::longValue).sum());
            assertThat(all.total("calwe")).isEqualTo(77);
            assertThat(all.rows()).filteredOn(row -> row.source().equals("calwe"))
                .allSatisfy(row -> assertThat(row.day()).isEmpty());
            long failures = emulators.clients.ductapeSource().records(ActivityQuery.all())
                .filter(r -> r.outcome() == ActivityOutcome.FAILURE).count();
            assertThat(all.rows()).filteredOn(row -> row.source().equals("ductape")
                && row.outcome() == ActivityOutcome.FAILURE).extracting(ArchiveSummary.Row::count)
                .containsOnly(all.rows().stream().filter(row -> row.source().equals("ductape")
                    && row.outcome() == ActivityOutcome.FAILURE).mapToLong(ArchiveSummary.Row::count).boxed()
                    .toArray(Long[]::new))
                .hasSizeGreaterThan(1);
            assertThat(all.rows().stream().filter(row -> row.source().equals("ductape")
                && row.outcome() == ActivityOutcome.FAILURE).mapToLong(ArchiveSummary.Row::count).sum())
                .isEqualTo(failures);
        }
    }

    @Test
    void onSqliteASecondProcessSyncingTheSameFileFailsClearly() throws Exception {
        Databases.Target db = Databases.sqlite();
        try (ActivityArchive first = emulators.allSources(db).build();
             ActivityArchive second = emulators.allSources(db).build()) {
            emulators.ductape.faults().delayNext(1, Duration.ofSeconds(2));
            Thread running = new Thread(first::sync);
            running.start();
            Thread.sleep(500);

            assertThatThrownBy(second::sync).isInstanceOf(ArchiveException.class)
                .hasMessageContaining("Another sync of this SQLite archive is running");
            running.join();
            assertThat(second.sync().ok()).isTrue();
            assertThat(Snapshot.counts(db)).isEqualTo(liveCounts());
        }
    }

    @Test
    void theBuilderRefusesWhatCannotWork() {
        assertThatThrownBy(() -> ActivityArchive.builder().source(emulators.clients.saymonSource()).build())
            .hasMessageContaining("`jdbcUrl`");
        assertThatThrownBy(() -> ActivityArchive.builder().jdbcUrl("jdbc:sqlite:x.db").build())
            .hasMessageContaining("at least one source");
        assertThatThrownBy(() -> ActivityArchive.builder().jdbcUrl("jdbc:h2:mem:x").source(emulators.clients.saymonSource())
            .build()).hasMessageContaining("SQLite").hasMessageContaining("PostgreSQL");
        assertThatThrownBy(() -> ActivityArchive.builder().jdbcUrl("jdbc:sqlite::memory:")
            .source(emulators.clients.saymonSource()).build()).hasMessageContaining("in-memory");
        assertThatThrownBy(() -> ActivityArchive.builder().source(emulators.clients.saymonSource())
            .source(emulators.clients.saymonSource())).hasMessageContaining("own scope");
        assertThatThrownBy(() -> ActivityArchive.builder().overlap(Duration.ofSeconds(-1)))
            .hasMessageContaining("`overlap`");
        assertThatThrownBy(() -> ActivityArchive.builder().pageSize(1001)).hasMessageContaining("`pageSize`");
    }
}
