package app.ductape.sessions.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The examples ship a logging provider, so a user running them sees the SDK's warnings. */
class ExamplesLoggingTest {

    @Test
    void theSdksWarningsReachTheConsoleAndItsDebugLinesDoNot() {
        Logger http = LoggerFactory.getLogger("app.ductape.sessions.http");

        assertThat(LoggerFactory.getILoggerFactory().getClass().getName()).isEqualTo("org.slf4j.simple.SimpleLoggerFactory");
        assertThat(http.isWarnEnabled()).isTrue();
        assertThat(http.isDebugEnabled()).isFalse();
    }
}
