package app.ductape.sessions.spring;

import static app.ductape.sessions.spring.DuctapeAutoConfigurationTest.failure;
import static org.assertj.core.api.Assertions.assertThat;

import app.ductape.sessions.middleware.DuctapeSessionFilter;
import app.ductape.sessions.webflux.DuctapeSessionWebFilter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.LazyInitializationBeanFactoryPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.ReactiveWebApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;

/**
 * {@code ductape.sessions.filter.enabled=true} where no filter can be registered stops the start with what to
 * do, instead of leaving the paths open without a word; where a filter can be registered, it is.
 */
class FilterSettingChecksTest {
    private static final TestEmulator EMULATOR = new TestEmulator();
    private static final AutoConfigurations STARTER = AutoConfigurations.of(DuctapeAutoConfiguration.class,
        DuctapeWebFluxAutoConfiguration.class, DuctapeFilterChecksAutoConfiguration.class);
    private static final String[] ENABLED = EMULATOR.properties("ductape.sessions.verifier.tag=user-session",
        "ductape.sessions.filter.enabled=true");

    @AfterAll
    static void stopEmulator() {
        EMULATOR.close();
    }

    @Test
    void aReactiveApplicationWithoutTheWebFluxModuleFailsNamingTheModule() {
        new ReactiveWebApplicationContextRunner().withConfiguration(STARTER)
            .withClassLoader(new FilteredClassLoader(DuctapeSessionWebFilter.class)).withPropertyValues(ENABLED)
            .run(context -> {
                DuctapeConfigurationException failure = failure(context.getStartupFailure());
                assertThat(failure.getMessage()).contains("ductape.sessions.filter.enabled is true")
                    .contains("DuctapeSessionWebFilter is not on the classpath");
                assertThat(failure.action()).contains("app.ductape:ductape-sessions-webflux")
                    .contains("ductape.sessions.filter.enabled=false");
            });
    }

    @Test
    void aServletApplicationWithoutTheMiddlewareFailsNamingTheModule() {
        new WebApplicationContextRunner().withConfiguration(STARTER)
            .withClassLoader(new FilteredClassLoader(DuctapeSessionFilter.class)).withPropertyValues(ENABLED)
            .run(context -> {
                DuctapeConfigurationException failure = failure(context.getStartupFailure());
                assertThat(failure.getMessage()).contains("DuctapeSessionFilter is not on the classpath");
                assertThat(failure.action()).contains("app.ductape:ductape-sessions-middleware");
            });
    }

    @Test
    void anApplicationThatServesNoRequestsFailsSayingThereIsNothingToFilter() {
        new ApplicationContextRunner().withConfiguration(STARTER).withPropertyValues(ENABLED)
            .run(context -> {
                DuctapeConfigurationException failure = failure(context.getStartupFailure());
                assertThat(failure.getMessage()).contains("neither a servlet nor a reactive web application");
                assertThat(failure.action()).contains("remove ductape.sessions.filter.enabled");
            });
    }

    @Test
    void lazyInitialisationDoesNotSkipTheCheck() {
        new ReactiveWebApplicationContextRunner().withConfiguration(STARTER)
            .withInitializer(context -> context.addBeanFactoryPostProcessor(
                new LazyInitializationBeanFactoryPostProcessor()))
            .withClassLoader(new FilteredClassLoader(DuctapeSessionWebFilter.class)).withPropertyValues(ENABLED)
            .run(context -> assertThat(failure(context.getStartupFailure()).getMessage())
                .contains("DuctapeSessionWebFilter is not on the classpath"));
    }

    @Test
    void whereAFilterCanBeRegisteredItIsAndTheApplicationStarts() {
        new ReactiveWebApplicationContextRunner().withConfiguration(STARTER).withPropertyValues(ENABLED)
            .run(context -> assertThat(context).hasNotFailed().hasSingleBean(DuctapeSessionWebFilter.class));
        new WebApplicationContextRunner().withConfiguration(STARTER).withPropertyValues(ENABLED)
            .run(context -> assertThat(context).hasNotFailed().hasSingleBean(DuctapeSessionFilter.class));
    }

    @Test
    void aDisabledFilterChecksNothing() {
        new ApplicationContextRunner().withConfiguration(STARTER)
            .withPropertyValues(EMULATOR.properties("ductape.sessions.verifier.tag=user-session"))
            .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(DuctapeSessionFilter.class));
    }
}
