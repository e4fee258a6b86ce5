package app.ductape.sessions.report;

import app.ductape.sessions.connectors.ActivityOutcome;
import app.ductape.sessions.connectors.ActivityRecord;
import app.ductape.sessions.model.SessionDashboard;
import app.ductape.sessions.model.SessionUser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * A session dashboard as one self-contained HTML file: the headline figures, each labelled with what it
 * measures; operations over time as stacked bars, sessions created and expired as lines; activity by
 * source and outcome; the slowest and the latest failed operations; recent users.
 *
 * <pre>{@code
 * DashboardReport.builder().title("User sessions, last 14 days").dashboard(sessions.fetchDashboard(options))
 *     .users(sessions.fetchUsers(usersOptions).users())
 *     .activity(source.records(ActivityQuery.all()))
 *     .build().writeTo(Path.of("report.html"));
 * }</pre>
 *
 * <ul>
 *   <li>Self-contained: no script, no external URL at all, a Content-Security-Policy that forbids
 *       fetching anything; the stylesheet is inline, the charts inline SVG.</li>
 *   <li>Every chart has a {@code <title>} and {@code <desc>}, and its numbers are in a table (behind a
 *       {@code <details>}), so it can be read without sight and copied.</li>
 *   <li>Readable from 360 px to 1440 px wide, printable on A4, light or dark as the reader's system is.</li>
 *   <li>Every text that came from a server (messages, actors, tags, periods) is HTML-escaped.</li>
 *   <li>Records are aggregated as they stream past: memory does not grow with their number.</li>
 * </ul>
 *
 * <p>Immutable once built; {@link #render()} may be called from any thread.
 */
public final class DashboardReport {
    private static final String CSS = stylesheet();
    private static final String CSP = "default-src 'none'; style-src '" + sha256(CSS) + "'; img-src 'none'; "
        + "base-uri 'none'; form-action 'none'";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm 'UTC'", Locale.ROOT)
        .withZone(java.time.ZoneOffset.UTC);

    private final String title;
    private final String subtitle;
    private final Instant generatedAt;
    private final SessionDashboard dashboard;
    private final List<Buckets.Bucket> buckets;
    private final List<SessionUser> users;
    private final ActivityDigest activity;

    private DashboardReport(Builder builder, ActivityDigest activity) {
        this.title = builder.title;
        this.subtitle = builder.subtitle;
        this.generatedAt = builder.clock.instant().truncatedTo(ChronoUnit.SECONDS);
        this.dashboard = builder.dashboard;
        this.buckets = builder.dashboard == null ? List.of() : Buckets.of(builder.dashboard);
        this.users = List.copyOf(builder.users);
        this.activity = activity;
    }

    /**
     * A builder; a title and at least one of a dashboard or activity are required.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The report as HTML.
     *
     * @return a complete HTML document, UTF-8 text
     */
    public String render() {
        StringBuilder out = new StringBuilder(64 * 1024 + buckets.size() * 400);
        out.append("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">")
            .append("<meta http-equiv=\"Content-Security-Policy\" content=\"").append(CSP).append("\">")
            .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .append("<meta name=\"color-scheme\" content=\"light dark\">")
            .append("<title>").append(Html.escape(title)).append("</title><style>").append(CSS)
            .append("</style></head><body><header><h1>").append(Html.escape(title)).append("</h1><p class=\"meta\">");
        if (subtitle != null) {
            out.append(Html.escape(subtitle)).append(" · ");
        }
        out.append("generated ").append(WHEN.format(generatedAt)).append("</p></header><main>");
        if (dashboard != null) {
            figures(out);
            operations(out);
            sessions(out);
        }
        if (!activity.isEmpty()) {
            sources(out);
            operationsTable(out, "slowest", "Slowest operations", activity.slowest(),
                "No operation of these sources says how long it took.");
            operationsTable(out, "failed", "Latest failed operations", activity.failed(), "No operation failed.");
        }
        if (!users.isEmpty()) {
            users(out);
        }
        return out.append("</main></body></html>\n").toString();
    }

    /**
     * Writes the report, creating missing folders.
     *
     * @param file where to write it
     * @return {@code file}
     * @throws UncheckedIOException when it cannot be written
     */
    public Path writeTo(Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            return Files.writeString(file, render(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("the report cannot be written to " + file, e);
        }
    }

    private void figures(StringBuilder out) {
        out.append("<section aria-label=\"Headline figures\" class=\"figures\">");
        figure(out, Html.count(dashboard.activeUsers()) + " / " + Html.count(dashboard.totalUsers()),
            "users seen in the last 24 hours / users in total");
        figure(out, Html.count(dashboard.activeSessions()) + " / " + Html.count(dashboard.totalSessions()),
            "sessions live now / sessions started in the period");
        figure(out, Html.count(dashboard.expiredSessions()), "sessions of the period that have expired");
        figure(out, String.format(Locale.ROOT, "%.2f%%", dashboard.successRate()), "of operations succeeded");
        figure(out, String.format(Locale.ROOT, "%.2f%%", dashboard.errorRate()), "of operations failed");
        figure(out, millis(dashboard.averageOperationTime()),
            "average time of one operation (start, verify, refresh or revoke)");
        out.append("</section>");
    }

    private static void figure(StringBuilder out, String value, String label) {
        out.append("<div class=\"figure\"><div class=\"value\">").append(Html.escape(value))
            .append("</div><div class=\"label\">").append(Html.escape(label)).append("</div></div>");
    }

    private void operations(StringBuilder out) {
        long total = buckets.stream().mapToLong(Buckets.Bucket::operations).sum();
        out.append("<section><h2>Operations over time</h2>");
        legend(out, "create", "verify", "refresh", "revoke");
        Charts.stackedBars(out, "operations", "Operations over time", "Stacked bars of create, verify, refresh and "
            + "revoke operations in each of " + buckets.size() + " periods" + range() + "; " + Html.count(total)
            + " operations in all. The numbers are in the table below.", buckets, List.of(
                new Charts.Series("create", Buckets.Bucket::create), new Charts.Series("verify", Buckets.Bucket::verify),
                new Charts.Series("refresh", Buckets.Bucket::refresh),
                new Charts.Series("revoke", Buckets.Bucket::revoke)));
        out.append("<details><summary>Operations and sessions by period (table)</summary><div class=\"table-wrap\">")
            .append("<table id=\"periods\"><thead><tr><th>period</th><th class=\"n\">create</th><th class=\"n\">verify")
            .append("</th><th class=\"n\">refresh</th><th class=\"n\">revoke</th><th class=\"n\">sessions created</th>")
            .append("<th class=\"n\">sessions expired</th></tr></thead><tbody>");
        // thousands of rows for hourly data: the numbers' alignment comes from the stylesheet, not a class each
        for (Buckets.Bucket b : buckets) {
            out.append("<tr><td>").append(Html.escape(b.period())).append("</td><td>").append(b.create())
                .append("</td><td>").append(b.verify()).append("</td><td>").append(b.refresh())
                .append("</td><td>").append(b.revoke()).append("</td><td>").append(b.created())
                .append("</td><td>").append(b.expired()).append("</td></tr>");
        }
        out.append("</tbody></table></div></details></section>");
    }

    private void sessions(StringBuilder out) {
        out.append("<section><h2>Sessions created and expired</h2>");
        legend(out, "created", "expired");
        Charts.lines(out, "sessions", "Sessions created and expired", "Two lines, sessions created and sessions "
            + "expired in each of " + buckets.size() + " periods" + range() + "; " + Html.count(buckets.stream()
            .mapToLong(Buckets.Bucket::created).sum()) + " created and " + Html.count(buckets.stream()
            .mapToLong(Buckets.Bucket::expired).sum()) + " expired in all. The numbers are in the table above.",
            buckets, List.of(new Charts.Series("created", Buckets.Bucket::created),
                new Charts.Series("expired", Buckets.Bucket::expired)));
        out.append("</section>");
    }

    private String range() {
        return buckets.isEmpty() ? "" : ", " + buckets.get(0).period() + " to " + buckets.get(buckets.size() - 1).period();
    }

    private void sources(StringBuilder out) {
        Map<String, EnumMap<ActivityOutcome, Long>> counts = activity.counts();
        out.append("<section><h2>Activity by source and outcome</h2>");
        legend(out, "SUCCESS", "FAILURE", "IN_PROGRESS", "UNKNOWN");
        StringBuilder words = new StringBuilder("One bar per source, split by outcome:");
        counts.forEach((source, outcomes) -> words.append(' ').append(source).append(' ')
            .append(outcomes.values().stream().mapToLong(Long::longValue).sum()).append(" records;"));
        Charts.sources(out, "activity", "Activity by source and outcome", words.toString(), counts);
        out.append("<div class=\"table-wrap\"><table id=\"sources\"><thead><tr><th>source</th>");
        for (ActivityOutcome outcome : ActivityOutcome.values()) {
            out.append("<th class=\"n\">").append(outcome.name().toLowerCase(Locale.ROOT).replace('_', ' '))
                .append("</th>");
        }
        out.append("</tr></thead><tbody>");
        counts.forEach((source, outcomes) -> {
            out.append("<tr><td>").append(Html.escape(source)).append("</td>");
            for (ActivityOutcome outcome : ActivityOutcome.values()) {
                out.append("<td class=\"n\">").append(Html.count(outcomes.getOrDefault(outcome, 0L))).append("</td>");
            }
            out.append("</tr>");
        });
        out.append("</tbody></table></div></section>");
    }

    private static void operationsTable(StringBuilder out, String id, String heading,
                                        List<ActivityDigest.Operation> operations, String none) {
        out.append("<section><h2>").append(heading).append("</h2>");
        if (operations.isEmpty()) {
            out.append("<p>").append(none).append("</p></section>");
            return;
        }
        out.append("<div class=\"table-wrap\"><table id=\"").append(id).append("\"><thead><tr><th>when</th>")
            .append("<th>source</th><th>operation</th><th>actor</th><th class=\"n\">took</th><th>message</th></tr>")
            .append("</thead><tbody>");
        for (ActivityDigest.Operation operation : operations) {
            out.append("<tr><td>").append(operation.at() == null ? "" : WHEN.format(operation.at())).append("</td><td>")
                .append(Html.escape(operation.source())).append("</td><td>").append(Html.escape(operation.action()))
                .append("</td><td>").append(Html.escape(operation.actor())).append("</td><td class=\"n\">")
                .append(operation.duration().isZero() ? "" : millis(operation.duration())).append("</td><td class=\"msg\">")
                .append(Html.escape(operation.message())).append("</td></tr>");
        }
        out.append("</tbody></table></div></section>");
    }

    private void users(StringBuilder out) {
        out.append("<section><h2>Recent users</h2><div class=\"table-wrap\"><table id=\"users\"><thead><tr>")
            .append("<th>user</th><th>first seen</th><th>last seen</th></tr></thead><tbody>");
        for (SessionUser user : users) {
            out.append("<tr><td>").append(Html.escape(user.identifier())).append("</td><td>")
                .append(user.firstSeen() == null ? "" : WHEN.format(user.firstSeen())).append("</td><td>")
                .append(user.lastSeen() == null ? "" : WHEN.format(user.lastSeen())).append("</td></tr>");
        }
        out.append("</tbody></table></div></section>");
    }

    private static void legend(StringBuilder out, String... series) {
        out.append("<div class=\"legend\">");
        for (String name : series) {
            out.append("<span class=\"k-").append(name).append("\">")
                .append(name.toLowerCase(Locale.ROOT).replace('_', ' ')).append("</span>");
        }
        out.append("</div>");
    }

    private static String millis(Duration duration) {
        double ms = duration.toNanos() / 1e6;
        return ms >= 10_000 ? String.format(Locale.ROOT, "%.1f s", ms / 1000) : String.format(Locale.ROOT, "%.1f ms", ms);
    }

    private static String stylesheet() {
        try (InputStream css = DashboardReport.class.getResourceAsStream("report.css")) {
            return new String(Objects.requireNonNull(css, "report.css").readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("the report's stylesheet is missing from the jar", e);
        }
    }

    /** The CSP source of an inline stylesheet: its SHA-256, so that no other style may apply. */
    private static String sha256(String text) {
        try {
            return "sha256-" + Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256")
                .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }

    @Override
    public String toString() {
        return "DashboardReport[" + title + ", " + buckets.size() + " periods, " + activity.counts().keySet() + "]";
    }

    /** Counts given ready-made. */
    private record Count(String source, ActivityOutcome outcome, long records) {}

    /** Builds a {@link DashboardReport}; {@link #build()} reads the activity streams. Not thread-safe. */
    public static final class Builder {
        private String title;
        private String subtitle;
        private SessionDashboard dashboard;
        private final List<SessionUser> users = new ArrayList<>();
        private final List<Stream<ActivityRecord>> activity = new ArrayList<>();
        private final List<Count> counts = new ArrayList<>();
        private int keep = 10;
        private Clock clock = Clock.systemUTC();

        private Builder() {}

        /**
         * The report's title (required).
         *
         * @param title such as "User sessions, last 14 days"
         * @return this builder
         */
        public Builder title(String title) {
            this.title = title;
            return this;
        }

        /**
         * A line under the title: what the report covers.
         *
         * @param subtitle such as "user-session, production, 2026-11-12 to 2026-11-25"
         * @return this builder
         */
        public Builder subtitle(String subtitle) {
            this.subtitle = subtitle;
            return this;
        }

        /**
         * The dashboard of {@code fetchDashboard}: the headline figures and both time charts.
         *
         * @param dashboard the dashboard
         * @return this builder
         */
        public Builder dashboard(SessionDashboard dashboard) {
            this.dashboard = Objects.requireNonNull(dashboard, "dashboard");
            return this;
        }

        /**
         * Users for the "Recent users" table, in the order given.
         *
         * @param users such as {@code fetchUsers(...).users()}
         * @return this builder
         */
        public Builder users(List<SessionUser> users) {
            this.users.addAll(Objects.requireNonNull(users, "users"));
            return this;
        }

        /**
         * Records of any source (or several calls, one per source): counted by source and outcome, and
         * searched for the slowest and latest failed operations. Read once, at {@link #build()}, which
         * closes the stream.
         *
         * @param records such as {@code source.records(ActivityQuery.all())}
         * @return this builder
         */
        public Builder activity(Stream<ActivityRecord> records) {
            this.activity.add(Objects.requireNonNull(records, "records"));
            return this;
        }

        /**
         * Counts already made elsewhere, such as the rows of an archive's {@code summary(...)}.
         *
         * @param source  the source's name
         * @param outcome the outcome
         * @param records how many records
         * @return this builder
         */
        public Builder activityCount(String source, ActivityOutcome outcome, long records) {
            if (source == null || source.isBlank() || outcome == null || records < 0) {
                throw new IllegalArgumentException("`activityCount` needs a source, an outcome and a count >= 0, but "
                    + "was " + source + ", " + outcome + ", " + records);
            }
            counts.add(new Count(source, outcome, records));
            return this;
        }

        /**
         * How many of the slowest and of the failed operations to list (default 10).
         *
         * @param rows 1 to 100
         * @return this builder
         */
        public Builder rows(int rows) {
            if (rows < 1 || rows > 100) {
                throw new IllegalArgumentException("`rows` must be between 1 and 100, but was " + rows);
            }
            this.keep = rows;
            return this;
        }

        /**
         * The clock of the "generated" line (default: system UTC).
         *
         * @param clock the clock
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * Reads the activity and builds the report.
         *
         * @return the report
         * @throws IllegalArgumentException when the title is missing, or there is nothing to show; every
         *                                  stream given to {@link #activity} is closed on this path too
         */
        public DashboardReport build() {
            RuntimeException failed = null;
            try {
                if (title == null || title.isBlank()) {
                    throw new IllegalArgumentException("`title` is required");
                }
                if (dashboard == null && activity.isEmpty() && counts.isEmpty()) {
                    throw new IllegalArgumentException("a report needs a `dashboard`, `activity` or `activityCount`");
                }
                ActivityDigest digest = new ActivityDigest(keep);
                for (Count count : counts) {
                    digest.count(count.source(), count.outcome(), count.records());
                }
                for (Stream<ActivityRecord> records : activity) {
                    records.forEach(digest::add);
                }
                return new DashboardReport(this, digest);
            } catch (RuntimeException e) {
                failed = e;
                throw e;
            } finally {
                closeEveryStream(failed);
            }
        }

        /**
         * Closes every stream the builder was given, whatever happened: a stream of an archive holds a
         * database connection. A failure to close is added to the build's own failure when there is one;
         * else the first is thrown, with the others added to it.
         */
        private void closeEveryStream(RuntimeException failed) {
            RuntimeException failure = failed;
            for (Stream<ActivityRecord> records : activity) {
                try {
                    records.close();
                } catch (RuntimeException e) {
                    if (failure == null) {
                        failure = e;
                    } else {
                        failure.addSuppressed(e);
                    }
                }
            }
            activity.clear();
            if (failure != null && failure != failed) {
                throw failure;
            }
        }
    }
}
