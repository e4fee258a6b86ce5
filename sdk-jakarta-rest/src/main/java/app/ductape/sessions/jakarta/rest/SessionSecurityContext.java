package app.ductape.sessions.jakarta.rest;

import app.ductape.sessions.middleware.SessionGuard;
import app.ductape.sessions.model.VerifySessionResult;
import jakarta.ws.rs.core.SecurityContext;
import java.net.URI;
import java.security.Principal;
import java.util.Collection;
import java.util.Set;
import java.util.function.Function;

/**
 * The security context of a request let through: the guard that decided, its session as the principal, the roles the application's
 * authorities function gives it (asked once, on the first role asked); {@code isSecure} and the authentication
 * scheme kept from the server's own context, which a Jakarta REST server gives every request (the scheme
 * {@value #SCHEME} where it had none, as it has no other authentication).
 */
final class SessionSecurityContext implements SecurityContext {
    /** The scheme where the server's own security context had none: a bearer token, from the header or the cookie. */
    static final String SCHEME = "Bearer";

    private final SessionGuard guard;
    private final DuctapeSessionPrincipal principal;
    private final Function<? super VerifySessionResult, ? extends Collection<String>> authorities;
    private final boolean secure;
    private final String scheme;
    private volatile Set<String> roles;

    SessionSecurityContext(SessionGuard guard, VerifySessionResult session,
                           Function<? super VerifySessionResult, ? extends Collection<String>> authorities,
                           SecurityContext before, URI requestUri) {
        this.guard = guard;
        this.principal = DuctapeSessionPrincipal.of(session);
        this.authorities = authorities;
        this.secure = before != null ? before.isSecure() : "https".equalsIgnoreCase(requestUri.getScheme());
        this.scheme = before != null && before.getAuthenticationScheme() != null ? before.getAuthenticationScheme()
            : SCHEME;
    }

    /** Whether {@code other} admitted this request: a filter with another guard (another tag) must decide anew. */
    boolean decidedBy(SessionGuard other) {
        return guard == other;
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
        return scheme;
    }
}
