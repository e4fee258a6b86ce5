package app.ductape.sessions.spring;

import app.ductape.sessions.middleware.SessionVerifier;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.server.resource.introspection.OpaqueTokenIntrospector;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;

/**
 * With Spring Security's resource server on the classpath and a {@link SessionVerifier} in the context,
 * an {@link OpaqueTokenIntrospector} backed by it ({@link DuctapeOpaqueTokenIntrospector}) and, in a
 * servlet application, a {@link BearerTokenResolver} that reads Ductape's tokens
 * ({@link DuctapeBearerTokenResolver}).
 */
@AutoConfiguration(after = DuctapeAutoConfiguration.class)
@ConditionalOnClass({OpaqueTokenIntrospector.class, SessionVerifier.class})
@ConditionalOnBean(SessionVerifier.class)
public class DuctapeSecurityAutoConfiguration {

    /** Auto-configuration; Spring creates it. */
    public DuctapeSecurityAutoConfiguration() {}

    /**
     * The introspector.
     *
     * @param verifier    the verifier
     * @param authorities your {@link DuctapeAuthoritiesConverter}, if any
     * @return the introspector
     */
    @Bean
    @ConditionalOnMissingBean(OpaqueTokenIntrospector.class)
    public DuctapeOpaqueTokenIntrospector ductapeOpaqueTokenIntrospector(SessionVerifier verifier,
                                                                         ObjectProvider<DuctapeAuthoritiesConverter> authorities) {
        return new DuctapeOpaqueTokenIntrospector(verifier, authorities.getIfUnique(() -> session -> List.of()));
    }

    /** The bearer resolver, only in a servlet application: its type reads the servlet API. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "jakarta.servlet.http.HttpServletRequest")
    public static class ServletResolverConfiguration {

        /** Auto-configuration; Spring creates it. */
        public ServletResolverConfiguration() {}

        /**
         * The resolver of {@code Authorization: Bearer} tokens shaped like Ductape's.
         *
         * @return the resolver
         */
        @Bean
        @ConditionalOnMissingBean(BearerTokenResolver.class)
        public DuctapeBearerTokenResolver ductapeBearerTokenResolver() {
            return new DuctapeBearerTokenResolver();
        }
    }
}
