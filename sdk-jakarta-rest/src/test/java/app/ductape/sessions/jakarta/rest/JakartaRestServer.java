package app.ductape.sessions.jakarta.rest;

import app.ductape.sessions.middleware.RawHttp;
import jakarta.ws.rs.core.Application;

/** A Jakarta REST implementation on a real HTTP server, on a free loopback port. */
interface JakartaRestServer {

    /** Serves {@code application} at the root; closing stops the server. */
    Running start(Application application) throws Exception;

    /**
     * A resource at {@code /api/property} answering {@link TestResources#describeProperty} of the request's
     * session property, read the implementation's way: Jakarta REST injects no {@code ContainerRequestContext}
     * into a resource portably.
     */
    Object propertyResource();

    /** The implementation's own {@code @RolesAllowed} support, which asks the security context's roles. */
    Object rolesAllowedFeature();

    /**
     * Whether the implementation itself refused this request before any filter ran, as its own answer shows
     * (never a request that reached the application).
     */
    default boolean refusedBeforeFilters(RawHttp.Answer answer) {
        return false;
    }

    /** A started server. */
    record Running(int port, AutoCloseable stopper) implements AutoCloseable {
        @Override
        public void close() throws Exception {
            stopper.close();
        }
    }
}
