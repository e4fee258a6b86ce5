package app.ductape.sessions.examples;

import app.ductape.sessions.archive.ActivityArchive;
import app.ductape.sessions.archive.SyncProgress;
import app.ductape.sessions.archive.SyncReport;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Archives session activity into a database, incrementally and crash-safely:
 * {@code --db jdbc:sqlite:activity.db --source all|ductape|saymon|exavault|calwe [--from 2026-11-01T00:00:00Z]
 * [--overlap PT10M] [--user u --password p] [--calwe-sessions 1001,1002] [--product my-product]
 * [--session user-session]}. Each source runs against a local emulator unless its environment variables
 * are set (see {@link ActivitySources}); the emulators' data is laid out up to the start of the current
 * hour, so that a second run within the hour finds nothing new. A progress line per source shows
 * records per second; the run ends with the report. Run it twice: the second run inserts nothing.
 */
public final class ArchiveActivityExample {
    private ArchiveActivityExample() {}

    public static void main(String[] args) {
        PrintStream out = ExampleConnection.utf8Out();
        try {
            if (!run(Options.parse(args), System::getenv, out).ok()) {
                System.exit(1);
            }
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
        }
    }

    /** What to archive, and where. */
    record Options(String db, List<String> sources, Instant from, Duration overlap, String user, String password,
                   List<String> calweSessions, String product, String session) {

        static Options parse(String[] args) {
            if (args.length % 2 != 0) {
                throw new IllegalArgumentException("option " + args[args.length - 1] + " needs a value");
            }
            Map<String, String> given = new HashMap<>();
            for (int i = 0; i < args.length; i += 2) {
                if (!List.of("--db", "--source", "--from", "--overlap", "--user", "--password", "--calwe-sessions",
                    "--product", "--session").contains(args[i])) {
                    throw new IllegalArgumentException("unknown option " + args[i]);
                }
                given.put(args[i], args[i + 1]);
            }
            String source = given.getOrDefault("--source", "all");
            if (!source.equals("all") && !ActivitySources.NAMES.contains(source)) {
                throw new IllegalArgumentException("--source must be all or one of " + String.join("|",
                    ActivitySources.NAMES) + ", but was " + source);
            }
            return new Options(given.getOrDefault("--db", "jdbc:sqlite:target/activity.db"),
                source.equals("all") ? ActivitySources.NAMES : List.of(source),
                given.containsKey("--from") ? Instant.parse(given.get("--from")) : null,
                Duration.parse(given.getOrDefault("--overlap", "PT10M")), given.get("--user"), given.get("--password"),
                given.containsKey("--calwe-sessions") ? Arrays.asList(given.get("--calwe-sessions").split(",")) : null,
                given.getOrDefault("--product", "my-product"), given.getOrDefault("--session", "user-session"));
        }
    }

    static SyncReport run(Options options, Function<String, String> env, PrintStream out) {
        Clock emulated = Clock.fixed(Instant.now().truncatedTo(ChronoUnit.HOURS), ZoneOffset.UTC);
        createParentFolder(options.db());
        List<ActivitySources.Opened> opened = new ArrayList<>();
        try {
            ActivityArchive.Builder builder = ActivityArchive.builder().jdbcUrl(options.db()).user(options.user())
                .password(options.password()).overlap(options.overlap()).from(options.from())
                .progress(new ProgressLine(out));
            for (String name : options.sources()) {
                ActivitySources.Opened source = ActivitySources.open(name, options.product(), options.session(), env, out,
                    emulated);
                opened.add(source);
                if (name.equals("calwe")) {
                    List<String> sessions = options.calweSessions() != null ? options.calweSessions()
                        : source.defaultSession != null ? List.of("1001", "1002", "1003") : null;
                    if (sessions == null) {
                        throw new IllegalArgumentException("--calwe-sessions is required for a real Calwe account: "
                            + "Calwe lists one session's log at a time");
                    }
                    builder.sessions(source.source, sessions);
                } else {
                    builder.source(source.source);
                }
            }
            try (ActivityArchive archive = builder.build()) {
                SyncReport report = archive.sync();
                out.println();
                out.println(report);
                return report;
            }
        } finally {
            for (ActivitySources.Opened source : opened) {
                source.close();
            }
        }
    }

    /** A SQLite file under a folder that does not exist yet (target/ on a fresh clone) gets the folder. */
    private static void createParentFolder(String jdbcUrl) {
        if (jdbcUrl.startsWith("jdbc:sqlite:") && !jdbcUrl.contains(":memory:")) {
            java.nio.file.Path parent = java.nio.file.Path.of(jdbcUrl.substring("jdbc:sqlite:".length()).split("\\?")[0])
                .toAbsolutePath().getParent();
            try {
                java.nio.file.Files.createDirectories(parent);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    /** One line, rewritten at most twice a second: records and records per second of the source being read. */
    private static final class ProgressLine implements java.util.function.Consumer<SyncProgress> {
        private final PrintStream out;
        private long lastPrinted;

        ProgressLine(PrintStream out) {
            this.out = out;
        }

        @Override
        public void accept(SyncProgress progress) {
            long now = System.nanoTime();
            if (now - lastPrinted >= 500_000_000L) {
                lastPrinted = now;
                out.printf(Locale.ROOT, "\r%-8s %-5s %,10d records %,10.0f records/s   ", progress.source(),
                    progress.scope(), progress.read(), progress.recordsPerSecond());
            }
        }
    }
}
