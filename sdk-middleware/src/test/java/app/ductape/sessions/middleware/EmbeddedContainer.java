package app.ductape.sessions.middleware;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.ServletContainerInitializer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import org.apache.catalina.startup.Tomcat;
import org.eclipse.jetty.ee11.servlet.ServletContextHandler;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * A real servlet container on a free loopback port, its application set up through the servlet API
 * (a {@link ServletContainerInitializer}, as an application's own code would), so that one test runs
 * unchanged in embedded Tomcat 11 and embedded Jetty 12.1, which decode and normalise paths their own way.
 * Public for the Jakarta REST tests, which compare their answers with the servlet filter's.
 */
public enum EmbeddedContainer {
    TOMCAT {
        @Override
        public Running start(ServletContainerInitializer application) throws Exception {
            Path baseDir = Files.createTempDirectory("tomcat");
            Tomcat tomcat = new Tomcat();
            tomcat.setBaseDir(baseDir.toString());
            tomcat.setHostname("127.0.0.1");
            tomcat.setPort(0);
            tomcat.addContext("", null).addServletContainerInitializer(application, null);
            tomcat.getConnector();
            tomcat.start();
            int port = tomcat.getConnector().getLocalPort();
            return new Running(port, () -> {
                tomcat.stop();
                tomcat.destroy();
            });
        }
    },
    JETTY {
        @Override
        public Running start(ServletContainerInitializer application) throws Exception {
            Server server = new Server();
            ServerConnector connector = new ServerConnector(server);
            connector.setHost("127.0.0.1");
            connector.setPort(0);
            server.addConnector(connector);
            ServletContextHandler context = new ServletContextHandler("/");
            context.addServletContainerInitializer(application);
            server.setHandler(context);
            server.start();
            return new Running(connector.getLocalPort(), server::stop);
        }
    };

    /** The filter mapping of every test application: all paths, plain requests. */
    public static final EnumSet<DispatcherType> REQUESTS = EnumSet.of(DispatcherType.REQUEST);

    /** Starts the container serving {@code application}, set up when the context starts. */
    public abstract Running start(ServletContainerInitializer application) throws Exception;

    /** A started container; closing stops it. */
    public record Running(int port, Stopper stopper) implements AutoCloseable {
        @Override
        public void close() throws Exception {
            stopper.stop();
        }
    }

    /** How a container stops. */
    @FunctionalInterface
    public interface Stopper {
        void stop() throws Exception;
    }
}
