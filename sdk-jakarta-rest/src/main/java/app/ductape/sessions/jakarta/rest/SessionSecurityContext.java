package app.ductape.sessions.jakarta.rest;

import app.ductape.sessions.model.VerifySessionResult;
import jakarta.ws.rs.core.SecurityContext;
import java.net.URI;
import java.security.Principal;
import java.util.Collection;
import java.util.Set;
import java.util.function.Function;

/**
 * The security context of a request let through: its session as the principal, the roles the application's
 * authorities function gives it (asked once, on the first role asked), and the connection's security as the
 * implementation saw it.
 */
final class SessionSecurityContext implements SecurityContext {
    /** What authenticated the request: a bearer token, from the header or the cookie. */
    static final String SCHEME = "Bearer";

    private final DuctapeSessionPrincipal principal;
    private final Function<? super VerifySessionResult, ? extends Collection<String>> authorities;
    private final boolean secure;
    private volatile Set<String> roles;

    SessionSecurityContext(VerifySessionResult session,
                           Function<? super VerifySessionResult, ? extends Collection<String>> authorities,
                           SecurityContext before, URI requestUri) {
        this.principal = DuctapeSessionPrincipal.of(session);
        this.authorities = authorities;
        this.secure = before != null ? before.isSecure() : "https".equalsIgnoreCase(requestUri.getScheme());
    }

    @Override
    public Principal getUserPrincipal() {
        return principal;
    }

    @Override
    public boolean isUserInRole(String role) {
        Set<String> known = roles;
        if (known == null) {
            Collection<String> given = authorities.apply(principal.session());
            if (given == null) {
                throw new IllegalStateException("the authorities function of DuctapeSessionRequestFilter returned "
                    + "null for session " + principal.getName() + "; return an empty collection for no roles");
            }
            known = Set.copyOf(given);
            roles = known;
        }
        return known.contains(role);
    }

    @Override
    public boolean isSecure() {
        return secure;
    }

    @Override
    public String getAuthenticationScheme() {
        return SCHEME;
    }
}
