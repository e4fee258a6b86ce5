package app.ductape.sessions.jakarta.rest;

import app.ductape.sessions.middleware.RawHttp;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpServerFactory;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.filter.RolesAllowedDynamicFeature;

/** Jersey 4 on Grizzly: no servlet API anywhere. */
final class JerseyOnGrizzly implements JakartaRestServer {
    @Override
    public Running start(Application application) throws Exception {
        HttpServer server = GrizzlyHttpServerFactory.createHttpServer(URI.create("http://127.0.0.1:0/"),
            ResourceConfig.forApplication(application), true);
        int port = server.getListeners().iterator().next().getPort();
        return new Running(port, server::shutdownNow);
    }

    @Override
    public Object propertyResource() {
        return new PropertyResource();
    }

    @Override
    public Object rolesAllowedFeature() {
        return new RolesAllowedDynamicFeature();
    }

    /**
     * Jersey's Grizzly container builds a {@code java.net.URI} of the request first, and a raw backslash or a
     * malformed escape ({@code %%30}) makes that fail: it answers 500 with the {@code URISyntaxException},
     * before any filter or resource.
     */
    @Override
    public boolean refusedBeforeFilters(RawHttp.Answer answer) {
        return answer.status() == 500 && answer.body().contains("java.net.URISyntaxException: ")
            && answer.body().contains("GrizzlyHttpContainer.getRequestUri");
    }

    @Override
    public String toString() {
        return "Jersey on Grizzly";
    }

    /** Jersey injects the request context into a resource. */
    @Path("/api/property")
    public static final class PropertyResource {
        @GET
        @Produces(MediaType.TEXT_PLAIN)
        public String read(@Context ContainerRequestContext request) {
            return TestResources.describeProperty(request.getProperty(DuctapeSessionRequestFilter.SESSION_PROPERTY));
        }
    }
}
