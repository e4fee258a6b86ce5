package app.ductape.sessions.jakarta.rest;

import app.ductape.sessions.model.VerifySessionResult;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The application every Jakarta REST test serves, the same in each implementation: a protected API under
 * {@code /api} (its public part under {@code /api/public}), resources that ask for a session by annotation
 * under {@code /bound} and {@code /reports}, and {@code /health}. Each resource says what it read of the
 * request's security context and session property, and counts the requests that reached it.
 */
final class TestResources {
    private TestResources() {}

    /**
     * The application: the resources, and the providers given (the filter, its feature, and the resource at
     * {@code /api/property} that reads the session property the implementation's own way).
     */
    static Application application(Object... providers) {
        Set<Object> singletons = Set.of(new Api(), new Bound(), new ReportsResource(), new Health());
        return new Application() {
            @Override
            @SuppressWarnings("deprecation") // getSingletons: what both Jersey and RESTEasy take instances through
            public Set<Object> getSingletons() {
                return union(singletons, providers);
            }
        };
    }

    private static Set<Object> union(Set<Object> resources, Object... providers) {
        Set<Object> all = new HashSet<>(resources);
        all.addAll(List.of(providers));
        return all;
    }

    /** What a resource read of the request property: the session's e-mail, or none. */
    static String describeProperty(Object property) {
        return "property=" + (property instanceof VerifySessionResult s ? s.data().get("email") : "none");
    }

    /** Requests that reached a protected resource method, in every application of this JVM. */
    static final AtomicInteger PROTECTED_HITS = new AtomicInteger();

    /** What a resource read of its security context: the session's e-mail, the principal's name, a role, the scheme. */
    static String describe(SecurityContext security) {
        return "principal=" + DuctapeSessionPrincipal.sessionOf(security).map(s -> s.data().get("email")).orElse("none")
            + " name=" + (security.getUserPrincipal() == null ? "none" : security.getUserPrincipal().getName())
            + " admin=" + security.isUserInRole("admin")
            + " scheme=" + security.getAuthenticationScheme()
            + " secure=" + security.isSecure();
    }

    /** The protected API, under the guard's include pattern. */
    @Path("/api")
    @Produces(MediaType.TEXT_PLAIN)
    public static final class Api {
        @GET
        @Path("/me")
        public String me(@Context SecurityContext security) {
            PROTECTED_HITS.incrementAndGet();
            return "/api/me " + describe(security);
        }

        @GET
        @Path("/orders/{id}")
        @DuctapeSessionRequired // and under the guard's include pattern: checked once, before matching
        public String order(@PathParam("id") String id, @Context SecurityContext security) {
            PROTECTED_HITS.incrementAndGet();
            return "/api/orders/" + id + " " + describe(security);
        }

        @GET
        @Path("/admin")
        @RolesAllowed("admin")
        public String admin(@Context SecurityContext security) {
            PROTECTED_HITS.incrementAndGet();
            return "/api/admin " + describe(security);
        }

        @GET
        @Path("/public/{page}")
        public String publicPage(@PathParam("page") String page, @Context SecurityContext security) {
            return "/api/public/" + page + " " + describe(security);
        }
    }

    /** Outside the guard's patterns: one method asks for a session by annotation, the other does not. */
    @Path("/bound")
    @Produces(MediaType.TEXT_PLAIN)
    public static final class Bound {
        @GET
        @Path("/private")
        @DuctapeSessionRequired
        public String privatePage(@Context SecurityContext security) {
            PROTECTED_HITS.incrementAndGet();
            return "/bound/private " + describe(security);
        }

        @GET
        @Path("/open")
        public String openPage(@Context SecurityContext security) {
            return "/bound/open " + describe(security);
        }
    }

    /** A resource interface whose method asks for a session: its implementation must too. */
    @Path("/reports")
    @Produces(MediaType.TEXT_PLAIN)
    public interface Reports {
        @GET
        @Path("/mine")
        @DuctapeSessionRequired
        String mine(@Context SecurityContext security);
    }

    /** Implements {@link Reports} without repeating its annotations. */
    public static final class ReportsResource implements Reports {
        @Override
        public String mine(SecurityContext security) {
            PROTECTED_HITS.incrementAndGet();
            return "/reports/mine " + describe(security);
        }
    }

    /** Outside every pattern and annotation. */
    @Path("/health")
    public static final class Health {
        @GET
        @Produces(MediaType.TEXT_PLAIN)
        public String health() {
            return "ok";
        }
    }
}
