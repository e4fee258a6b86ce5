package app.ductape.sessions.spring;

import app.ductape.sessions.middleware.SessionVerifier;
import app.ductape.sessions.webflux.HeaderValues;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.server.resource.introspection.ReactiveOpaqueTokenIntrospector;
import org.springframework.security.web.server.SecurityWebFilterChain;

/**
 * In a reactive application with Spring Security's resource server and a {@link SessionVerifier}: a
 * {@link ReactiveOpaqueTokenIntrospector} on the verifier ({@link DuctapeReactiveOpaqueTokenIntrospector}),
 * the {@link DuctapeServerBearerTokenConverter}, and the {@link DuctapeReactiveResourceServer} that puts
 * them on a resource server. Without a {@link SecurityWebFilterChain} of your own, the chain Spring Boot
 * would make for an introspector (every exchange authenticated by the resource server), with Ductape's
 * token reading and its 503; with your own, add {@code .oauth2ResourceServer(ductapeResourceServer)}.
 */
@AutoConfiguration(after = DuctapeAutoConfiguration.class, beforeName = {
    "org.springframework.boot.security.oauth2.server.resource.autoconfigure.reactive.ReactiveOAuth2ResourceServerAutoConfiguration",
    "org.springframework.boot.autoconfigure.security.oauth2.resource.reactive.ReactiveOAuth2ResourceServerAutoConfiguration",
    "org.springframework.boot.security.autoconfigure.actuate.web.reactive.ReactiveManagementWebSecurityAutoConfiguration",
    "org.springframework.boot.actuate.autoconfigure.security.reactive.ReactiveManagementWebSecurityAutoConfiguration",
    "org.springframework.boot.security.autoconfigure.web.reactive.ReactiveWebSecurityAutoConfiguration",
    "org.springframework.boot.autoconfigure.security.reactive.ReactiveSecurityAutoConfiguration"})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
@ConditionalOnClass({ReactiveOpaqueTokenIntrospector.class, ServerHttpSecurity.class, SessionVerifier.class,
    HeaderValues.class})
@ConditionalOnBean(SessionVerifier.class)
public class DuctapeReactiveSecurityAutoConfiguration {

    /** Auto-configuration; Spring creates it. */
    public DuctapeReactiveSecurityAutoConfiguration() {}

    /**
     * The introspector.
     *
     * @param verifier    the verifier
     * @param authorities your {@link DuctapeAuthoritiesConverter}, if any
     * @return the introspector
     */
    @Bean
    @ConditionalOnMissingBean(ReactiveOpaqueTokenIntrospector.class)
    public DuctapeReactiveOpaqueTokenIntrospector ductapeReactiveOpaqueTokenIntrospector(SessionVerifier verifier,
        ObjectProvider<DuctapeAuthoritiesConverter> authorities) {
        return new DuctapeReactiveOpaqueTokenIntrospector(verifier, authorities.getIfUnique(() -> session -> List.of()));
    }

    /**
     * The reader of {@code Authorization: Bearer} tokens shaped like Ductape's.
     *
     * @return the converter
     */
    @Bean
    @ConditionalOnMissingBean
    public DuctapeServerBearerTokenConverter ductapeServerBearerTokenConverter() {
        return new DuctapeServerBearerTokenConverter();
    }

    /**
     * The resource server's set-up for Ductape tokens.
     *
     * @param introspector the application's introspector (the one above unless you define one)
     * @param converter    the converter
     * @param properties   the settings ({@code ductape.sessions.filter.retry-after} for a 503)
     * @return the set-up
     */
    @Bean
    @ConditionalOnMissingBean
    public DuctapeReactiveResourceServer ductapeReactiveResourceServer(ReactiveOpaqueTokenIntrospector introspector,
        DuctapeServerBearerTokenConverter converter, DuctapeProperties properties) {
        return new DuctapeReactiveResourceServer(introspector, converter, properties.sessions().filter().retryAfter());
    }

    /**
     * The default chain, only when the application defines none, as Spring Boot's own is. It repeats the
     * reactive condition: a component scan of this package would otherwise find it on its own.
     */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
    @ConditionalOnClass(EnableWebFluxSecurity.class)
    @ConditionalOnMissingBean(SecurityWebFilterChain.class)
    public static class DefaultChainConfiguration {

        /** Auto-configuration; Spring creates it. */
        public DefaultChainConfiguration() {}

        /**
         * Every exchange authenticated by the resource server, with Ductape's token reading.
         *
         * @param http           Spring Security's builder
         * @param resourceServer the set-up
         * @return the chain
         */
        @Bean
        public SecurityWebFilterChain ductapeSecurityWebFilterChain(ServerHttpSecurity http,
                                                                    DuctapeReactiveResourceServer resourceServer) {
            return http.authorizeExchange(exchanges -> exchanges.anyExchange().authenticated())
                .oauth2ResourceServer(resourceServer).build();
        }
    }
}
