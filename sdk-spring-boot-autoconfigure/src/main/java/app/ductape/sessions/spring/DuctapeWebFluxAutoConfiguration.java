package app.ductape.sessions.spring;

import app.ductape.sessions.middleware.SessionVerifier;
import app.ductape.sessions.webflux.DuctapeSessionWebFilter;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.web.server.WebFilter;

/**
 * In a reactive (WebFlux) application, with {@code ductape.sessions.filter.enabled=true}, the
 * {@link DuctapeSessionWebFilter} with the settings of the servlet filter: it checks the paths of
 * {@code ductape.sessions.filter.url-patterns} (default /api/*) except {@code exclude-patterns}, takes the
 * token from {@code Authorization: Bearer} or {@code cookie-name}, answers a 503 with {@code retry-after},
 * and runs at {@code order} (default -101, before Spring Security's chain). It never blocks the event loop.
 */
@AutoConfiguration(after = DuctapeAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
@ConditionalOnClass({DuctapeSessionWebFilter.class, WebFilter.class, SessionVerifier.class})
@ConditionalOnProperty(prefix = "ductape.sessions.filter", name = "enabled", havingValue = "true")
public class DuctapeWebFluxAutoConfiguration {

    /** Auto-configuration; Spring creates it. */
    public DuctapeWebFluxAutoConfiguration() {}

    /**
     * The web filter, verifying with the application's {@link SessionVerifier}.
     *
     * @param verifier   the verifier, present when {@code ductape.sessions.verifier.tag} is set
     * @param properties the settings
     * @return the filter
     * @throws DuctapeConfigurationException when there is no verifier (no tag set), or a setting is invalid
     */
    @Bean
    @ConditionalOnMissingBean
    public DuctapeSessionWebFilter ductapeSessionWebFilter(ObjectProvider<SessionVerifier> verifier,
                                                           DuctapeProperties properties) {
        DuctapeProperties.Filter settings = properties.sessions().filter();
        return DuctapeSessionWebFilter.of(SessionGuards.of(verifier, settings, true)).withOrder(settings.order());
    }
}
