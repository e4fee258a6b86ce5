package app.ductape.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.ArrayList;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.slf4j.LoggerFactory;

/**
 * Runs around every test of the module (registered through {@code META-INF/services}): captures all
 * SDK log output at TRACE and fails a test whose logs carry a credential, a session token (JWT) or a
 * refresh token, or that leaves an HTTP response open. Totals go to {@code target/hygiene.txt}.
 */
public final class SuiteHygiene implements BeforeAllCallback, AfterEachCallback {
    private static final List<Pattern> SECRETS = List.of(
        Pattern.compile(Pattern.quote(Wire.ACCESS_KEY)),
        Pattern.compile(Pattern.quote(Wire.WORKSPACE_TOKEN)),
        Pattern.compile(Pattern.quote(Wire.PUBLIC_KEY)),
        Pattern.compile("eyJ[\\w-]{4,}\\.[\\w-]{4,}\\.[\\w-]*"),
        Pattern.compile("rt_[A-Za-z0-9_-]{8,}"),
        Pattern.compile("Bearer \\S+"));
    private static final Queue<String> LINES = new ConcurrentLinkedQueue<>();
    private static final AtomicLong LINES_SCANNED = new AtomicLong();
    private static final AtomicLong TESTS_CHECKED = new AtomicLong();
    private static volatile boolean installed;

    @Override
    public void beforeAll(ExtensionContext context) {
        install();
    }

    private static synchronized void install() {
        if (installed) {
            return;
        }
        Logger sdk = (Logger) LoggerFactory.getLogger("app.ductape.sessions");
        sdk.setLevel(Level.TRACE);
        AppenderBase<ILoggingEvent> capture = new AppenderBase<>() {
            @Override
            protected void append(ILoggingEvent event) {
                String line = event.getFormattedMessage();
                if (event.getThrowableProxy() != null) {
                    line += " " + event.getThrowableProxy().getMessage();
                }
                LINES.add(line);
            }
        };
        capture.start();
        sdk.addAppender(capture);
        Runtime.getRuntime().addShutdownHook(new Thread(SuiteHygiene::writeSummary));
        installed = true;
    }

    @Override
    public void afterEach(ExtensionContext context) throws InterruptedException {
        long deadline = System.nanoTime() + 2_000_000_000L;
        while (OpenCalls.INSTANCE.open() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        List<String> lines = new ArrayList<>();
        for (String line = LINES.poll(); line != null; line = LINES.poll()) {
            lines.add(line);
        }
        LINES_SCANNED.addAndGet(lines.size());
        TESTS_CHECKED.incrementAndGet();
        for (String line : lines) {
            for (Pattern secret : SECRETS) {
                assertThat(secret.matcher(line).find()).as("a secret (%s) in the log line: %s", secret, line)
                    .isFalse();
            }
        }
        assertThat(OpenCalls.INSTANCE.open()).as("HTTP responses left open (leaked) after the test").isZero();
    }

    /** Fails if {@code text} (an exception message, say) contains a secret. */
    static void assertNoSecret(String text) {
        for (Pattern secret : SECRETS) {
            assertThat(secret.matcher(text).find()).as("a secret (%s) in: %s", secret, text).isFalse();
        }
    }

    private static void writeSummary() {
        try {
            Files.createDirectories(Path.of("target"));
            Files.writeString(Path.of("target", "hygiene.txt"), "tests checked: " + TESTS_CHECKED.get()
                + "\nlog lines scanned: " + LINES_SCANNED.get() + "\nHTTP calls counted: "
                + OpenCalls.INSTANCE.started() + "\nresponses leaked: " + OpenCalls.INSTANCE.open() + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
