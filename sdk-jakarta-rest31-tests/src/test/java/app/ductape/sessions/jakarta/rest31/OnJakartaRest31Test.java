package app.ductape.sessions.jakarta.rest31;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.Application;
import org.glassfish.jersey.server.ResourceConfig;
import org.junit.jupiter.api.Test;

/**
 * That the contract run beside it ({@code JerseyFilterTest}, from sdk-jakarta-rest's test jar) runs on Jakarta
 * REST 3.1 and Jersey 3.1, not on the 4.0 jars the rest of the build uses.
 */
class OnJakartaRest31Test {
    @Test
    void theJakartaRestApiOnTheClassPathIs31() {
        assertThat(Application.class.getProtectionDomain().getCodeSource().getLocation().toString())
            .endsWith("/jakarta.ws.rs-api-3.1.0.jar");
    }

    @Test
    void theJerseyOnTheClassPathIs31() {
        assertThat(ResourceConfig.class.getProtectionDomain().getCodeSource().getLocation().toString())
            .endsWith("/jersey-server-3.1.12.jar");
    }
}
