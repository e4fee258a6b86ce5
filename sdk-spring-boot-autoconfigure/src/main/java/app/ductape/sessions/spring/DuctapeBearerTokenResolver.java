package app.ductape.sessions.spring;

import app.ductape.sessions.middleware.BearerToken;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.BearerTokenErrors;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;

/**
 * Takes the token from {@code Authorization: Bearer <token>} by the SDK's one set of rules
 * ({@link BearerToken#parse}), the same as {@code DuctapeSessionFilter}'s. Spring Security's default
 * resolver accepts only RFC 6750's token characters, which a Ductape session token
 * ({@code user-session:eyJ...}) is not (the colon), and answers every request carrying one with 401
 * before the introspector sees it. Malformed headers (no token, whitespace inside it, two
 * {@code Authorization} headers) are refused as {@code invalid_request} (400).
 */
public final class DuctapeBearerTokenResolver implements BearerTokenResolver {

    /** A resolver; Spring Security's resource server finds the bean. */
    public DuctapeBearerTokenResolver() {}

    @Override
    public String resolve(HttpServletRequest request) {
        BearerToken token = BearerToken.parse(Collections.list(request.getHeaders("Authorization")));
        if (token instanceof BearerToken.Present present) {
            return present.token();
        }
        if (token instanceof BearerToken.Malformed malformed) {
            throw new OAuth2AuthenticationException(BearerTokenErrors.invalidRequest(malformed.reason()));
        }
        return null;
    }
}
