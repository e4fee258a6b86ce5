package app.ductape.sessions.spring;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnNotWebApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/**
 * {@code ductape.sessions.filter.enabled=true} where no filter can be registered stops the application with a
 * failure analysis that names the fix: a security setting that cannot take effect must never leave the paths
 * it was meant to guard open without a word. The filters themselves are registered by
 * {@link DuctapeAutoConfiguration} (servlet) and {@link DuctapeWebFluxAutoConfiguration} (reactive); each case
 * here is one in which neither can be. The checks are never lazy, so {@code spring.main.lazy-initialization}
 * does not skip them.
 */
@AutoConfiguration(after = {DuctapeAutoConfiguration.class, DuctapeWebFluxAutoConfiguration.class})
@ConditionalOnProperty(prefix = "ductape.sessions.filter", name = "enabled", havingValue = "true")
public class DuctapeFilterChecksAutoConfiguration {
    private static final String DISABLE = " Or set ductape.sessions.filter.enabled=false.";

    /** Auto-configuration; Spring creates it. */
    public DuctapeFilterChecksAutoConfiguration() {}

    /** A servlet application without {@code ductape-sessions-middleware}, which holds the servlet filter. */
    @Configuration(proxyBeanMethods = false)
    @Lazy(false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    @ConditionalOnMissingClass("app.ductape.sessions.middleware.DuctapeSessionFilter")
    public static class ServletWithoutTheFilter {

        /** Always fails: the filter cannot be registered. */
        public ServletWithoutTheFilter() {
            throw new DuctapeConfigurationException("ductape.sessions.filter.enabled is true, but "
                + "DuctapeSessionFilter is not on the classpath: nothing would verify the requests of this servlet "
                + "application.", "Add app.ductape:ductape-sessions-middleware (ductape-sessions-spring-boot-starter "
                + "brings it), or the starter instead of ductape-sessions-spring-boot-autoconfigure alone." + DISABLE,
                null);
        }
    }

    /** A reactive application without {@code ductape-sessions-webflux}, which holds the web filter. */
    @Configuration(proxyBeanMethods = false)
    @Lazy(false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
    @ConditionalOnMissingClass("app.ductape.sessions.webflux.DuctapeSessionWebFilter")
    public static class ReactiveWithoutTheWebFilter {

        /** Always fails: the web filter cannot be registered. */
        public ReactiveWithoutTheWebFilter() {
            throw new DuctapeConfigurationException("ductape.sessions.filter.enabled is true, but "
                + "DuctapeSessionWebFilter is not on the classpath: nothing would verify the requests of this "
                + "reactive (WebFlux) application.", "Add app.ductape:ductape-sessions-webflux "
                + "(ductape-sessions-spring-boot-starter brings it)." + DISABLE, null);
        }
    }

    /** An application that serves no web requests: there is nothing to filter. */
    @Configuration(proxyBeanMethods = false)
    @Lazy(false)
    @ConditionalOnNotWebApplication
    public static class NotAWebApplication {

        /** Always fails: there are no requests to filter. */
        public NotAWebApplication() {
            throw new DuctapeConfigurationException("ductape.sessions.filter.enabled is true, but this application "
                + "is neither a servlet nor a reactive web application, so there are no requests to filter.",
                "Run it as a web application (spring-boot-starter-web or spring-boot-starter-webflux, and no "
                    + "spring.main.web-application-type=none), or remove ductape.sessions.filter.enabled: "
                    + "SessionVerifier works without it (ductape.sessions.verifier.tag).", null);
        }
    }
}
