package app.ductape.sessions.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.ductape.sessions.SessionsService;
import app.ductape.sessions.model.GroupBy;
import app.ductape.sessions.model.SessionDashboard;
import app.ductape.sessions.model.SessionUsersDashboard;
import app.ductape.sessions.options.FetchSessionDashboardOptions;
import app.ductape.sessions.options.FetchSessionUsersDashboardOptions;
import app.ductape.sessions.testkit.DuctapeEmulator;
import app.ductape.sessions.testkit.EmulatorSeed;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each example runs against the demo emulator and prints (or writes) what it promises. */
class ExamplesTest {
    private static DuctapeEmulator emulator;
    private static SessionsService sessions;

    @BeforeAll
    static void startEmulator() {
        emulator = DuctapeEmulator.builder().seed(EmulatorSeed.demo()).start();
        sessions = emulator.newSessionsService();
    }

    @AfterAll
    static void stopEmulator() {
        sessions.close();
        emulator.close();
    }

    private static String capture(Consumer<PrintStream> example) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        example.accept(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void dashboardExamplePrintsMetricsUsersActivityAndTheChart() {
        String output = capture(out -> SessionDashboardExample.run(sessions, out));

        assertThat(output).contains("=== Session Dashboard (user-session, production, ")
            .containsPattern("Operations: \\d+\\.\\d\\d% succeeded").contains("=== Recent Users ===")
            .contains("@example.com - Last seen: ").contains("=== Recent Activity ===").contains("✓ ")
            .contains("=== Operations over time (last 14 days) ===").contains("█");
        String users = output.substring(output.indexOf("=== Recent Users ==="), output.indexOf("=== Recent Activity"));
        assertThat(users.lines().filter(line -> line.contains(" - Last seen: ")).count()).isEqualTo(10);
        String chart = output.substring(output.indexOf("=== Operations over time"));
        assertThat(chart.lines().filter(line -> line.matches("\\d{4}-\\d{2}-\\d{2} .*")).count()).isEqualTo(14);
    }

    @Test
    void dashboardExampleLabelsEachFigureWithWhatItMeasures() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        SessionDashboard dashboard = sessions.fetchDashboard(FetchSessionDashboardOptions.builder()
            .product("my-product").session("user-session").env("production").groupBy(GroupBy.DAY)
            .start(today.minusDays(13)).end(today).build());
        SessionUsersDashboard users = sessions.fetchUsersDashboard(FetchSessionUsersDashboardOptions.builder()
            .product("my-product").session("user-session").env("production").build());

        String output = capture(out -> SessionDashboardExample.run(sessions, out));

        assertThat(output).contains(String.format("Users:      %d in total; %d seen in the last 24 hours; %d without a "
            + "live session now", dashboard.totalUsers(), dashboard.activeUsers(), users.inactiveUsers()));
        assertThat(output).contains(String.format("Sessions:   %d started in these 14 days; %d of them still live, %d "
            + "expired", dashboard.totalSessions(), dashboard.activeSessions(), dashboard.expiredSessions()));
        assertThat(output).contains(String.format("%.1f ms average time per operation",
            dashboard.averageSessionDuration()));
        assertThat(output).doesNotContain("Avg duration").doesNotContainPattern("Users: \\d+/\\d+ active");
    }

    @Test
    void lifecycleExampleEndsWithAnInvalidVerify() {
        String output = capture(out -> SessionLifecycleExample.run(sessions, out));

        assertThat(output).contains("1. started").contains("2. verified  valid=true").contains("3. refreshed")
            .contains("4. revoked   1 session(s)").contains("5. verified  valid=false");
        assertThat(output).doesNotContainPattern("refreshToken=rt_");
    }

    @Test
    void userDetailsExampleLogsOutTheOtherDeviceAndPrintsTheSeedsLines() {
        String output = capture(out -> UserDetailsExample.run(sessions, out));

        assertThat(output).containsPattern("Signed in on the laptop \\((sess_\\w+)\\) and the phone \\((sess_\\w+)\\)")
            .contains("Logged out of 1 other device(s)").containsPattern("User ID: du_\\w+")
            .contains("Total sessions: 2").contains("Active sessions: 1").contains("Session ID: sess_")
            .contains("Started: 20").contains("Expires: 20").contains("Active: true").contains("Active: false");
    }

