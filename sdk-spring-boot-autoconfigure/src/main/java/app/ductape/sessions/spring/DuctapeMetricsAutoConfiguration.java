package app.ductape.sessions.spring;

import app.ductape.sessions.middleware.SessionVerifier;
import app.ductape.sessions.transport.PathTemplate;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.core.instrument.binder.okhttp3.OkHttpMetricsEventListener;
import java.util.function.ToDoubleFunction;
import okhttp3.EventListener;
import okhttp3.Request;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Micrometer meters for the client and the verifiers, when the application has a {@link MeterRegistry}:
 * <ul>
 *   <li>{@code ductape.sessions.calls} (timer: {@code operation}, {@code outcome}, {@code code}) and
 *       {@code ductape.sessions.retries} (counter: {@code operation}), from the SDK's {@code CallListener};</li>
 *   <li>{@code ductape.sessions.http} (Micrometer's OkHttp client metrics: {@code method}, {@code uri} as
 *       a path template, {@code status}, ...);</li>
 *   <li>each {@link SessionVerifier}'s statistics, read when the registry is scraped, tagged {@code tag}:
 *       {@code ductape.sessions.verifier.size} (gauge) and {@code ductape.sessions.verifier.requests}
 *       ({@code result}: hit, miss, coalesced, stale), {@code ...evictions}, {@code ...invalidations} and
 *       {@code ...errors} (function counters, Micrometer's gauge of a count that only grows).</li>
 * </ul>
 */
@AutoConfiguration(afterName = {
    "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration",
    "org.springframework.boot.actuate.autoconfigure.metrics.CompositeMeterRegistryAutoConfiguration"})
@ConditionalOnClass({MeterRegistry.class, OkHttpMetricsEventListener.class})
public class DuctapeMetricsAutoConfiguration {
    static final String HTTP = "ductape.sessions.http";
    static final String VERIFIER = "ductape.sessions.verifier";

    /** Auto-configuration; Spring creates it. */
    public DuctapeMetricsAutoConfiguration() {}

    /**
     * Adds the call listener and the OkHttp event listener to the client, when there is a registry.
     *
     * @param registry the application's registry, if it has one
     * @return the customizer
     */
    @Bean
    public DuctapeClientCustomizer ductapeMetricsCustomizer(ObjectProvider<MeterRegistry> registry) {
        return builder -> {
            MeterRegistry meters = registry.getIfUnique();
            if (meters == null) {
                return;
            }
            EventListener http = OkHttpMetricsEventListener.builder(meters, HTTP)
                .uriMapper(DuctapeMetricsAutoConfiguration::uri)
                .build();
            builder.transport(transport -> transport.callListener(new MicrometerCallListener(meters))
                .eventListenerFactory(call -> http));
        };
    }

    /**
     * The {@code uri} tag: the call's path template, which the SDK tags each request with, so that neither the
     * workspace id nor a caller's value (a product, a tag, a user's e-mail address) becomes a tag value.
     */
    private static String uri(Request request) {
        PathTemplate template = request.tag(PathTemplate.class);
        return template != null ? template.toString() : "/{path}";
    }

    /** The verifiers' meters, only where the middleware is on the classpath. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(SessionVerifier.class)
    public static class VerifierMetricsConfiguration {

        /** Auto-configuration; Spring creates it. */
        public VerifierMetricsConfiguration() {}

        /**
         * Binds the statistics of every {@link SessionVerifier} bean.
         *
         * @param verifiers the verifiers
         * @return the binder
         */
        @Bean
        public MeterBinder ductapeVerifierMetrics(ObjectProvider<SessionVerifier> verifiers) {
            return registry -> verifiers.orderedStream().forEach(verifier -> bind(registry, verifier));
        }

        private static void bind(MeterRegistry registry, SessionVerifier verifier) {
            String tag = verifier.tag();
            Gauge.builder(VERIFIER + ".size", verifier, v -> v.stats().size()).tag("tag", tag)
                .description("Valid answers held by the verifier").register(registry);
            count(registry, VERIFIER + ".requests", verifier, tag, "hit", v -> v.stats().hits());
            count(registry, VERIFIER + ".requests", verifier, tag, "miss", v -> v.stats().misses());
            count(registry, VERIFIER + ".requests", verifier, tag, "coalesced", v -> v.stats().coalescedWaits());
            count(registry, VERIFIER + ".requests", verifier, tag, "stale", v -> v.stats().staleServed());
            FunctionCounter.builder(VERIFIER + ".evictions", verifier, v -> v.stats().evictions()).tag("tag", tag)
                .description("Answers dropped by the size bound or their lifetime").register(registry);
            FunctionCounter.builder(VERIFIER + ".invalidations", verifier, v -> v.stats().invalidations())
                .tag("tag", tag).description("Answers dropped by a revocation or invalidate call").register(registry);
            FunctionCounter.builder(VERIFIER + ".errors", verifier,
                    v -> v.stats().errorsByCode().values().stream().mapToLong(Long::longValue).sum())
                .tag("tag", tag).description("Verifications Ductape could not answer").register(registry);
        }

        private static void count(MeterRegistry registry, String name, SessionVerifier verifier, String tag,
                                  String result, ToDoubleFunction<SessionVerifier> value) {
            FunctionCounter.builder(name, verifier, value).tag("tag", tag).tag("result", result)
                .description("Verifications by how they were answered").register(registry);
        }
    }
}
