package app.ductape.sessions.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * The parent pom's timeouts reach JUnit, as every module inheriting it runs its tests: a setting that Surefire
 * drops without a word (configuration parameters outside {@code <properties>}) fails here.
 */
@ExtendWith(BuildTimeoutsTest.Configuration.class)
class BuildTimeoutsTest {

    @Test
    void aTestMethodTimesOutAfterTwoMinutes(ExtensionContext junit) {
        assertThat(junit.getConfigurationParameter("junit.jupiter.execution.timeout.testable.method.default"))
            .hasValue("2 m");
    }

    @Test
    void everyOtherMethodTimesOutAfterFiveMinutes(ExtensionContext junit) {
        assertThat(junit.getConfigurationParameter("junit.jupiter.execution.timeout.default")).hasValue("5 m");
    }

    @Test
    void aTimeoutDumpsTheThreads(ExtensionContext junit) {
        assertThat(junit.getConfigurationParameter("junit.jupiter.execution.timeout.threaddump.enabled"))
            .hasValue("true");
    }

    /** Hands a test JUnit's view of its configuration. */
    static final class Configuration implements ParameterResolver {
        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            return parameter.getParameter().getType() == ExtensionContext.class;
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
            return context;
        }
    }
}
