package app.ductape.sessions.jakarta.rest;

import app.ductape.sessions.model.VerifySessionResult;
import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The principal of a request let through by {@link DuctapeSessionRequestFilter}: its name is the session
 * id, its {@link #session()} the answer of Ductape's {@code verify}. A resource reads it in one line:
 * <pre>{@code
 * @GET public Profile me(@Context SecurityContext security) {
 *     VerifySessionResult session = DuctapeSessionPrincipal.sessionOf(security).orElseThrow();
 *     ...
 * }
 * }</pre>
 */
public final class DuctapeSessionPrincipal implements Principal {
    private final VerifySessionResult session;

    private DuctapeSessionPrincipal(VerifySessionResult session) {
        this.session = session;
    }

    /**
     * The principal of a valid session: for a security context of your own, or a test.
     *
     * @param session a valid verified session
     * @return the principal
     * @throws IllegalArgumentException when the session is not valid
     */
    public static DuctapeSessionPrincipal of(VerifySessionResult session) {
        Objects.requireNonNull(session, "session");
        if (!session.valid()) {
            throw new IllegalArgumentException("a DuctapeSessionPrincipal is the principal of a valid session, but the "
                + "session given is not valid");
        }
        return new DuctapeSessionPrincipal(session);
    }

    /**
     * The session of a request, from its security context.
     *
     * @param security the request's {@code @Context SecurityContext}
     * @return its session when the filter let it through with one; empty otherwise (a path the guard does not
     *         include, or another authentication)
     */
    public static Optional<VerifySessionResult> sessionOf(SecurityContext security) {
        return security != null && security.getUserPrincipal() instanceof DuctapeSessionPrincipal principal
            ? Optional.of(principal.session) : Optional.empty();
    }

    /**
     * The answer of Ductape's {@code verify}, with the session id, expiry and data.
     *
     * @return the verified session
     */
    public VerifySessionResult session() {
        return session;
    }

    /**
     * The session data (what {@code start} was given), as {@link VerifySessionResult#data()}.
     *
     * @return the data; unmodifiable
     */
    public Map<String, Object> data() {
        return session.data();
    }

    /** The session id, or empty when Ductape gave none. */
    @Override
    public String getName() {
        return session.sessionId().orElse("");
    }

    @Override
    public String toString() {
        return "DuctapeSessionPrincipal[" + getName() + "]";
    }
}
