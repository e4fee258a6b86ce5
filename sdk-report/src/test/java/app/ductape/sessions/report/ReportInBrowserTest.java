package app.ductape.sessions.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/** The demo report opened in headless Chromium: what a reader's browser draws, counts and fetches. */
class ReportInBrowserTest {
    private static ChromeDriver browser;
    private static Path file;
    private static List<Buckets.Bucket> buckets;

    @BeforeAll
    static void open() throws Exception {
        DemoReports.Demo demo = DemoReports.demoWithItsDashboard();
        file = demo.report().writeTo(Files.createTempDirectory("report").resolve("report.html"));
        buckets = Buckets.of(demo.dashboard());
        browser = Browser.start();
        browser.get(file.toUri().toString());
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            Browser.quit(browser);
        }
    }

    @Test
    void everyNonZeroValueIsOneBarAndEveryBucketOnePointPerLine() {
        long segments = buckets.stream().mapToLong(b -> List.of(b.create(), b.verify(), b.refresh(), b.revoke())
            .stream().filter(v -> v > 0).count()).sum();

        assertThat(browser.findElements(By.cssSelector("svg#operations g.series rect"))).hasSize((int) segments);
        assertThat(browser.findElements(By.cssSelector("svg#sessions g.series.created circle"))).hasSize(buckets.size());
        assertThat(browser.findElements(By.cssSelector("svg#sessions g.series.expired circle"))).hasSize(buckets.size());
        assertThat(buckets).hasSize(14);
        WebElement firstBar = browser.findElement(By.cssSelector("svg#operations g.series rect"));
        assertThat(firstBar.getRect().getHeight()).as("a bar is drawn, not just present").isPositive();
    }

    @Test
    void theTimeAxisLabelsEachDayOfTheFortnightInWords() {
        List<WebElement> labels = browser.findElements(By.cssSelector("svg#operations text.x-label"));

        assertThat(labels).extracting(label -> label.getAttribute("data-period"))
            .containsExactlyElementsOf(buckets.stream().map(Buckets.Bucket::period).toList());
        assertThat(labels.get(0).getText()).isEqualTo("Nov 7");
        assertThat(browser.findElements(By.cssSelector("#periods td")).get(0).getAttribute("textContent"))
            .as("the table keeps the full period").isEqualTo(buckets.get(0).period());
    }

    @Test
    void theValueAxisIsLabelledWithTheScalesRoundTicks() {
        long tallest = buckets.stream().mapToLong(Buckets.Bucket::operations).max().orElseThrow();

        List<String> labels = browser.findElements(By.cssSelector("svg#operations text.y-label")).stream()
            .map(WebElement::getText).toList();

        assertThat(labels).containsExactlyElementsOf(Scale.upTo(tallest).ticks().stream().map(Formats::count).toList());
    }

    @Test
    void thePageFetchesNothingAndLogsNoError() {
        List<String> requested = browser.manage().logs().get(LogType.PERFORMANCE).getAll().stream()
            .map(LogEntry::getMessage).filter(message -> message.contains("\"Network.requestWillBeSent\""))
            .map(message -> message.replaceAll(".*\"url\":\"([^\"]*)\".*", "$1")).toList();
        List<LogEntry> errors = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
            .filter(entry -> entry.getLevel().intValue() >= Level.WARNING.intValue()).toList();

        assertThat(requested).allSatisfy(url -> assertThat(url).startsWith("file:"));
        assertThat(errors).isEmpty();
    }

    @Test
    void aScriptInAMessageShowsAsText() {
        WebElement message = browser.findElements(By.cssSelector("#failed td.msg")).stream()
            .filter(cell -> cell.getText().contains("pwned")).findFirst().orElseThrow();

        assertThat(message.getText()).isEqualTo(DemoReports.SCRIPT);
        assertThat(browser.getTitle()).isEqualTo("User sessions, last 14 days");
        assertThat(browser.findElements(By.tagName("script"))).isEmpty();
    }

    @Test
    void itIsDrawnAtPhoneAndDesktopWidths() throws Exception {
        byte[] narrow = screenshot(360, "report-360.png");
        byte[] wide = screenshot(1440, "report-1440.png");

        assertThat(colours(narrow)).as("the 360 px screenshot is not blank").isGreaterThan(20);
        assertThat(colours(wide)).as("the 1440 px screenshot is not blank").isGreaterThan(20);
        assertThat(narrow).isNotEqualTo(wide);
        assertThat(ImageIO.read(new ByteArrayInputStream(narrow)).getWidth())
            .isLessThan(ImageIO.read(new ByteArrayInputStream(wide)).getWidth());
        long horizontalOverflow = (Long) browser.executeScript(
            "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(horizontalOverflow).as("nothing wider than the screen at 1440 px").isLessThanOrEqualTo(0);
    }

    private static byte[] screenshot(int width, String name) throws Exception {
        browser.manage().window().setSize(new Dimension(width, 1200));
        browser.navigate().refresh();
        byte[] png = browser.getScreenshotAs(OutputType.BYTES);
        Path dir = Path.of(System.getProperty("report.screenshot.dir", "target/screenshots"));
        Files.createDirectories(dir);
        Files.write(dir.resolve(name), png);
        return png;
    }

    private static int colours(byte[] png) throws Exception {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        Set<Integer> seen = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 3) {
            for (int x = 0; x < image.getWidth(); x += 3) {
                seen.add(image.getRGB(x, y));
            }
        }
        return seen.size();
    }
}
