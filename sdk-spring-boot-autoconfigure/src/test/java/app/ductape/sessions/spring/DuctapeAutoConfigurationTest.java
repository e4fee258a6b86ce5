package app.ductape.sessions.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.ductape.sessions.Ductape;
import app.ductape.sessions.SessionError;
import app.ductape.sessions.SessionsService;
import app.ductape.sessions.middleware.DuctapeSessionFilter;
import app.ductape.sessions.middleware.SessionVerifier;
import app.ductape.sessions.model.SessionConfig;
import app.ductape.sessions.transport.CallListener;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.web.servlet.FilterRegistrationBean;

/** The client, verifier and filter beans: when each is made, from what, and that yours wins. */
class DuctapeAutoConfigurationTest {
    private static final TestEmulator EMULATOR = new TestEmulator();
    private final ApplicationContextRunner runner = new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(DuctapeAutoConfiguration.class));

    @AfterAll
    static void stopEmulator() {
        EMULATOR.close();
    }

    @Test
    void anAccessKeyMakesAWorkingClientAndItsDuctape() {
        runner.withPropertyValues(EMULATOR.properties()).run(context -> {
            SessionsService sessions = context.getBean(SessionsService.class);
            assertThat(sessions.list("my-product")).extracting(SessionConfig::tag).contains("user-session");
            assertThat(context.getBean(Ductape.class).sessions()).isSameAs(sessions);
            assertThat(sessions.defaults().product()).hasValue("my-product");
            assertThat(sessions.defaults().env()).hasValue("production");
        });
    }

    @Test
    void theWorkspaceCredentialsMakeAClientToo() {
        var credentials = EMULATOR.emulator.credentials();
        runner.withPropertyValues("ductape.base-url=" + EMULATOR.emulator.baseUrl(), "ductape.product=my-product",
            "ductape.workspace-id=" + credentials.workspaceId(), "ductape.public-key=" + credentials.publicKey(),
            "ductape.user-id=" + credentials.userId(), "ductape.token=" + credentials.token(),
            "ductape.env-type=prd").run(context -> {
                SessionsService sessions = context.getBean(SessionsService.class);
                assertThat(sessions.list("my-product")).isNotEmpty();
                assertThat(sessions.toString()).doesNotContain(credentials.token()).doesNotContain(credentials.publicKey());
            });
    }

    @Test
    void theClientIsClosedWithTheContext() {
        SessionsService[] kept = new SessionsService[1];
        runner.withPropertyValues(EMULATOR.properties()).run(context -> kept[0] = context.getBean(SessionsService.class));

        assertThatThrownBy(() -> kept[0].list("my-product")).isInstanceOf(IllegalStateException.class)
            .hasMessageContaining("closed client");
    }

    @Test
    void noCredentialsFailTheStartupNamingTheProperty() {
        runner.withPropertyValues("ductape.product=my-product").run(context -> {
            assertThat(context).hasFailed();
            DuctapeConfigurationException failure = failure(context.getStartupFailure());
            assertThat(failure.description()).contains("No Ductape credentials");
            assertThat(failure.action()).contains("ductape.access-key").contains("ductape.workspace-id");
        });
    }

    @Test
    void incompleteWorkspaceCredentialsNameWhatIsMissing() {
        runner.withPropertyValues("ductape.workspace-id=w", "ductape.public-key=p").run(context -> {
            DuctapeConfigurationException failure = failure(context.getStartupFailure());
            assertThat(failure.description()).contains("ductape.user-id, ductape.token, ductape.env-type are not set");
        });
    }

    @Test
    void anAccessKeyWithoutTheWorkspaceIdFailsTheStartupNamingIt() {
        runner.withPropertyValues("ductape.access-key=k", "ductape.product=my-product").run(context -> {
            DuctapeConfigurationException failure = failure(context.getStartupFailure());
            assertThat(failure.description()).contains("ductape.access-key is set but ductape.workspace-id is not");
        });
    }

    @Test
    void anAccessKeyWithTheWorkspaceCredentialsFailsTheStartupAsAmbiguous() {
        runner.withPropertyValues(EMULATOR.properties("ductape.access-key=k")).run(context -> {
            DuctapeConfigurationException failure = failure(context.getStartupFailure());
            assertThat(failure.description()).contains("Both ductape.access-key and the workspace credentials are set");
        });
    }

    @Test
    void anAccessKeyWithTheWorkspaceIdReachesTheEmulator() {
        runner.withPropertyValues(EMULATOR.properties("ductape.access-key=" + EMULATOR.emulator.credentials().accessKey(),
            "ductape.public-key=", "ductape.user-id=", "ductape.token=", "ductape.env-type=")).run(context ->
                assertThat(context.getBean(SessionsService.class).list("my-product")).isNotEmpty());
    }

    @Test
    void anInvalidSettingFailsTheStartupWithTheSdksReason() {
        runner.withPropertyValues(EMULATOR.properties("ductape.base-url=ftp://example.com")).run(context -> {
            DuctapeConfigurationException failure = failure(context.getStartupFailure());
            assertThat(failure.description()).startsWith("The ductape.* settings are invalid: ").contains("ftp://example.com");
        });
    }

    @Test
    void maxRetriesReachesTheClient() {
        runner.withPropertyValues(EMULATOR.properties("ductape.max-retries=1")).run(context -> {
            EMULATOR.emulator.faults().failNext(1, 503);
            assertThat(context.getBean(SessionsService.class).list("my-product")).isNotEmpty();
            EMULATOR.emulator.faults().failNext(2, 503);
            assertThatThrownBy(() -> context.getBean(SessionsService.class).list("my-product"))
                .isInstanceOfSatisfying(SessionError.class, e -> assertThat(e.attempts()).isEqualTo(2));
        });
    }

    @Test
    void theTimeoutBoundsEachAttempt() {
        runner.withPropertyValues(EMULATOR.properties("ductape.timeout=300ms")).run(context -> {
            EMULATOR.emulator.faults().delayNext(1, Duration.ofSeconds(2));
            assertThatThrownBy(() -> context.getBean(SessionsService.class).list("my-product"))
                .isInstanceOfSatisfying(SessionError.class, e -> assertThat(e.httpStatus()).isEmpty());
        });
    }

    @Test
    void everyCustomizerShapesTheClient() {
        List<String> operations = new CopyOnWriteArrayList<>();
        runner.withPropertyValues(EMULATOR.properties())
            .withBean(DuctapeClientCustomizer.class, () -> builder -> builder.transport(t -> t.callListener(
                new CallListener() {
                    @Override
                    public void onCompletion(Completion completion) {
                        operations.add(completion.operation());
                    }
                })))
            .run(context -> context.getBean(SessionsService.class).list("my-product"));

        assertThat(operations).containsExactly("list");
    }

    @Test
    void yourSessionsServiceWinsAndTheDuctapeWrapsIt() {
        try (SessionsService mine = EMULATOR.emulator.newSessionsService()) {
            runner.withBean(SessionsService.class, () -> mine).run(context -> {
                assertThat(context).hasSingleBean(SessionsService.class);
                assertThat(context.getBean(SessionsService.class)).isSameAs(mine);
                assertThat(context.getBean(Ductape.class).sessions()).isSameAs(mine);
            });
        }
    }

    @Test
    void yourDuctapeWinsAndItsClientIsTheSessionsService() {
        try (Ductape mine = EMULATOR.emulator.newDuctape()) {
            runner.withBean(Ductape.class, () -> mine).run(context -> {
                assertThat(context.getBean(Ductape.class)).isSameAs(mine);
                assertThat(context.getBean(SessionsService.class)).isSameAs(mine.sessions());
            });
        }
    }

    @Test
    void theVerifierNeedsATag() {
        runner.withPropertyValues(EMULATOR.properties()).run(context ->
            assertThat(context).doesNotHaveBean(SessionVerifier.class));
        runner.withPropertyValues(EMULATOR.properties("ductape.sessions.filter.tag=user-session",
            "ductape.sessions.verifier.max-staleness=5s")).run(context -> {
                SessionVerifier verifier = context.getBean(SessionVerifier.class);
                assertThat(verifier.tag()).isEqualTo("user-session");
                assertThat(verifier.toString()).contains("maxStaleness=PT5S");
                String token = TestEmulator.login(context.getBean(SessionsService.class), "ada@example.com").token();
                assertThat(verifier.verify(token).valid()).isTrue();
            });
    }

    @Test
    void theVerifiersTagIsAVerifierSettingAndWinsOverTheOlderFilterTag() {
        runner.withPropertyValues(EMULATOR.properties("ductape.sessions.verifier.tag=checkout-session",
            "ductape.sessions.filter.tag=user-session")).run(context ->
                assertThat(context.getBean(SessionVerifier.class).tag()).isEqualTo("checkout-session"));
    }

    @Test
    void serveStaleOnErrorIsAVerifierSetting() {
        runner.withPropertyValues(EMULATOR.properties("ductape.sessions.verifier.tag=user-session",
            "ductape.sessions.verifier.serve-stale-on-error=20s")).run(context ->
                assertThat(context.getBean(SessionVerifier.class).toString()).contains("serveStaleOnError=PT20S"));
    }

    @Test
    void theFiltersRetryAfterIsAFilterSetting() {
        new WebApplicationContextRunner().withConfiguration(AutoConfigurations.of(DuctapeAutoConfiguration.class))
            .withPropertyValues(EMULATOR.properties("ductape.sessions.filter.enabled=true",
                "ductape.sessions.verifier.tag=user-session", "ductape.sessions.filter.retry-after=9s"))
            .run(context -> assertThat(context.getBean(DuctapeSessionFilter.class).toString())
                .contains("retryAfter=PT9S"));
    }

    @Test
    void yourVerifierWins() {
        try (SessionsService sessions = EMULATOR.emulator.newSessionsService();
             SessionVerifier mine = SessionVerifier.builder(sessions).tag("checkout-session").build()) {
            runner.withPropertyValues(EMULATOR.properties("ductape.sessions.filter.tag=user-session"))
                .withBean(SessionVerifier.class, () -> mine)
                .run(context -> assertThat(context.getBean(SessionVerifier.class)).isSameAs(mine));
        }
    }

    @Test
    void theFilterIsOffByDefault() {
        new WebApplicationContextRunner().withConfiguration(AutoConfigurations.of(DuctapeAutoConfiguration.class))
            .withPropertyValues(EMULATOR.properties("ductape.sessions.filter.tag=user-session"))
            .run(context -> {
                assertThat(context).hasSingleBean(SessionVerifier.class);
                assertThat(context).doesNotHaveBean(DuctapeSessionFilter.class);
            });
    }

    @Test
    void anEnabledFilterIsRegisteredOnItsUrlPatternsInAServletApplication() {
        new WebApplicationContextRunner().withConfiguration(AutoConfigurations.of(DuctapeAutoConfiguration.class))
            .withPropertyValues(EMULATOR.properties("ductape.sessions.filter.enabled=true",
                "ductape.sessions.filter.tag=user-session", "ductape.sessions.filter.url-patterns=/api/*,/admin/*",
                "ductape.sessions.filter.cookie-name=ductape_session"))
            .run(context -> {
                FilterRegistrationBean<?> registration = context.getBean("ductapeSessionFilterRegistration",
                    FilterRegistrationBean.class);
                assertThat(registration.getFilter()).isSameAs(context.getBean(DuctapeSessionFilter.class));
                assertThat(registration.getUrlPatterns()).containsExactly("/api/*", "/admin/*");
                assertThat(context.getBean(DuctapeSessionFilter.class).toString()).contains("cookie=ductape_session");
                assertThat(registration.getOrder()).as("just before Spring Security's chain").isEqualTo(-101);
            });
    }

    @Test
    void theFiltersOrderAndExcludedPathsAreProperties() {
        new WebApplicationContextRunner().withConfiguration(AutoConfigurations.of(DuctapeAutoConfiguration.class))
            .withPropertyValues(EMULATOR.properties("ductape.sessions.filter.enabled=true",
                "ductape.sessions.filter.tag=user-session", "ductape.sessions.filter.order=5",
                "ductape.sessions.filter.exclude-patterns=/api/health,/api/public/*"))
            .run(context -> {
                assertThat(context.getBean("ductapeSessionFilterRegistration", FilterRegistrationBean.class)
                    .getOrder()).isEqualTo(5);
                assertThat(context.getBean(DuctapeSessionFilter.class).toString())
                    .contains("exclude=[/api/health, /api/public/*]");
            });
    }

    @Test
    void anEnabledFilterWithoutATagFailsTheStartupNamingTheTag() {
        new WebApplicationContextRunner().withConfiguration(AutoConfigurations.of(DuctapeAutoConfiguration.class))
            .withPropertyValues(EMULATOR.properties("ductape.sessions.filter.enabled=true"))
            .run(context -> {
                DuctapeConfigurationException failure = failure(
                    context.getStartupFailure());
                assertThat(failure.action()).contains("Set ductape.sessions.verifier.tag");
            });
    }

    @Test
    void theFilterIsNotMadeOutsideAServletApplication() {
        runner.withPropertyValues(EMULATOR.properties("ductape.sessions.filter.enabled=true",
            "ductape.sessions.filter.tag=user-session")).run(context ->
                assertThat(context).doesNotHaveBean(DuctapeSessionFilter.class).hasSingleBean(SessionVerifier.class));
    }

    @Test
    void withoutTheMiddlewareOnTheClasspathTheClientStillComes() {
        runner.withClassLoader(new FilteredClassLoader(SessionVerifier.class))
            .withPropertyValues(EMULATOR.properties("ductape.sessions.filter.tag=user-session"))
            .run(context -> assertThat(context).hasSingleBean(SessionsService.class)
                .doesNotHaveBean("ductapeSessionVerifier"));
    }

    @Test
    void thePropertiesNeverPrintASecret() {
        runner.withPropertyValues(EMULATOR.properties("ductape.token=workspace-token-secret")).run(context ->
            assertThat(context.getBean(DuctapeProperties.class).toString())
                .doesNotContain(EMULATOR.emulator.credentials().accessKey()).doesNotContain("workspace-token-secret"));
    }

    /** The starter's exception in a failed startup's chain of causes. */
    static DuctapeConfigurationException failure(Throwable startupFailure) {
        for (Throwable cause = startupFailure; cause != null; cause = cause.getCause()) {
            if (cause instanceof DuctapeConfigurationException ours) {
                return ours;
            }
        }
        throw new AssertionError("no DuctapeConfigurationException in " + startupFailure);
    }
}
