package app.ductape.sessions.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.ductape.sessions.SessionsService;
import app.ductape.sessions.model.StartSessionResult;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticatedPrincipal;
import org.springframework.security.oauth2.server.resource.introspection.BadOpaqueTokenException;
import org.springframework.security.oauth2.server.resource.introspection.OAuth2IntrospectionException;
import org.springframework.security.oauth2.server.resource.introspection.OpaqueTokenIntrospector;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;

/** The {@code OpaqueTokenIntrospector} for Spring Security's resource server. */
class DuctapeSecurityAutoConfigurationTest {
    private static final TestEmulator EMULATOR = new TestEmulator();
    private final ApplicationContextRunner runner = new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(DuctapeAutoConfiguration.class, DuctapeSecurityAutoConfiguration.class))
        .withPropertyValues(EMULATOR.properties("ductape.sessions.filter.tag=user-session"));

    @AfterAll
    static void stopEmulator() {
        EMULATOR.close();
    }

    @Test
    void aValidTokenBecomesAPrincipalWhoseAttributesAreTheSessionData() {
        runner.run(context -> {
            StartSessionResult login = TestEmulator.login(context.getBean(SessionsService.class), "ada@example.com");

            OAuth2AuthenticatedPrincipal principal = context.getBean(OpaqueTokenIntrospector.class)
                .introspect(login.token());

            assertThat(principal.getAttributes()).containsEntry("email", "ada@example.com");
            assertThat(principal.getName()).isEqualTo(login.sessionId());
            assertThat(principal.getAuthorities()).isEmpty();
            assertThat(((DuctapeSessionPrincipal) principal).session().expiresAt()).isPresent();
        });
    }

    @Test
    void yourConverterGivesTheAuthorities() {
        runner.withBean(DuctapeAuthoritiesConverter.class,
                () -> session -> List.of(new SimpleGrantedAuthority("ROLE_" + session.data().get("email"))))
            .run(context -> {
                String token = TestEmulator.login(context.getBean(SessionsService.class), "ada@example.com").token();

                assertThat(context.getBean(OpaqueTokenIntrospector.class).introspect(token).getAuthorities())
                    .extracting(Object::toString).containsExactly("ROLE_ada@example.com");
            });
    }

    @Test
    void anInvalidTokenIsABadOpaqueToken() {
        runner.run(context -> assertThatThrownBy(() -> context.getBean(OpaqueTokenIntrospector.class)
            .introspect("user-session:not-a-token")).isInstanceOf(BadOpaqueTokenException.class)
            .hasMessageNotContaining("not-a-token"));
    }

    @Test
    void ductapeFailingIsAnIntrospectionFailureNotAPass() {
        runner.run(context -> {
            String token = TestEmulator.login(context.getBean(SessionsService.class), "ada@example.com").token();
            EMULATOR.emulator.faults().failNext(1, 503);

            assertThatThrownBy(() -> context.getBean(OpaqueTokenIntrospector.class).introspect(token))
                .isInstanceOf(OAuth2IntrospectionException.class).hasMessageContaining("VERIFY_FAILED")
                .hasMessageNotContaining(token);
        });
    }

    @Test
    void thereIsNoIntrospectorWithoutAVerifierOrWithoutSpringSecurity() {
        new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(DuctapeAutoConfiguration.class, DuctapeSecurityAutoConfiguration.class))
            .withPropertyValues(EMULATOR.properties())
            .run(context -> assertThat(context).doesNotHaveBean(OpaqueTokenIntrospector.class));
        runner.withClassLoader(new FilteredClassLoader(OpaqueTokenIntrospector.class))
            .run(context -> assertThat(context).doesNotHaveBean(OpaqueTokenIntrospector.class));
    }

    @Test
    void theBearerResolverIsTheSdks() {
        runner.run(context -> assertThat(context.getBean(BearerTokenResolver.class))
            .isInstanceOf(DuctapeBearerTokenResolver.class));
    }

    @Test
    void yourIntrospectorWins() {
        OpaqueTokenIntrospector mine = token -> {
            throw new BadOpaqueTokenException("mine");
        };
        runner.withBean(OpaqueTokenIntrospector.class, () -> mine)
            .run(context -> assertThat(context.getBean(OpaqueTokenIntrospector.class)).isSameAs(mine));
    }
}
