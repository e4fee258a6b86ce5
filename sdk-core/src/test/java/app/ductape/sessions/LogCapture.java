package app.ductape.sessions;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.slf4j.LoggerFactory;

/** Captures everything the SDK logs (at TRACE, per logback-test.xml) during one test. */
final class LogCapture implements BeforeEachCallback, AfterEachCallback {
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

    private Logger sdkLogger() {
        return (Logger) LoggerFactory.getLogger("app.ductape.sessions");
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        appender.list.clear();
        appender.start();
        sdkLogger().addAppender(appender);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        sdkLogger().detachAppender(appender);
        appender.stop();
    }

    /** Every captured line, formatted, with any attached exception's messages. */
    List<String> lines() {
        return appender.list.stream().map(event -> {
            String line = event.getLevel() + " " + event.getFormattedMessage();
            return event.getThrowableProxy() == null ? line : line + " " + event.getThrowableProxy().getMessage();
        }).collect(Collectors.toList());
    }

    String all() {
        return String.join("\n", lines());
    }
}
