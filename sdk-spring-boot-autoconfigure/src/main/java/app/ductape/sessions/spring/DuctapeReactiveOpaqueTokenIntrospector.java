package app.ductape.sessions.spring;

import app.ductape.sessions.middleware.SessionVerifier;
import java.util.Objects;
import org.springframework.security.oauth2.core.OAuth2AuthenticatedPrincipal;
import org.springframework.security.oauth2.server.resource.introspection.BadOpaqueTokenException;
import org.springframework.security.oauth2.server.resource.introspection.OAuth2IntrospectionException;
import org.springframework.security.oauth2.server.resource.introspection.ReactiveOpaqueTokenIntrospector;
import reactor.core.publisher.Mono;

/**
 * Spring Security's reactive opaque-token introspection backed by a {@link SessionVerifier}'s
 * {@link SessionVerifier#verifyAsync verifyAsync}, so that a WebFlux resource server authenticates Ductape
 * session tokens without blocking its event loop: a cache hit answers at once, a miss is asked on the
 * client's executor. A valid token becomes a {@link DuctapeSessionPrincipal}; an invalid, expired or
 * revoked one a {@link BadOpaqueTokenException} (401); Ductape being unavailable an
 * {@link OAuth2IntrospectionException} (no token is let through; {@link DuctapeReactiveResourceServer}
 * answers it with 503).
 */
public final class DuctapeReactiveOpaqueTokenIntrospector implements ReactiveOpaqueTokenIntrospector {
    private final SessionVerifier verifier;
    private final DuctapeAuthoritiesConverter authorities;

    /**
     * An introspector.
     *
     * @param verifier    the verifier
     * @param authorities the authorities of a valid session
     */
    public DuctapeReactiveOpaqueTokenIntrospector(SessionVerifier verifier, DuctapeAuthoritiesConverter authorities) {
        this.verifier = Objects.requireNonNull(verifier, "verifier");
        this.authorities = Objects.requireNonNull(authorities, "authorities");
    }

    @Override
    public Mono<OAuth2AuthenticatedPrincipal> introspect(String token) {
        return Mono.defer(() -> Mono.fromFuture(verifier.verifyAsync(token)))
            .onErrorMap(SessionIntrospection::failure)
            .map(session -> SessionIntrospection.principal(session, authorities));
    }

    @Override
    public String toString() {
        return "DuctapeReactiveOpaqueTokenIntrospector[" + verifier + "]";
    }
}
