package app.ductape.sessions.spring;

import app.ductape.sessions.SessionError;
import app.ductape.sessions.model.VerifySessionResult;
import java.util.concurrent.CompletionException;
import org.springframework.security.oauth2.core.OAuth2AuthenticatedPrincipal;
import org.springframework.security.oauth2.server.resource.introspection.BadOpaqueTokenException;
import org.springframework.security.oauth2.server.resource.introspection.OAuth2IntrospectionException;

/**
 * What a verifier's answer, or its failure, means to Spring Security's opaque-token introspection; the one
 * owner of that meaning for the blocking and the reactive introspector.
 */
final class SessionIntrospection {
    private SessionIntrospection() {}

    /**
     * The principal of a valid session.
     *
     * @throws BadOpaqueTokenException (401) when the session is invalid, expired or revoked
     */
    static OAuth2AuthenticatedPrincipal principal(VerifySessionResult session, DuctapeAuthoritiesConverter authorities) {
        if (!session.valid()) {
            throw new BadOpaqueTokenException("The session token is invalid, expired or revoked");
        }
        return new DuctapeSessionPrincipal(session, authorities.authorities(session));
    }

    /**
     * The exception Spring Security expects for a failed verify: Ductape unavailable or refusing is an
     * {@link OAuth2IntrospectionException} (the request fails, no token is let through), an empty token a
     * {@link BadOpaqueTokenException}.
     */
    static RuntimeException failure(Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null
            ? failure.getCause() : failure;
        if (cause instanceof SessionError e) {
            return new OAuth2IntrospectionException("The session service cannot verify the token now ("
                + e.code().name() + ")", e);
        }
        if (cause instanceof IllegalArgumentException) {
            return new BadOpaqueTokenException("The session token is empty");
        }
        return cause instanceof RuntimeException runtime ? runtime : new IllegalStateException(cause);
    }
}
