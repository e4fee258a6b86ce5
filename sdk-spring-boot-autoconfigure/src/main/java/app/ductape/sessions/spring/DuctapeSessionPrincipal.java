package app.ductape.sessions.spring;

import app.ductape.sessions.model.VerifySessionResult;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
     * The principal of a valid session, as the starter's introspectors make it: for an introspector or a test
     * of your own ({@code @WithDuctapeSession} makes one).
     *
     * @param session     a valid verified session
     * @param authorities its authorities
     * @return the principal
     * @throws IllegalArgumentException when the session is not valid
     * @throws NullPointerException     when an argument is null
     */
    public static DuctapeSessionPrincipal of(VerifySessionResult session,
                                             Collection<? extends GrantedAuthority> authorities) {
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(authorities, "authorities");
        if (!session.valid()) {
            throw new IllegalArgumentException("a DuctapeSessionPrincipal is the principal of a valid session, but the "
                + "session given is not valid");
        }
        return new DuctapeSessionPrincipal(session, authorities);
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
