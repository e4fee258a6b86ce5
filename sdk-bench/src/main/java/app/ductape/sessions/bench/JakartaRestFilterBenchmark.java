package app.ductape.sessions.bench;

import app.ductape.sessions.jakarta.rest.DuctapeSessionRequestFilter;
import app.ductape.sessions.middleware.SessionGuard;
import app.ductape.sessions.middleware.SessionVerifier;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpServerFactory;
import org.glassfish.jersey.server.ResourceConfig;

/** B14: what {@link DuctapeSessionRequestFilter} adds to a Jersey request on Grizzly, at a cache hit. */
public class JakartaRestFilterBenchmark extends RequestPathBenchmark {
    private HttpServer server;

    /** One resource on both paths. */
    @Path("/")
    public static class Hello {
        @GET
        @Path("/api/hello")
        @Produces(MediaType.APPLICATION_JSON)
        public String checked() {
            return HELLO;
        }

        @GET
        @Path("/open/hello")
        @Produces(MediaType.APPLICATION_JSON)
        public String unchecked() {
            return HELLO;
        }
    }

    @Override
    protected String startServer(SessionVerifier verifier) {
        server = GrizzlyHttpServerFactory.createHttpServer(URI.create("http://127.0.0.1:0/"), new ResourceConfig(
            Hello.class).register(DuctapeSessionRequestFilter.of(SessionGuard.builder(verifier).include("/api/*")
            .build())), true);
        return "http://127.0.0.1:" + server.getListeners().iterator().next().getPort();
    }

    @Override
    protected void stopServer() {
        server.shutdownNow();
    }
}
