package app.ductape.sessions.jakarta.rest;

import app.ductape.sessions.middleware.PathRules;
import app.ductape.sessions.middleware.SessionGuard;
import app.ductape.sessions.middleware.SessionGuard.Decision;
import app.ductape.sessions.model.VerifySessionResult;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * A Jakarta REST request filter that lets a request through only with a valid Ductape session token, with
 * the servlet and WebFlux filters' rules ({@link SessionGuard}) and their answers, byte for byte: the token
 * from {@code Authorization: Bearer}, else the cookie named; 401 with {@code WWW-Authenticate} and an
 * RFC 9457 body (never the token); 503 with {@code Retry-After} while Ductape is unavailable; 400 for a raw
 * path that can be read two ways ({@link PathRules}); include and exclude patterns matched against the
 * decoded path within the application ({@code UriInfo.getPath()}, without the {@code @ApplicationPath}).
 *
 * <p>Registered as it is, it runs before matching ({@link PreMatching}), at {@link Priorities#AUTHENTICATION},
 * on every request, as a servlet filter on {@code /*} does: a path the guard includes answers 401 without a
 * token whether a resource is there or not. Registered through {@link #whereRequired()}, it runs only on the
 * resources annotated {@link DuctapeSessionRequired}, after matching.
 *
 * <p>A request let through carries its {@link VerifySessionResult} in the request property
 * {@link #SESSION_PROPERTY}, and its {@code SecurityContext} is replaced: the principal is a
 * {@link DuctapeSessionPrincipal}, {@code isUserInRole} asks the {@linkplain Builder#authorities authorities}
 * given (none by default); {@code isSecure()} and {@code getAuthenticationScheme()} are kept from the context
 * it replaces ({@code "Bearer"} where that had no scheme, as without other authentication).
 * <pre>{@code
 * ResourceConfig app = new ResourceConfig(OrdersResource.class)
 *     .register(DuctapeSessionRequestFilter.of(SessionGuard.builder(verifier).include("/api/*").build()));
 * // in a resource:
 * @GET public String me(@Context SecurityContext security) {
 *     VerifySessionResult session = DuctapeSessionPrincipal.sessionOf(security).orElseThrow();
 * }
 * }</pre>
 * The blocking {@code verify} runs on the implementation's request thread (a worker thread in Jersey and
 * RESTEasy classic; a cache hit does not leave the JVM). Immutable and thread-safe.
 */
@PreMatching
@Priority(Priorities.AUTHENTICATION)
public final class DuctapeSessionRequestFilter implements ContainerRequestFilter {
    /** The request property holding the {@link VerifySessionResult} of a request let through. */
    public static final String SESSION_PROPERTY = "app.ductape.sessions.session";

    private final SessionGuard guard;
    private final Function<? super VerifySessionResult, ? extends Collection<String>> authorities;

    private DuctapeSessionRequestFilter(SessionGuard guard,
                                        Function<? super VerifySessionResult, ? extends Collection<String>> authorities) {
        this.guard = guard;
        this.authorities = authorities;
    }

    /**
     * A filter carrying out the decisions of {@code guard}, whose sessions have no roles.
     *
     * @param guard the rules and the verifier: the same {@link SessionGuard} a servlet or WebFlux filter uses
     * @return the filter
     */
    public static DuctapeSessionRequestFilter of(SessionGuard guard) {
        return builder(guard).build();
    }

    /**
     * A builder of a filter carrying out the decisions of {@code guard}.
     *
     * @param guard the rules and the verifier
     * @return a builder
     */
    public static Builder builder(SessionGuard guard) {
        return new Builder(guard);
    }

    @Override
    public void filter(ContainerRequestContext request) {
        carryOut(guard.decide(new RequestView(request)), request);
    }

    /**
     * This filter, run only on the resource methods annotated {@link DuctapeSessionRequired} (or whose class
     * is), after matching: register it instead of the filter, or beside it (a request the filter already let
     * through is not verified twice).
     *
     * @return a {@link DynamicFeature} to register with the application
     */
    public DynamicFeature whereRequired() {
        return new RequiredSessionFeature(this);
    }

    /** The decision for a request to a resource that requires a session, whatever its path. */
    void filterRequired(ContainerRequestContext request) {
        if (request.getSecurityContext() instanceof SessionSecurityContext admitted && admitted.decidedBy(guard)) {
            return; // let through before matching by this filter, registered globally: the same guard's decision
        }
        carryOut(guard.decideRequired(new RequestView(request)), request);
    }

    private void carryOut(Decision decision, ContainerRequestContext request) {
        if (decision instanceof Decision.Admit admit) {
            request.setProperty(SESSION_PROPERTY, admit.session());
            request.setSecurityContext(new SessionSecurityContext(guard, admit.session(), authorities,
                request.getSecurityContext(), request.getUriInfo().getRequestUri()));
        } else if (decision instanceof Decision.Refuse refuse) {
            Response.ResponseBuilder answer = Response.status(refuse.status());
            refuse.headers().forEach(answer::header);
            request.abortWith(answer.entity(refuse.problemJson().getBytes(StandardCharsets.UTF_8)).build());
        }
    }

    @Override
    public String toString() {
        return "DuctapeSessionRequestFilter[" + guard + "]";
    }

    /** Builds a {@link DuctapeSessionRequestFilter}. Not thread-safe. */
    public static final class Builder {
        private final SessionGuard guard;
        private Function<? super VerifySessionResult, ? extends Collection<String>> authorities = session -> List.of();

        private Builder(SessionGuard guard) {
            this.guard = Objects.requireNonNull(guard, "guard");
        }

        /**
         * The roles of a session, which {@code SecurityContext.isUserInRole} and so {@code @RolesAllowed}
         * ask: read from its data, say, or looked up by its user. Called at most once per request, on the
         * first role asked; it must not return null.
         *
         * @param authorities the roles of a verified session
         * @return this builder
         */
        public Builder authorities(Function<? super VerifySessionResult, ? extends Collection<String>> authorities) {
            this.authorities = Objects.requireNonNull(authorities, "authorities");
            return this;
        }

        /**
         * Builds the filter.
         *
         * @return the filter
         */
        public DuctapeSessionRequestFilter build() {
            return new DuctapeSessionRequestFilter(guard, authorities);
        }
    }
}
