package app.ductape.sessions.report;

import app.ductape.sessions.connectors.ActivityOutcome;
import app.ductape.sessions.connectors.ActivityRecord;
import app.ductape.sessions.model.SessionDashboard;
import app.ductape.sessions.model.SessionUser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
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
    private final String title;
    private final String subtitle;
    private final Instant generatedAt;
    private final int periods;
    private final ActivityDigest activity;
    private final List<Section> sections = new ArrayList<>();

    private DashboardReport(Builder builder, ActivityDigest activity) {
        this.title = builder.title;
        this.subtitle = builder.subtitle;
        this.generatedAt = builder.clock.instant().truncatedTo(ChronoUnit.SECONDS);
        this.activity = activity;
        List<Buckets.Bucket> buckets = builder.dashboard == null ? List.of() : Buckets.of(builder.dashboard);
        this.periods = buckets.size();
        if (builder.dashboard != null) {
            sections.add(new FiguresSection(builder.dashboard));
            sections.add(new OperationsSection(buckets));
            sections.add(new SessionsSection(buckets));
        }
        if (!activity.isEmpty()) {
            sections.add(new SourcesSection(activity.counts()));
            sections.add(new OperationsTableSection("slowest", "Slowest operations", activity.slowest(),
                "No operation of these sources says how long it took."));
            sections.add(new OperationsTableSection("failed", "Latest failed operations", activity.failed(),
                "No operation failed."));
        }
        if (!builder.users.isEmpty()) {
            sections.add(new UsersSection(List.copyOf(builder.users)));
        }
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
        StringBuilder out = new StringBuilder(64 * 1024 + periods * 400);
        ReportPage.open(out, title, subtitle, generatedAt);
        for (Section section : sections) {
            section.renderInto(out);
        }
        ReportPage.close(out);
        return out.toString();
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

    @Override
    public String toString() {
        return "DashboardReport[" + title + ", " + periods + " periods, " + activity.counts().keySet() + "]";
    }

    /** Builds a {@link DashboardReport}; {@link #build()} reads the activity streams. Not thread-safe. */
    public static final class Builder {
        private String title;
        private String subtitle;
        private SessionDashboard dashboard;
        private final List<SessionUser> users = new ArrayList<>();
        private final List<Stream<ActivityRecord>> activity = new ArrayList<>();
        private final List<ActivityStreams.Count> counts = new ArrayList<>();
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
            counts.add(new ActivityStreams.Count(source, outcome, records));
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
            List<Stream<ActivityRecord>> streams = List.copyOf(activity);
            activity.clear();
            if (title == null || title.isBlank() || dashboard == null && streams.isEmpty() && counts.isEmpty()) {
                IllegalArgumentException invalid = new IllegalArgumentException(title == null || title.isBlank()
                    ? "`title` is required" : "a report needs a `dashboard`, `activity` or `activityCount`");
                ActivityStreams.closeAll(streams, invalid);
                throw invalid;
            }
            return new DashboardReport(this, ActivityStreams.digest(keep, counts, streams));
        }
    }
}
