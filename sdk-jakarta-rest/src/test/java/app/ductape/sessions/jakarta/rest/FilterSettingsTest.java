package app.ductape.sessions.jakarta.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.ductape.sessions.middleware.SessionGuard;
import app.ductape.sessions.middleware.SessionVerifier;
import app.ductape.sessions.middleware.VerifierFixture;
import app.ductape.sessions.model.VerifySessionResult;
import jakarta.ws.rs.core.SecurityContext;
import java.net.URI;
import java.security.Principal;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The filter's settings and the types it hands a resource, refused clearly when misused. */
class FilterSettingsTest {
    private static final VerifySessionResult ADA = new VerifySessionResult(true, Map.of("email", "ada@example.com"),
        Optional.of("sess_1"), Optional.of(Instant.parse("2026-12-08T00:00:00Z")));

    @Test
    void aFilterNeedsAGuardAndAnAuthoritiesFunction() {
        assertThatThrownBy(() -> DuctapeSessionRequestFilter.of(null)).hasMessage("guard");
        assertThatThrownBy(() -> DuctapeSessionRequestFilter.builder((SessionGuard) null)).hasMessage("guard");
    }

    @Test
    void thePrincipalOfAnInvalidSessionIsRefused() {
        VerifySessionResult invalid = new VerifySessionResult(false, Map.of(), Optional.empty(), Optional.empty());

        assertThatThrownBy(() -> DuctapeSessionPrincipal.of(invalid)).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("valid session");
    }

    @Test
    void thePrincipalIsNamedBySessionIdAndNeverPrintsTheData() {
        DuctapeSessionPrincipal principal = DuctapeSessionPrincipal.of(ADA);

        assertThat(principal.getName()).isEqualTo("sess_1");
        assertThat(principal.toString()).isEqualTo("DuctapeSessionPrincipal[sess_1]").doesNotContain("ada@");
        assertThat(principal.data()).containsEntry("email", "ada@example.com");
    }

    @Test
    void theRolesAreAskedOnceAndOnlyWhenARoleIsAsked() {
        AtomicInteger asked = new AtomicInteger();
        SessionSecurityContext security = new SessionSecurityContext(null, ADA, session -> {
            asked.incrementAndGet();
            return Set.of("admin");
        }, null, URI.create("https://api.example/me"));

        assertThat(asked).hasValue(0);
        assertThat(security.isUserInRole("admin")).isTrue();
        assertThat(security.isUserInRole("root")).isFalse();
        assertThat(asked).hasValue(1);
        assertThat(security.isSecure()).isTrue();
        assertThat(security.getAuthenticationScheme()).isEqualTo("Bearer");
    }

    @Test
    void anAuthoritiesFunctionAnsweringNullIsNamedInTheError() {
        SessionSecurityContext security = new SessionSecurityContext(null, ADA, session -> null, null,
            URI.create("http://api.example/me"));

        assertThatThrownBy(() -> security.isUserInRole("admin")).isInstanceOf(IllegalStateException.class)
            .hasMessageContaining("authorities function").hasMessageContaining("returned null");
    }

    /** Annotated on a superclass: a subclass's methods require a session too. */
    @DuctapeSessionRequired
    static class Base {
        public String page() {
            return "page";
        }
    }

    static class Sub extends Base {
        @Override
        public String page() {
            return "sub";
        }
    }

    static class Open {
        public String page() {
            return "open";
        }
    }

    @Test
    void anAnnotationIsFoundOnTheClassesAboveAndOnlyThere() throws Exception {
        assertThat(RequiredSessionFeature.requiresSession(Sub.class, Sub.class.getMethod("page"))).isTrue();
        assertThat(RequiredSessionFeature.requiresSession(Open.class, Open.class.getMethod("page"))).isFalse();
    }

    @Test
    void aSecurityContextKnowsWhichGuardAdmittedItsRequest() {
        try (VerifierFixture fixture = new VerifierFixture(); SessionVerifier verifier = fixture.verifier().build()) {
            SessionGuard one = SessionGuard.builder(verifier).build();
            SessionGuard another = SessionGuard.builder(verifier).build();

            SessionSecurityContext security = new SessionSecurityContext(one, ADA, session -> Set.of(), null,
                URI.create("http://api.example/me"));

            assertThat(security.decidedBy(one)).isTrue();
            assertThat(security.decidedBy(another)).as("another guard, another tag perhaps: decides anew").isFalse();
        }
    }

    @Test
    void theServersSecurityAndAuthenticationSchemeAreKept() {
        SecurityContext server = new SecurityContext() {
            @Override
            public Principal getUserPrincipal() {
                return null;
            }

            @Override
            public boolean isUserInRole(String role) {
                return false;
            }

            @Override
            public boolean isSecure() {
                return true;
            }

            @Override
            public String getAuthenticationScheme() {
                return SecurityContext.CLIENT_CERT_AUTH;
            }
        };

        SessionSecurityContext security = new SessionSecurityContext(null, ADA, session -> Set.of(), server,
            URI.create("http://behind.a.proxy/me"));

        assertThat(security.isSecure()).isTrue();
        assertThat(security.getAuthenticationScheme()).isEqualTo(SecurityContext.CLIENT_CERT_AUTH);
        assertThat(security.getUserPrincipal()).isInstanceOf(DuctapeSessionPrincipal.class);
    }
}
