package app.ductape.sessions.spring;

import static app.ductape.sessions.spring.DuctapeAutoConfigurationTest.failure;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.ductape.sessions.SessionsService;
import app.ductape.sessions.middleware.DuctapeSessionFilter;
import app.ductape.sessions.middleware.SessionGuard;
import app.ductape.sessions.middleware.SessionVerifier;
import app.ductape.sessions.webflux.DuctapeSessionWebFilter;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ReactiveWebApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.OAuth2AuthenticatedPrincipal;
import org.springframework.security.oauth2.server.resource.introspection.BadOpaqueTokenException;
import org.springframework.security.oauth2.server.resource.introspection.OAuth2IntrospectionException;
import org.springframework.security.oauth2.server.resource.introspection.ReactiveOpaqueTokenIntrospector;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The reactive side of the starter, bean by bean: the web filter in a WebFlux application, and the reactive
 * introspector, converter and resource-server set-up for Spring Security. The applications themselves run
 * in {@code app.ductape.sessions.webfluxapp}.
 */
class DuctapeWebFluxAutoConfigurationTest {
    private static final TestEmulator EMULATOR = new TestEmulator();
    private final ReactiveWebApplicationContextRunner reactive = new ReactiveWebApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(DuctapeAutoConfiguration.class, DuctapeWebFluxAutoConfiguration.class,
            DuctapeReactiveSecurityAutoConfiguration.class))
        .withUserConfiguration(WebFluxSecurity.class)
        .withPropertyValues(EMULATOR.properties("ductape.sessions.verifier.tag=user-session"));

    /** What Spring Boot's reactive security auto-configuration does in an application (its name differs by line). */
    @Configuration(proxyBeanMethods = false)
    @EnableWebFluxSecurity
    static class WebFluxSecurity {}

    @AfterAll
    static void stopEmulator() {
        EMULATOR.close();
    }

    @Test
    void anEnabledFilterIsAWebFilterOnTheUrlPatternsJustBeforeSpringSecurity() {
        reactive.withPropertyValues("ductape.sessions.filter.enabled=true",
                "ductape.sessions.filter.url-patterns=/api/*,/admin/*", "ductape.sessions.filter.cookie-name=sid")
            .run(context -> {
                DuctapeSessionWebFilter filter = context.getBean(DuctapeSessionWebFilter.class);
                assertThat(filter.getOrder()).isEqualTo(-101);
                assertThat(filter.toString()).contains("include=[/api/*, /admin/*]").contains("cookie=sid");
            });
    }

    @Test
    void theFiltersOrderExclusionsAndRetryAfterAreTheServletFiltersProperties() {
        reactive.withPropertyValues("ductape.sessions.filter.enabled=true", "ductape.sessions.filter.order=7",
                "ductape.sessions.filter.exclude-patterns=/api/health", "ductape.sessions.filter.retry-after=9s")
            .run(context -> {
                DuctapeSessionWebFilter filter = context.getBean(DuctapeSessionWebFilter.class);
                assertThat(filter.getOrder()).isEqualTo(7);
                assertThat(filter.toString()).contains("include=[/api/*]").contains("exclude=[/api/health]")
                    .contains("retryAfter=PT9S");
            });
    }

    @Test
    void theWebFilterIsOffByDefaultAndNeverInAServletApplication() {
        reactive.run(context -> assertThat(context).doesNotHaveBean(DuctapeSessionWebFilter.class));
        new WebApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(DuctapeAutoConfiguration.class, DuctapeWebFluxAutoConfiguration.class))
            .withPropertyValues(EMULATOR.properties("ductape.sessions.verifier.tag=user-session",
                "ductape.sessions.filter.enabled=true"))
            .run(context -> assertThat(context).doesNotHaveBean(DuctapeSessionWebFilter.class)
                .hasSingleBean(DuctapeSessionFilter.class));
    }

    @Test
    void anEnabledWebFilterWithoutATagFailsTheStartupNamingTheTag() {
        new ReactiveWebApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(DuctapeAutoConfiguration.class, DuctapeWebFluxAutoConfiguration.class))
            .withPropertyValues(EMULATOR.properties("ductape.sessions.filter.enabled=true"))
            .run(context -> assertThat(failure(context.getStartupFailure()).action())
                .contains("Set ductape.sessions.verifier.tag"));
    }

    @Test
    void aUrlPatternThatIsNotOneFailsTheStartupNamingTheProperty() {
        reactive.withPropertyValues("ductape.sessions.filter.enabled=true", "ductape.sessions.filter.url-patterns=/api/**")
            .run(context -> {
                DuctapeConfigurationException failure = failure(context.getStartupFailure());
                assertThat(failure.getMessage()).contains("/api/**");
                assertThat(failure.action()).contains("ductape.sessions.filter.url-patterns");
            });
    }

    @Test
    void theReactiveIntrospectorTurnsAValidTokenIntoAPrincipalWithYourAuthorities() {
        reactive.withBean(DuctapeAuthoritiesConverter.class, () -> session -> List.of(new SimpleGrantedAuthority("ROLE_USER")))
            .run(context -> {
                String token = TestEmulator.login(context.getBean(SessionsService.class), "ada@example.com").token();

                OAuth2AuthenticatedPrincipal principal = context.getBean(ReactiveOpaqueTokenIntrospector.class)
                    .introspect(token).block();

                assertThat(principal).isInstanceOf(DuctapeSessionPrincipal.class);
                assertThat(principal.getAttributes()).containsEntry("email", "ada@example.com");
                assertThat(principal.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_USER");
            });
    }

    @Test
    void theReactiveIntrospectorRefusesAnInvalidTokenAndFailsWhileDuctapeIsUnavailable() {
        reactive.run(context -> {
            ReactiveOpaqueTokenIntrospector introspector = context.getBean(ReactiveOpaqueTokenIntrospector.class);
            String token = TestEmulator.login(context.getBean(SessionsService.class), "grace@example.com").token();

            assertThatThrownBy(() -> introspector.introspect("user-session:not-a-token").block())
                .isInstanceOf(BadOpaqueTokenException.class).hasMessageNotContaining("not-a-token");
            assertThatThrownBy(() -> introspector.introspect(" ").block()).isInstanceOf(BadOpaqueTokenException.class);
            EMULATOR.emulator.faults().failNext(1, 503);
            assertThatThrownBy(() -> introspector.introspect(token).block())
                .isInstanceOf(OAuth2IntrospectionException.class).hasMessageContaining("VERIFY_FAILED")
                .hasMessageNotContaining(token);
        });
    }

    @Test
    void theReactiveSecurityBeansAndTheDefaultChainComeWithSpringSecurity() {
        reactive.run(context -> assertThat(context).hasSingleBean(DuctapeReactiveOpaqueTokenIntrospector.class)
            .hasSingleBean(DuctapeServerBearerTokenConverter.class).hasSingleBean(DuctapeReactiveResourceServer.class)
            .hasBean("ductapeSecurityWebFilterChain"));
        new ReactiveWebApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(DuctapeAutoConfiguration.class,
                DuctapeReactiveSecurityAutoConfiguration.class))
            .withPropertyValues(EMULATOR.properties("ductape.sessions.verifier.tag=user-session"))
            .withClassLoader(new FilteredClassLoader(ReactiveOpaqueTokenIntrospector.class))
            .run(context -> assertThat(context).doesNotHaveBean(DuctapeReactiveResourceServer.class)
                .hasSingleBean(SessionVerifier.class));
    }

    @Test
    void yourChainReplacesTheDefaultOne() {
        SecurityWebFilterChain mine = new SecurityWebFilterChain() {
            @Override
            public Mono<Boolean> matches(ServerWebExchange exchange) {
                return Mono.just(true);
            }

            @Override
            public Flux<WebFilter> getWebFilters() {
                return Flux.empty();
            }
        };
        reactive.withBean("mine", SecurityWebFilterChain.class, () -> mine)
            .run(context -> assertThat(context).doesNotHaveBean("ductapeSecurityWebFilterChain")
                .hasSingleBean(DuctapeReactiveResourceServer.class));
    }

    @Test
    void yourReactiveIntrospectorWinsAndTheResourceServerUsesIt() {
        ReactiveOpaqueTokenIntrospector mine = token -> Mono.error(new BadOpaqueTokenException("mine"));
        reactive.withBean(ReactiveOpaqueTokenIntrospector.class, () -> mine).run(context -> {
            assertThat(context.getBean(ReactiveOpaqueTokenIntrospector.class)).isSameAs(mine);
            assertThat(context).doesNotHaveBean(DuctapeReactiveOpaqueTokenIntrospector.class);
            assertThat(context.getBean(DuctapeReactiveResourceServer.class).toString()).contains(mine.toString());
        });
    }

    /** An application's own web filter, on its own paths. */
    @Configuration(proxyBeanMethods = false)
    static class YourWebFilter {
        @org.springframework.context.annotation.Bean
        DuctapeSessionWebFilter yourWebFilter(SessionVerifier verifier) {
            return DuctapeSessionWebFilter.of(SessionGuard.builder(verifier).include("/mine/*").build());
        }
    }

    @Test
    void yourWebFilterWinsOverTheStartersOne() {
        reactive.withPropertyValues("ductape.sessions.filter.enabled=true").withUserConfiguration(YourWebFilter.class)
            .run(context -> assertThat(context).hasNotFailed().hasSingleBean(DuctapeSessionWebFilter.class)
                .hasBean("yourWebFilter").doesNotHaveBean("ductapeSessionWebFilter"));
    }

    @Test
    void yourBearerTokenConverterWinsAndTheResourceServerUsesIt() {
        DuctapeServerBearerTokenConverter mine = new DuctapeServerBearerTokenConverter();
        reactive.withBean(DuctapeServerBearerTokenConverter.class, () -> mine).run(context -> {
            assertThat(context.getBean(DuctapeServerBearerTokenConverter.class)).isSameAs(mine);
            assertThat(context.getBean(DuctapeReactiveResourceServer.class).toString()).contains(mine.toString());
        });
    }
}
