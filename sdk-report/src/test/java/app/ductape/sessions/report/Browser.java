package app.ductape.sessions.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Debian's headless Chromium ({@code chromium-headless-shell}) driven by Debian's {@code chromedriver}:
 * both from the machine, named explicitly, so that nothing is ever downloaded. Without them the browser
 * tests fail in CI ({@code CI=true}) and are skipped elsewhere, saying how to install them.
 */
final class Browser {
    static final Path CHROMIUM = Path.of(System.getProperty("report.chromium", "/usr/bin/chromium-headless-shell"));
    static final Path DRIVER = Path.of(System.getProperty("report.chromedriver", "/usr/bin/chromedriver"));

    private Browser() {}

    static ChromeDriver start() {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
        String howTo = "the browser tests need " + CHROMIUM + " and " + DRIVER + ": apt-get install -y "
            + "--no-install-recommends chromium-headless-shell chromium-driver (.ci/run does)";
        if (!installed) {
            if ("true".equals(System.getenv("CI"))) {
                throw new IllegalStateException("CI=true, but " + howTo);
            }
            Assumptions.abort("Skipped: " + howTo);
        }
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
            .addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--hide-scrollbars", "--force-color-profile=srgb", "--window-size=1440,900");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.PERFORMANCE, Level.ALL);
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
            .usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    /**
     * Quits the browser and its driver. Chromium started by chromedriver can outlive {@code quit()} (handed to
     * init once the driver has gone), so what they were is stopped after it.
     */
    static void quit(ChromeDriver browser) {
        List<ProcessHandle> started = ProcessHandle.current().descendants()
            .filter(process -> process.info().command().orElse("").matches(".*/chrom[^/]*")).toList();
        try {
            browser.quit();
        } finally {
            // a headless browser after quit() holds nothing worth a graceful stop
            started.forEach(ProcessHandle::destroyForcibly);
        }
    }
}
