package app.ductape.sessions.report;

import static org.assertj.core.api.Assertions.assertThat;

import app.ductape.sessions.model.GroupBy;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The time axis as headless Chromium draws it, for each period a dashboard can have, at a phone's, a
 * tablet's and a desktop's width and on an A4 page: the labels' boxes never overlap, stay inside their
 * chart, and sit at one step.
 */
class TimeAxisInBrowserTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The width of an A4 page's text, 210 mm less the report's 14 mm margins, in CSS pixels. */
    private static final int A4_WIDTH = (int) Math.floor((210 - 2 * 14) / 25.4 * 96);
    /** Every x-label's box and its chart's, as the browser lays them out. */
    private static final String BOXES = """
        return JSON.stringify([...document.querySelectorAll('svg#operations, svg#sessions')].map(svg => {
          const chart = svg.getBoundingClientRect();
          return {id: svg.id, left: chart.left, right: chart.right, labels: [...svg.querySelectorAll('text.x-label')]
            .map(t => { const r = t.getBoundingClientRect();
              return {index: +t.dataset.index, text: t.textContent, left: r.left, right: r.right}; })};
        }));""";

    private static ChromeDriver browser;
    private static Path reports;

    /** A dashboard's periods, as the issue lists them. */
    enum Range {
        ONE_DAY_OF_HOURS(GroupBy.HOUR, "2026-11-19T12:00:00Z", 24),
        FOURTEEN_DAYS(GroupBy.DAY, "2026-11-23T00:00:00Z", 14),
        NINETY_DAYS(GroupBy.DAY, "2026-09-01T00:00:00Z", 90),
        TWENTY_SIX_WEEKS(GroupBy.WEEK, "2026-06-01T00:00:00Z", 26),
        TWENTY_FOUR_MONTHS(GroupBy.MONTH, "2024-12-01T00:00:00Z", 24);

        final GroupBy grouping;
        final Instant from;
        final int count;

        Range(GroupBy grouping, String from, int count) {
            this.grouping = grouping;
            this.from = Instant.parse(from);
            this.count = count;
        }

        Path file() {
            return reports.resolve(name() + ".html");
        }
    }

    @BeforeAll
    static void open() throws Exception {
        reports = Files.createTempDirectory("axis");
        for (Range range : Range.values()) {
            DashboardReport.builder().title("Axis " + range).clock(Clock.fixed(DemoReports.NOW, ZoneOffset.UTC))
                .dashboard(DemoReports.busy(range.grouping, range.from, range.count)).build().writeTo(range.file());
        }
        browser = Browser.start();
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            Browser.quit(browser);
        }
    }

    @AfterEach
    void screenAgain() {
        browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    static Stream<Arguments> rangesAndWidths() {
        List<Arguments> all = new ArrayList<>();
        for (Range range : Range.values()) {
            for (String rendering : List.of("360", "768", "1440", "print")) {
                all.add(Arguments.of(range, rendering));
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} at {1}")
    @MethodSource("rangesAndWidths")
    void theLabelsNeverOverlapStayInTheChartAndSitAtOneStep(Range range, String rendering) throws Exception {
        show(range, rendering);

        JsonNode charts = JSON.readTree((String) browser.executeScript(BOXES));

        assertThat(charts).hasSize(2);
        for (JsonNode chart : charts) {
            JsonNode labels = chart.get("labels");
            String where = range + " at " + rendering + ", " + chart.get("id").asText() + ": " + labels;
            if (rendering.equals("print")) {
                assertThat(chart.get("right").asDouble()).as("the chart fits the A4 page: " + where)
                    .isLessThanOrEqualTo(A4_WIDTH);
            }
            assertThat(labels.size()).as(where).isGreaterThanOrEqualTo(Math.min(range.count, 3));
            Integer step = null;
            for (int k = 0; k < labels.size(); k++) {
                JsonNode label = labels.get(k);
                assertThat(label.get("left").asDouble()).as(where).isGreaterThanOrEqualTo(chart.get("left").asDouble());
                assertThat(label.get("right").asDouble()).as(where).isLessThanOrEqualTo(chart.get("right").asDouble());
                if (k > 0) {
                    JsonNode before = labels.get(k - 1);
                    assertThat(label.get("left").asDouble()).as("%s: %s overlaps %s", where, label, before)
                        .isGreaterThan(before.get("right").asDouble());
                    int gap = label.get("index").asInt() - before.get("index").asInt();
                    step = step == null ? gap : step;
                    assertThat(gap).as(where).isEqualTo(step);
                }
            }
        }
        if (!rendering.equals("print")) {
            screenshot("axis-" + range.name().toLowerCase() + "-" + rendering + ".png");
        }
    }

    private static void show(Range range, String rendering) {
        if (rendering.equals("print")) {
            browser.manage().window().setSize(new Dimension(1200, 1200));
            browser.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", A4_WIDTH, "height", 1123,
                "deviceScaleFactor", 1, "mobile", false));
            browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        } else {
            browser.manage().window().setSize(new Dimension(Integer.parseInt(rendering), 1200));
        }
        browser.get(range.file().toUri().toString());
    }

    private static void screenshot(String name) throws Exception {
        Path dir = Path.of(System.getProperty("report.screenshot.dir", "target/screenshots"));
        Files.createDirectories(dir);
        Files.write(dir.resolve(name), browser.getScreenshotAs(OutputType.BYTES));
    }
}
