package app.ductape.sessions.bench;

import app.ductape.sessions.middleware.DuctapeSessionFilter;
import app.ductape.sessions.middleware.SessionVerifier;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Files;
import org.apache.catalina.LifecycleException;
import org.apache.catalina.startup.Tomcat;

/**
 * B7: what {@link DuctapeSessionFilter} adds to a request in an embedded Tomcat, at a cache hit: one servlet
 * answers both paths, and the filter is mapped on {@code /api/*} only.
 */
public class FilterBenchmark extends RequestPathBenchmark {
    private Tomcat tomcat;

    /** Answers a small JSON body, as an API endpoint would. */
    static final class HelloServlet extends HttpServlet {
        private static final long serialVersionUID = 1L;

        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
            response.setContentType("application/json");
            response.getWriter().write(HELLO);
        }
    }

    @Override
    protected String startServer(SessionVerifier verifier) throws IOException, LifecycleException {
        tomcat = new Tomcat();
        tomcat.setBaseDir(Files.createTempDirectory("bench-tomcat").toString());
        tomcat.setPort(0);
        DuctapeSessionFilter filter = DuctapeSessionFilter.builder(verifier).build();
        tomcat.addContext("", null).addServletContainerInitializer((classes, servletContext) -> {
            servletContext.addServlet("hello", new HelloServlet()).addMapping("/api/hello", "/open/hello");
            servletContext.addFilter("ductape", filter).addMappingForUrlPatterns(null, false, "/api/*");
        }, null);
        tomcat.getConnector();
        tomcat.start();
        return "http://127.0.0.1:" + tomcat.getConnector().getLocalPort();
    }

    @Override
    protected void stopServer() throws LifecycleException {
        tomcat.stop();
        tomcat.destroy();
    }
}
