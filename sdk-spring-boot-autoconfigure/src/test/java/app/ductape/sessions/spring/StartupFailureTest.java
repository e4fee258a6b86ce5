package app.ductape.sessions.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Configuration;

/** A real application's startup without credentials: Spring's failure analysis names the property to set. */
@ExtendWith(OutputCaptureExtension.class)
class StartupFailureTest {

    /** An application with auto-configuration and nothing else. */
    @Configuration(proxyBeanMethods = false)
    @EnableAutoConfiguration
    static class EmptyApplication {}

    @Test
    void missingCredentialsAreReportedAsWhatToSetNotAsAStackTrace(CapturedOutput output) {
        assertThatThrownBy(() -> new SpringApplicationBuilder(EmptyApplication.class).web(WebApplicationType.NONE)
            .properties("ductape.product=my-product", "spring.main.banner-mode=off").run())
            .hasRootCauseInstanceOf(DuctapeConfigurationException.class);

        assertThat(output).contains("APPLICATION FAILED TO START")
            .contains("No Ductape credentials are configured")
            .contains("Set ductape.workspace-id, ductape.public-key, ductape.user-id, ductape.token, ductape.env-type");
    }

    @Test
    void anEnabledFilterThatCannotBeRegisteredStopsTheStartWithWhatToDo(CapturedOutput output) {
        try (TestEmulator emulator = new TestEmulator()) {
            assertThatThrownBy(() -> new SpringApplicationBuilder(EmptyApplication.class).web(WebApplicationType.NONE)
                .properties(emulator.properties("ductape.sessions.verifier.tag=user-session",
                    "ductape.sessions.filter.enabled=true", "spring.main.banner-mode=off")).run())
                .hasRootCauseInstanceOf(DuctapeConfigurationException.class);
        }

        assertThat(output).contains("APPLICATION FAILED TO START")
            .contains("ductape.sessions.filter.enabled is true, but this application is neither a servlet nor a "
                + "reactive web application")
            .contains("remove ductape.sessions.filter.enabled");
    }
}
