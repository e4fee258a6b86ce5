package app.ductape.sessions.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.ductape.sessions.connectors.ActivityOutcome;
import app.ductape.sessions.connectors.ActivityRecord;
import app.ductape.sessions.model.OperationsOverTime;
import app.ductape.sessions.model.SessionDashboard;
import app.ductape.sessions.model.SessionsOverTime;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report's HTML, read as text: what it contains, what it never contains, and its size. */
class DashboardReportTest {

    @Test
    void textFromAServerIsEscapedNeverMarkup() {
        String html = DemoReports.demo().render();

        assertThat(html).doesNotContain(DemoReports.SCRIPT)
            .contains("&lt;script&gt;document.title=&#39;pwned&#39;&lt;/script&gt; &amp; &quot;quotes&quot;");
        assertThat(html).doesNotContainPattern("(?i)<script");
    }

    @Test
    void theFileIsSelfContainedUnderAStrictContentSecurityPolicy() {
        String html = DemoReports.demo().render();

        assertThat(html).doesNotContainPattern("(?i)(src|href)\\s*=").doesNotContain("http://").doesNotContain("https://")
            .doesNotContain("@import").doesNotContain("url(");
        Matcher csp = Pattern.compile("Content-Security-Policy\" content=\"([^\"]+)\"").matcher(html);
        assertThat(csp.find()).isTrue();
        assertThat(csp.group(1)).startsWith("default-src 'none'; style-src 'sha256-").contains("img-src 'none'");
    }

    @Test
    void eachHeadlineFigureSaysWhatItMeasures() {
        String html = DemoReports.demo().render();

        assertThat(html).contains("users seen in the last 24 hours / users in total")
            .contains("sessions live now / sessions started in the period").contains("of operations succeeded")
            .contains("of operations failed").contains("average time of one operation");
    }

    @Test
    void everyChartHasATitleADescriptionAndItsNumbersInATable() {
        String html = DemoReports.demo().render();

        for (String chart : List.of("operations", "sessions", "activity")) {
            assertThat(html).contains("<svg id=\"" + chart + "\"").contains("<title id=\"" + chart + "-t\">")
                .contains("<desc id=\"" + chart + "-d\">");
        }
        assertThat(html).contains("<table id=\"periods\">").contains("<table id=\"sources\">")
            .contains("<table id=\"failed\">").contains("<table id=\"users\">");
    }

    @Test
    void ninetyDaysOfHourlyBucketsMakeAFileUnderOneMegabyte(@TempDir Path dir) throws Exception {
        SessionDashboard dense = DemoReports.ninetyDaysHourly();

        Path file = DashboardReport.builder().title("90 days, hourly").dashboard(dense).build()
            .writeTo(dir.resolve("nested/report.html"));

        long size = Files.size(file);
        assertThat(size).isLessThan(1_000_000);
        String html = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(count(html, "<tr><td>20")).isEqualTo(2160);
        System.out.printf("90 days of hourly buckets: %,d bytes%n", size);
    }

    @Test
    void emptyBucketsAreKeptAndMissingOnesPutBack() {
        SessionDashboard gappy = dashboard(List.of(new OperationsOverTime("2026-11-01T22", 1, 2, 0, 0),
            new OperationsOverTime("2026-11-02T01", 3, 0, 0, 1)), List.of(new SessionsOverTime("2026-11-01T23", 0, 0)));

        List<Buckets.Bucket> buckets = Buckets.of(gappy);

        assertThat(buckets).extracting(Buckets.Bucket::period).containsExactly("2026-11-01T22", "2026-11-01T23",
            "2026-11-02T00", "2026-11-02T01");
        assertThat(buckets.get(2).operations()).isZero();
        assertThat(Buckets.withGapsFilled(List.of("2026-W52", "2027-W02"))).containsExactly("2026-W52", "2026-W53",
            "2027-W01", "2027-W02");
        assertThat(Buckets.withGapsFilled(List.of("2026-11", "2027-01"))).containsExactly("2026-11", "2026-12", "2027-01");
        assertThat(Buckets.withGapsFilled(List.of("week one", "week three"))).containsExactly("week one", "week three");
    }

