package app.ductape.sessions.spring;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.BearerTokenErrors;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;

/**
 * Takes the token from {@code Authorization: Bearer <token>} as Ductape issues it. Spring Security's
 * default resolver accepts only RFC 6750's token characters, which a Ductape session token
 * ({@code user-session:eyJ...}) is not (the colon), and answers every request carrying one with 401
 * before the introspector sees it.
 */
public final class DuctapeBearerTokenResolver implements BearerTokenResolver {
    private static final String BEARER = "Bearer ";

    /** A resolver; Spring Security's resource server finds the bean. */
    public DuctapeBearerTokenResolver() {}

    @Override
    public String resolve(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return null;
        }
        String token = authorization.substring(BEARER.length()).trim();
        if (token.isEmpty() || token.chars().anyMatch(Character::isWhitespace)) {
            throw new OAuth2AuthenticationException(BearerTokenErrors.invalidToken("Bearer token is malformed"));
        }
        return token;
    }
}
