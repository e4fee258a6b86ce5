package app.ductape.sessions.spring;

import app.ductape.sessions.Ductape;
import app.ductape.sessions.SessionsService;
import app.ductape.sessions.middleware.DuctapeSessionFilter;
import app.ductape.sessions.middleware.SessionVerifier;
import app.ductape.sessions.middleware.VerificationTracer;
import app.ductape.sessions.middleware.fleet.Fleet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.AnyNestedCondition;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * The Ductape client ({@link SessionsService} and {@link Ductape}), the {@link SessionVerifier} of the
 * tag in {@code ductape.sessions.verifier.tag} (when the middleware is on the classpath), and, when {@code ductape.sessions.filter.enabled=true} in a
 * servlet application, {@link DuctapeSessionFilter} on {@code ductape.sessions.filter.url-patterns}. Every
 * bean gives way to one of your own.
 */
@AutoConfiguration
@ConditionalOnClass(SessionsService.class)
@EnableConfigurationProperties(DuctapeProperties.class)
public class DuctapeAutoConfiguration {

    /** Auto-configuration; Spring creates it. */
    public DuctapeAutoConfiguration() {}

    /**
     * The client, built from the {@code ductape.*} properties and then every
     * {@link DuctapeClientCustomizer}; closed with the context.
     *
     * @param properties  the settings
     * @param customizers the customizers, in order
     * @return the client
     * @throws DuctapeConfigurationException naming the properties to set when there are no credentials or a
     *                                       setting is invalid
     */
    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean({SessionsService.class, Ductape.class})
    public SessionsService ductapeSessionsService(DuctapeProperties properties,
                                                  ObjectProvider<DuctapeClientCustomizer> customizers) {
        SessionsService.Builder builder = SessionsService.builder();
        try {
            credentials(properties, builder);
            apply(properties.baseUrl(), builder::baseUrl);
            apply(properties.product(), builder::product);
            apply(properties.env(), builder::env);
            apply(properties.timeout(), builder::callTimeout);
            apply(properties.maxRetries(), builder::maxRetries);
            customizers.orderedStream().forEach(customizer -> customizer.customize(builder));
            return builder.build();
        } catch (IllegalArgumentException e) {
            throw new DuctapeConfigurationException("The ductape.* settings are invalid: " + e.getMessage(),
                "Correct the ductape.* property named above (in application.properties, or as an environment "
                    + "variable such as DUCTAPE_BASEURL for ductape.base-url).", e);
        }
    }

    /**
     * The client of a {@link Ductape} bean of your own, when you bring one.
     *
     * @param ductape your {@code Ductape}
     * @return its {@code sessions()}, closed with it
     */
    @Bean(destroyMethod = "")
    @ConditionalOnMissingBean(SessionsService.class)
    @ConditionalOnBean(Ductape.class)
    public SessionsService ductapeSessionsServiceOfDuctape(Ductape ductape) {
        return ductape.sessions();
    }

    /**
     * The {@code Ductape} spellings ({@code ductape.products().sessions()...}) over the client.
     *
     * @param sessions the client, which keeps its own lifecycle
     * @return the {@code Ductape}
     */
    @Bean(destroyMethod = "")
    @ConditionalOnMissingBean
    public Ductape ductape(SessionsService sessions) {
        return Ductape.of(sessions);
    }