    @Test
    void activityIsAggregatedAsItStreamsKeepingOnlyTheRowsShown() {
        AtomicLong next = new AtomicLong();
        Stream<ActivityRecord> million = Stream.generate(() -> {
            long i = next.incrementAndGet();
            return new ActivityRecord("exavault", "r" + i, "s", "ops", "STOR",
                i % 10 == 0 ? ActivityOutcome.FAILURE : ActivityOutcome.SUCCESS, Instant.ofEpochSecond(i), "upload " + i,
                Map.of("duration", i % 1000), Optional.of(Duration.ofSeconds(i % 1000)));
        }).limit(1_000_000);

        DashboardReport report = DashboardReport.builder().title("ExaVault").activity(million).rows(5).build();

        String html = report.render();
        assertThat(html).contains("<td>exavault</td><td class=\"n\">900,000</td><td class=\"n\">100,000</td>");
        assertThat(count(html, "<td class=\"msg\">")).isEqualTo(10);
        assertThat(html).contains("upload 1000000").contains("999.0 s");
    }

    @Test
    void countsFromElsewhereSuchAsAnArchiveSummaryAreShown() {
        String html = DashboardReport.builder().title("Archive").activityCount("calwe", ActivityOutcome.UNKNOWN, 77)
            .activityCount("saymon", ActivityOutcome.SUCCESS, 3).build().render();

        assertThat(html).contains("<td>calwe</td>").contains("<td class=\"n\">77</td>");
    }

    @Test
    void theBuilderRefusesAReportOfNothing() {
        assertThatThrownBy(() -> DashboardReport.builder().build()).hasMessageContaining("`title`");
        assertThatThrownBy(() -> DashboardReport.builder().title("t").build()).hasMessageContaining("`dashboard`");
        assertThatThrownBy(() -> DashboardReport.builder().rows(0)).hasMessageContaining("`rows`");
    }

    @Test
    void everyStreamIsClosedWhenTheBuilderRefusesItsSettings() {
        AtomicLong closed = new AtomicLong();
        Stream<ActivityRecord> first = Stream.<ActivityRecord>empty().onClose(closed::incrementAndGet);
        Stream<ActivityRecord> second = Stream.<ActivityRecord>empty().onClose(closed::incrementAndGet);

        assertThatThrownBy(() -> DashboardReport.builder().activity(first).activity(second).build())
            .hasMessageContaining("`title`");

        assertThat(closed).hasValue(2);
    }

    @Test
    void everyStreamIsClosedWhenOneOfThemFailsWhileRead() {
        AtomicLong closed = new AtomicLong();
        Stream<ActivityRecord> failing = Stream.<ActivityRecord>generate(() -> {
            throw new IllegalStateException("the archive's connection broke");
        }).onClose(closed::incrementAndGet);
        Stream<ActivityRecord> archived = Stream.<ActivityRecord>empty().onClose(closed::incrementAndGet);

        assertThatThrownBy(() -> DashboardReport.builder().title("t").activity(failing).activity(archived).build())
            .hasMessageContaining("connection broke");

        assertThat(closed).hasValue(2);
    }

    @Test
    void aStreamThatFailsToCloseIsReportedAndTheOthersAreStillClosed() {
        AtomicLong closed = new AtomicLong();
        Stream<ActivityRecord> stubborn = Stream.<ActivityRecord>empty().onClose(() -> {
            throw new IllegalStateException("close failed");
        });
        Stream<ActivityRecord> archived = Stream.<ActivityRecord>empty().onClose(closed::incrementAndGet);

        assertThatThrownBy(() -> DashboardReport.builder().title("t").activity(stubborn).activity(archived).build())
            .hasMessageContaining("close failed");

        assertThat(closed).hasValue(1);
    }

    private static SessionDashboard dashboard(List<OperationsOverTime> operations, List<SessionsOverTime> sessions) {
        return new SessionDashboard(1, 1, 1, 1, 0, 100, 0, 1, sessions, operations, List.of());
    }

    static int count(String text, String part) {
        int count = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + part.length())) {
            count++;
        }
        return count;
    }
}
