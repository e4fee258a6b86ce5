package app.ductape.sessions.spring;

import app.ductape.sessions.model.VerifySessionResult;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.OAuth2AuthenticatedPrincipal;

/**
 * The principal of a request authenticated by a Ductape session token: its attributes are the session
 * data; its name is the session id; its authorities are those of your {@link DuctapeAuthoritiesConverter},
 * or none.
 */
public final class DuctapeSessionPrincipal implements OAuth2AuthenticatedPrincipal {
    private final VerifySessionResult session;
    private final List<GrantedAuthority> authorities;

    DuctapeSessionPrincipal(VerifySessionResult session, Collection<? extends GrantedAuthority> authorities) {
        this.session = session;
        this.authorities = List.copyOf(authorities);
    }

    /**
     * The answer of Ductape's {@code verify}, with the session id and expiry.
     *
     * @return the verified session
     */
    public VerifySessionResult session() {
        return session;
    }

    @Override
    public Map<String, Object> getAttributes() {
        return session.data();
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return authorities;
    }

    @Override
    public String getName() {
        return session.sessionId().orElse("");
    }

    @Override
    public String toString() {
        return "DuctapeSessionPrincipal[" + getName() + ", authorities=" + authorities + "]";
    }
}