    private static final PrintStream QUIET = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);

    private static long export(String... args) {
        ExportActivityLogsExample.Export export = ExportActivityLogsExample.Export.parse(args);
        try (ActivitySources.Opened opened = ActivitySources.open(export.source(), export.product(),
            export.ductapeSession(), name -> null, QUIET)) {
            return ExportActivityLogsExample.run(opened.source.records(export.query(export.source(),
                opened.defaultSession)), export, QUIET);
        }
    }

    @Test
    void exportWritesEveryDuctapeLogAsJsonLines(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("activity.jsonl");
        long total;
        try (DuctapeEmulator fresh = DuctapeEmulator.builder().seed(EmulatorSeed.demo()).start();
             SessionsService freshSessions = fresh.newSessionsService()) {
            total = freshSessions.fetchActivityLogs(app.ductape.sessions.options.FetchSessionActivityLogsOptions
                .builder().product("my-product").session("user-session").build()).total();
        }

        long written = export("--out", file.toString());

        List<String> lines = Files.readAllLines(file);
        assertThat(total).as("the demo's production logs of user-session").isGreaterThan(2000);
        assertThat(written).isEqualTo(total);
        assertThat(lines).hasSize((int) total);
        ObjectMapper json = new ObjectMapper();
        assertThat(json.readTree(lines.get(0)).get("source").asText()).isEqualTo("ductape");
        assertThat(json.readTree(lines.get(0)).get("action").asText()).isIn("create", "verify", "refresh", "revoke");
        assertThat(lines.stream().map(line -> readId(json, line)).distinct().count()).isEqualTo(total);
    }

    private static String readId(ObjectMapper json, String line) {
        try {
            return json.readTree(line).at("/attributes/id").asText();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A source of {@code count} identical records, to drive the export's progress line. */
    private static app.ductape.sessions.connectors.ActivitySource recordsOf(int count) {
        return new app.ductape.sessions.connectors.ActivitySource() {
            @Override
            public String name() {
                return "test";
            }

            @Override
            public java.util.stream.Stream<app.ductape.sessions.connectors.ActivityRecord> records(
                app.ductape.sessions.connectors.ActivityQuery query) {
                java.util.concurrent.atomic.AtomicLong ids = new java.util.concurrent.atomic.AtomicLong();
                return java.util.stream.Stream.generate(() -> new app.ductape.sessions.connectors.ActivityRecord("test",
                    "r" + ids.incrementAndGet(), "s", "a", "verify", app.ductape.sessions.connectors.ActivityOutcome.SUCCESS,
                    null, null, null)).limit(count);
            }
        };
    }

    @Test
    void exportProgressPrintsTheFinalCountOnce(@TempDir Path dir) {
        for (int count : new int[] {2000, 2500, 0}) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            ExportActivityLogsExample.Export export = ExportActivityLogsExample.Export.parse(
                new String[] {"--out", dir.resolve("p" + count + ".jsonl").toString()});

            ExportActivityLogsExample.run(recordsOf(count).records(export.query("ductape", null)), export,
                new PrintStream(bytes, true, StandardCharsets.UTF_8));

            String progress = bytes.toString(StandardCharsets.UTF_8);
            assertThat(progress.split("exported " + count + " records", -1)).as(progress).hasSize(2);
            assertThat(progress).endsWith(System.lineSeparator());
        }
    }

    @Test
    void exportWritesUnderTargetByDefaultAndCreatesTheFolder(@TempDir Path dir) throws Exception {
        assertThat(ExportActivityLogsExample.Export.parse(new String[] {"--format", "csv"}).out())
            .isEqualTo(Path.of("target", "activity.csv"));

        Path nested = dir.resolve("new-folder/activity.jsonl");
        ExportActivityLogsExample.Export export = ExportActivityLogsExample.Export.parse(
            new String[] {"--out", nested.toString()});
        ExportActivityLogsExample.run(recordsOf(3).records(export.query("ductape", null)), export, QUIET);

        assertThat(Files.readAllLines(nested)).hasSize(3);
    }

    @Test
    void theReadmesExportPathsAreIgnoredByGit() throws Exception {
        Path root = Path.of("..").toAbsolutePath().normalize();
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(root.resolve(".git")),
            "not a git checkout: nothing to ignore");
        for (String path : List.of("target/activity.csv", "target/activity.jsonl")) {
            Process git = new ProcessBuilder("git", "-C", root.toString(), "check-ignore", "-q", path).start();
            assertThat(git.waitFor()).as(path + " is ignored").isZero();
        }
    }

    @Test
    void exportWritesCsvWithAHeaderAndQuotedCells(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("activity.csv");

        long written = export("--session", "checkout-session", "--format", "csv", "--out", file.toString());

        List<String> lines = Files.readAllLines(file);
        assertThat(lines.get(0)).isEqualTo("source,sessionId,actor,action,outcome,occurredAt,message,attributes");
        assertThat(lines).hasSize((int) written + 1);
        assertThat(lines.get(1)).startsWith("ductape,").contains("\"{\"\"id\"\"");
    }

    @Test
    void exportReadsEachOtherSourceThroughTheSameCode(@TempDir Path dir) throws Exception {
        ObjectMapper json = new ObjectMapper();
        for (String source : List.of("saymon", "exavault", "calwe")) {
            Path file = dir.resolve(source + ".jsonl");

            long written = export("--source", source, "--out", file.toString());

            List<String> lines = Files.readAllLines(file);
            assertThat(written).as(source).isEqualTo(source.equals("calwe") ? 72 : 250);
            assertThat(lines).hasSize((int) written);
            assertThat(json.readTree(lines.get(0)).get("source").asText()).isEqualTo(source);
        }
    }

    @Test
    void exportRefusesAnUnknownSourceAndCalweWithoutASessionOnARealAccount() {
        assertThatThrownBy(() -> ExportActivityLogsExample.Export.parse(new String[] {"--source", "splunk"}))
            .hasMessageContaining("--source must be all or one of ductape|saymon|exavault|calwe");
        assertThatThrownBy(() -> ExportActivityLogsExample.Export.parse(new String[] {"--source", "calwe"}).query("calwe", null))
            .hasMessageContaining("--session is required for calwe");
        assertThatThrownBy(() -> ActivitySources.open("saymon", "p", "s",
            name -> name.equals("SAYMON_BASE_URL") ? "https://saymon.example.com" : null, QUIET))
            .hasMessageContaining("missing SAYMON_LOGIN, SAYMON_PASSWORD");
    }

    @Test
    void middlewareExampleLetsAValidTokenThroughAndRefusesTheRest() {
        String output = capture(out -> VerifyInMiddlewareExample.run(sessions, out));

        assertThat(output).contains("GET /health, no token:        200 ok")
            .contains("GET /api/me, no token:        401 {\"type\":\"about:blank\",\"title\":\"Unauthorized\"")
            .contains("GET /api/me, token:           200 hello ada@example.com")
            .contains("GET /api/me, token again:     200 hello ada@example.com (from the cache")
            .contains("GET /api/me, after logout:    401 ")
            .contains("(refused from the cache").contains("hits=2, misses=1");
    }

    @Test
    void archiveStoresEverySourceAndASecondRunInsertsNothing(@TempDir Path dir) {
        String db = "jdbc:sqlite:" + dir.resolve("nested/activity.db");
        ArchiveActivityExample.Options options = ArchiveActivityExample.Options.parse(new String[] {"--db", db});

        app.ductape.sessions.archive.SyncReport first = ArchiveActivityExample.run(options, name -> null, QUIET);
        app.ductape.sessions.archive.SyncReport second = ArchiveActivityExample.run(options, name -> null, QUIET);

        assertThat(first.ok()).isTrue();
        assertThat(first.sources()).extracting(app.ductape.sessions.archive.SourceReport::source)
            .containsExactly("ductape", "saymon", "exavault", "calwe", "calwe", "calwe");
        assertThat(first.inserted()).isGreaterThan(500);
        assertThat(second.inserted()).isZero();
        assertThat(second.updated()).isZero();
    }

    @Test
    void archiveRefusesAnUnknownSourceAndOption() {
        assertThatThrownBy(() -> ArchiveActivityExample.Options.parse(new String[] {"--source", "splunk"}))
            .hasMessageContaining("--source must be all or one of");
        assertThatThrownBy(() -> ArchiveActivityExample.Options.parse(new String[] {"--dbs", "x"}))
            .hasMessageContaining("unknown option --dbs");
    }

    @Test
    void dashboardExampleWritesTheHtmlReportWhenAsked(@TempDir Path dir) throws Exception {
        Path html = SessionDashboardExample.html(new String[] {"--html", dir.resolve("report.html").toString()});

        String output = capture(out -> SessionDashboardExample.run(sessions, out, html));

        assertThat(output).contains("Report written to " + html.toAbsolutePath());
        assertThat(Files.readString(html)).startsWith("<!doctype html>").contains("<svg id=\"operations\"")
            .contains("<table id=\"users\">");
        assertThatThrownBy(() -> SessionDashboardExample.html(new String[] {"--htm", "x"})).hasMessageContaining("usage");
    }

    @Test
    void exportOfAllSourcesWritesOneFileAndTheMultiSourceReportInOnePass(@TempDir Path dir) throws Exception {
        ExportActivityLogsExample.Export export = ExportActivityLogsExample.Export.parse(new String[] {"--source", "all",
            "--out", dir.resolve("all.jsonl").toString(), "--html", dir.resolve("all.html").toString()});
        List<ActivitySources.Opened> opened = new java.util.ArrayList<>();
        List<java.util.stream.Stream<app.ductape.sessions.connectors.ActivityRecord>> streams = new java.util.ArrayList<>();
        for (String name : export.sources()) {
            ActivitySources.Opened source = ActivitySources.open(name, "my-product", "user-session", n -> null, QUIET);
            opened.add(source);
            streams.add(source.source.records(export.query(name, source.defaultSession)));
        }
        try {
            long written = ExportActivityLogsExample.run(streams.stream().flatMap(s -> s), export, QUIET);

            assertThat(Files.readAllLines(export.out())).hasSize((int) written);
            String html = Files.readString(export.html());
            for (String source : List.of("ductape", "saymon", "exavault", "calwe")) {
                assertThat(html).contains("<td>" + source + "</td>");
            }
        } finally {
            opened.forEach(ActivitySources.Opened::close);
        }
    }

    @Test
    void exportRejectsAnUnknownFormat() {
        assertThatThrownBy(() -> ExportActivityLogsExample.Export.parse(new String[] {"--format", "xml"}))
            .hasMessageContaining("--format");
    }
}
