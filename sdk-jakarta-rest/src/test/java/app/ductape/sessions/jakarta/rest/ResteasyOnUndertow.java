package app.ductape.sessions.jakarta.rest;

import io.undertow.Undertow;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.net.InetSocketAddress;
import org.jboss.resteasy.plugins.interceptors.RoleBasedSecurityFeature;
import org.jboss.resteasy.plugins.server.undertow.UndertowJaxrsServer;
import org.jboss.resteasy.spi.HttpRequest;

/** RESTEasy 7 on Undertow, as {@code resteasy-undertow} embeds it. */
final class ResteasyOnUndertow implements JakartaRestServer {
    @Override
    public Running start(Application application) throws Exception {
        ListeningServer server = new ListeningServer();
        server.start(Undertow.builder().addHttpListener(0, "127.0.0.1"));
        server.deploy(application);
        return new Running(server.port(), server::stop);
    }

    @Override
    public Object propertyResource() {
        return new PropertyResource();
    }

    @Override
    public Object rolesAllowedFeature() {
        return new RoleBasedSecurityFeature();
    }

    @Override
    public String toString() {
        return "RESTEasy on Undertow";
    }

    /** The embedded server, telling the port it was given. */
    private static final class ListeningServer extends UndertowJaxrsServer {
        int port() {
            return ((InetSocketAddress) server.getListenerInfo().get(0).getAddress()).getPort();
        }
    }

    /** RESTEasy keeps a request's properties as the attributes of its own {@link HttpRequest}. */
    @Path("/api/property")
    public static final class PropertyResource {
        @GET
        @Produces(MediaType.TEXT_PLAIN)
        public String read(@Context HttpRequest request) {
            return TestResources.describeProperty(request.getAttribute(DuctapeSessionRequestFilter.SESSION_PROPERTY));
        }
    }
}
