package app.ductape.sessions.spring;

import app.ductape.sessions.SessionError;
import app.ductape.sessions.middleware.SessionVerifier;
import app.ductape.sessions.model.VerifySessionResult;
import org.springframework.security.oauth2.core.OAuth2AuthenticatedPrincipal;
import org.springframework.security.oauth2.server.resource.introspection.BadOpaqueTokenException;
import org.springframework.security.oauth2.server.resource.introspection.OAuth2IntrospectionException;
import org.springframework.security.oauth2.server.resource.introspection.OpaqueTokenIntrospector;

/**
 * Spring Security's opaque-token introspection backed by a {@link SessionVerifier}, so that
 * {@code http.oauth2ResourceServer(o -> o.opaqueToken(Customizer.withDefaults()))} authenticates Ductape
 * session tokens: a valid token becomes a {@link DuctapeSessionPrincipal}; an invalid, expired or revoked
 * one a {@link BadOpaqueTokenException} (401); Ductape being unavailable an
 * {@link OAuth2IntrospectionException} (the request fails; no token is let through).
 */
public final class DuctapeOpaqueTokenIntrospector implements OpaqueTokenIntrospector {
    private final SessionVerifier verifier;
    private final DuctapeAuthoritiesConverter authorities;

    /**
     * An introspector.
     *
     * @param verifier    the verifier
     * @param authorities the authorities of a valid session
     */
    public DuctapeOpaqueTokenIntrospector(SessionVerifier verifier, DuctapeAuthoritiesConverter authorities) {
        this.verifier = verifier;
        this.authorities = authorities;
    }

    @Override
    public OAuth2AuthenticatedPrincipal introspect(String token) {
        VerifySessionResult session;
        try {
            session = verifier.verify(token);
        } catch (SessionError | IllegalArgumentException e) {
            throw SessionIntrospection.failure(e);
        }
        return SessionIntrospection.principal(session, authorities);
    }

    @Override
    public String toString() {
        return "DuctapeOpaqueTokenIntrospector[" + verifier + "]";
    }
}
