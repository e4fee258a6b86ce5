package app.ductape.sessions.jakarta.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URL;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Run only in the {@code no-servlet-api} execution, beside {@link JerseyFilterTest}: the class path has no
 * servlet API at all, so the filter's whole contract passing there in Jersey on Grizzly shows it needs none.
 */
class WithoutServletApiTest {
    @Test
    void noServletApiTypeCanBeLoaded() {
        for (String type : List.of("jakarta.servlet.Filter", "jakarta.servlet.http.HttpServletRequest",
            "javax.servlet.Filter")) {
            assertThatThrownBy(() -> Class.forName(type)).as(type).isInstanceOf(ClassNotFoundException.class);
        }
    }

    @Test
    void noJarOnTheClassPathHoldsTheServletPackage() throws IOException {
        List<URL> found = Collections.list(getClass().getClassLoader().getResources("jakarta/servlet"));

        assertThat(found).isEmpty();
    }

    @Test
    void theServletFilterOfTheSameSdkCannotBeLoadedButTheJakartaRestFilterCan() throws Exception {
        assertThatThrownBy(() -> Class.forName("app.ductape.sessions.middleware.DuctapeSessionFilter")
            .getMethods()).isInstanceOf(NoClassDefFoundError.class);
        assertThat(Class.forName("app.ductape.sessions.jakarta.rest.DuctapeSessionRequestFilter").getMethods())
            .isNotEmpty();
    }
}