    /**
     * The workspace credentials (the path Ductape's own clients take), or the access key with the workspace id
     * (an assumed route); what is missing is named by its property.
     */
    private static void credentials(DuctapeProperties properties, SessionsService.Builder builder) {
        if (present(properties.accessKey())) {
            if (present(properties.publicKey()) || present(properties.userId()) || present(properties.token())
                || present(properties.envType())) {
                throw new DuctapeConfigurationException("Both ductape.access-key and the workspace credentials are "
                    + "set; the client uses one or the other.", "Remove ductape.access-key (the workspace credentials "
                    + "are the path Ductape's own clients take), or the workspace settings.", null);
            }
            if (!present(properties.workspaceId())) {
                throw new DuctapeConfigurationException("ductape.access-key is set but ductape.workspace-id is "
                    + "not: Ductape's routes are keyed by workspace.",
                    "Set ductape.workspace-id as well, or use the workspace credentials instead.", null);
            }
            builder.accessKey(properties.accessKey()).workspaceId(properties.workspaceId());
            return;
        }
        Map<String, String> workspace = new LinkedHashMap<>();
        workspace.put("ductape.workspace-id", properties.workspaceId());
        workspace.put("ductape.public-key", properties.publicKey());
        workspace.put("ductape.user-id", properties.userId());
        workspace.put("ductape.token", properties.token());
        workspace.put("ductape.env-type", properties.envType());
        List<String> missing = new ArrayList<>();
        workspace.forEach((property, value) -> {
            if (!present(value)) {
                missing.add(property);
            }
        });
        if (missing.size() == workspace.size()) {
            throw new DuctapeConfigurationException("No Ductape credentials are configured: the Ductape client "
                + "needs the five workspace settings (or an access key with the workspace id).",
                "Set " + String.join(", ", workspace.keySet()) + " (in application.properties, for instance "
                    + "ductape.public-key=${DUCTAPE_PUBLIC_KEY}); or ductape.access-key with ductape.workspace-id.",
                null);
        }
        if (!missing.isEmpty()) {
            throw new DuctapeConfigurationException("The Ductape workspace credentials are incomplete: "
                + String.join(", ", missing) + " " + (missing.size() == 1 ? "is" : "are") + " not set.",
                "Set " + String.join(", ", missing) + ", or use ductape.access-key with ductape.workspace-id.",
                null);
        }
        builder.workspaceId(properties.workspaceId()).publicKey(properties.publicKey()).userId(properties.userId())
            .token(properties.token()).envType(properties.envType());
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    private static <T> void apply(T value, Consumer<T> setter) {
        if (value != null) {
            setter.accept(value);
        }
    }

    /**
     * The verifier, only where the middleware is on the classpath: the condition is on this class, so
     * that none of its types is loaded without it.
     */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(SessionVerifier.class)
    @Conditional(OnVerifierTag.class)
    public static class VerifierConfiguration {

        /** Auto-configuration; Spring creates it. */
        public VerifierConfiguration() {}

        /**
         * The cached, coalesced verifier of the tokens of {@code ductape.sessions.verifier.tag}; it follows the
         * client's revocations, and closing it (with the context) stops that.
         *
         * @param sessions   the client
         * @param properties the settings
         * @param fleet      the other instances, with {@code ductape.sessions.verifier.fleet.enabled=true}
         * @param tracer     the verifications' tracer, when the application traces (ductape.tracing.*)
         * @return the verifier
         */
        @Bean(destroyMethod = "close")
        @ConditionalOnMissingBean
        public SessionVerifier ductapeSessionVerifier(SessionsService sessions, DuctapeProperties properties,
                                                      ObjectProvider<Fleet> fleet,
                                                      ObjectProvider<VerificationTracer> tracer) {
            DuctapeProperties.Verifier settings = properties.sessions().verifier();
            try {
                SessionVerifier.Builder verifier = SessionVerifier.builder(sessions)
                    .tag(properties.sessions().verifierTag()).maxStaleness(settings.maxStaleness())
                    .maxEntries(settings.maxEntries()).serveStaleOnError(settings.serveStaleOnError());
                fleet.ifAvailable(verifier::fleet);
                tracer.ifAvailable(verifier::tracer);
                return verifier.build();
            } catch (IllegalArgumentException e) {
                throw new DuctapeConfigurationException("The session verifier cannot be built: " + e.getMessage(),
                    "Correct ductape.sessions.verifier.* (and .fleet.*); a verifier also needs ductape.product and "
                        + "ductape.env (the client's defaults).", e);
            }
        }
    }

    /** {@code ductape.sessions.verifier.tag} is set, or the older {@code ductape.sessions.filter.tag}. */
    static final class OnVerifierTag extends AnyNestedCondition {
        OnVerifierTag() {
            super(ConfigurationPhase.REGISTER_BEAN);
        }

        @ConditionalOnProperty(prefix = "ductape.sessions.verifier", name = "tag")
        static final class VerifierTag {}

        @ConditionalOnProperty(prefix = "ductape.sessions.filter", name = "tag")
        static final class FilterTag {}
    }

    /** {@link DuctapeSessionFilter} in a servlet application, when enabled. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    @ConditionalOnClass({DuctapeSessionFilter.class, jakarta.servlet.Filter.class, FilterRegistrationBean.class})
    @ConditionalOnProperty(prefix = "ductape.sessions.filter", name = "enabled", havingValue = "true")
    public static class FilterConfiguration {

        /** Auto-configuration; Spring creates it. */
        public FilterConfiguration() {}

        /**
         * The filter, verifying with the application's {@link SessionVerifier}.
         *
         * @param verifier   the verifier, present when {@code ductape.sessions.verifier.tag} is set
         * @param properties the settings
         * @return the filter
         * @throws DuctapeConfigurationException when there is no verifier (no tag set), or a setting is invalid
         */
        @Bean
        @ConditionalOnMissingBean
        public DuctapeSessionFilter ductapeSessionFilter(ObjectProvider<SessionVerifier> verifier,
                                                         DuctapeProperties properties) {
            return DuctapeSessionFilter.of(SessionGuards.of(verifier, properties.sessions().filter(), false));
        }

        /**
         * Registers the filter on {@code ductape.sessions.filter.url-patterns}, at
         * {@code ductape.sessions.filter.order} (default -101, just before Spring Security's chain).
         *
         * @param filter     the filter
         * @param properties the settings
         * @return the registration
         */
        @Bean
        @ConditionalOnMissingBean(name = "ductapeSessionFilterRegistration")
        public FilterRegistrationBean<DuctapeSessionFilter> ductapeSessionFilterRegistration(
            DuctapeSessionFilter filter, DuctapeProperties properties) {
            FilterRegistrationBean<DuctapeSessionFilter> registration = new FilterRegistrationBean<>(filter);
            registration.setName("ductapeSessionFilter");
            registration.setUrlPatterns(properties.sessions().filter().urlPatterns());
            registration.setOrder(properties.sessions().filter().order());
            return registration;
        }
    }
}
