package app.ductape.sessions.spring;

import app.ductape.sessions.model.VerifySessionResult;
import java.util.Collection;
import org.springframework.security.core.GrantedAuthority;

/**
 * The authorities of a request authenticated by a Ductape session token, read from its session (for
 * instance a {@code roles} entry of the session data). Define one bean of this type; without it the
 * principal has no authorities.
 */
@FunctionalInterface
public interface DuctapeAuthoritiesConverter {

    /**
     * The authorities of a valid session.
     *
     * @param session the verified session; {@code data()} is what {@code start} was given
     * @return its authorities, never {@code null}
     */
    Collection<? extends GrantedAuthority> authorities(VerifySessionResult session);
}
