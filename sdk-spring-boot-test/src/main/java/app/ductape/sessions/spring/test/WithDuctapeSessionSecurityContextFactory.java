package app.ductape.sessions.spring.test;

import app.ductape.sessions.model.VerifySessionResult;
import app.ductape.sessions.spring.DuctapeSessionPrincipal;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthentication;
import org.springframework.security.test.context.support.WithSecurityContextFactory;

/**
 * The security context of {@link WithDuctapeSession}: what the starter's opaque-token introspection
 * authenticates a valid session as, for a session an hour from its expiry.
 */
public final class WithDuctapeSessionSecurityContextFactory implements WithSecurityContextFactory<WithDuctapeSession> {

    /** Created by Spring Security's test support. */
    public WithDuctapeSessionSecurityContextFactory() {}

    @Override
    public SecurityContext createSecurityContext(WithDuctapeSession session) {
        Instant now = Instant.now();
        Instant expiresAt = now.plus(Duration.ofHours(1));
        VerifySessionResult verified = new VerifySessionResult(true, data(session.data()),
            Optional.of(session.sessionId()), Optional.of(expiresAt));
        List<GrantedAuthority> authorities = Arrays.stream(session.authorities())
            .<GrantedAuthority>map(SimpleGrantedAuthority::new).toList();
        DuctapeSessionPrincipal principal = DuctapeSessionPrincipal.of(verified, authorities);
        OAuth2AccessToken token = new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER,
            "with-ductape-session:" + session.sessionId(), now, expiresAt);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new BearerTokenAuthentication(principal, token, authorities));
        return context;
    }

    private static Map<String, Object> data(String[] pairs) {
        Map<String, Object> data = new LinkedHashMap<>();
        for (String pair : pairs) {
            int equals = pair.indexOf('=');
            if (equals <= 0) {
                throw new IllegalArgumentException("@WithDuctapeSession(data) takes name=value pairs, but was '" + pair
                    + "'");
            }
            data.put(pair.substring(0, equals), pair.substring(equals + 1));
        }
        return data;
    }
}
