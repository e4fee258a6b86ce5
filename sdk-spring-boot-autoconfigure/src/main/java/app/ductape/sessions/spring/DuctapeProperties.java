package app.ductape.sessions.spring;

import app.ductape.sessions.middleware.SessionGuard;
import app.ductape.sessions.middleware.SessionVerifier;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The ductape.* settings of the starter.
 *
 * @param accessKey   the Ductape access key, sent as x-access-key with workspace-id (an assumed route:
 *                    Ductape publishes none for it); otherwise the five workspace settings
 *                    (workspace-id, public-key, user-id, token, env-type), the path Ductape's clients take
 * @param env         the environment used when a call names none
 * @param workspaceId the workspace id, for workspace credentials
 * @param publicKey   the workspace's public key, for workspace credentials
 * @param userId      the workspace user's id, for workspace credentials
 * @param token       the workspace user's token, for workspace credentials
 * @param envType     the workspace environment type, such as prd, for workspace credentials
 * @param baseUrl     the API root (default https://api.ductape.app)
 * @param product     the product used when a call names none
 * @param timeout     the time one attempt of a call may take in all (default 60 s)
 * @param maxRetries  retries after a call's first attempt (default 2)
 * @param sessions    the session token verifier and the servlet filter on it
 * @param health      the ductape health indicator
 * @param tracing     the spans of the client and the verifier, when the application has an OpenTelemetry
 */
@ConfigurationProperties("ductape")
public record DuctapeProperties(String accessKey, String workspaceId, String publicKey, String userId, String token,
                                String envType, String baseUrl, String product, String env, Duration timeout,
                                Integer maxRetries, @DefaultValue Sessions sessions, @DefaultValue Health health,
                                @DefaultValue Tracing tracing) {

    /**
     * The settings; absent groups take their defaults.
     *
     * @param accessKey   the access key
     * @param workspaceId the workspace id
     * @param publicKey   the workspace's public key
     * @param userId      the workspace user's id
     * @param token       the workspace user's token
     * @param envType     the workspace environment type
     * @param baseUrl     the API root
     * @param product     the default product
     * @param env         the default environment
     * @param timeout     the time one attempt may take
     * @param maxRetries  retries after the first attempt
     * @param sessions    the verifier and filter
     * @param health      the health indicator
     * @param tracing     the spans
     */
    public DuctapeProperties {
        sessions = sessions != null ? sessions : new Sessions(null, null);
        health = health != null ? health : new Health(null, null);
        tracing = tracing != null ? tracing : new Tracing(true, false);
    }

    /**
     * What the settings hold, with every secret masked.
     *
     * @return the settings, without secrets
     */
    @Override
    public String toString() {
        return "DuctapeProperties[accessKey=" + mask(accessKey) + ", workspaceId=" + workspaceId + ", publicKey="
            + mask(publicKey) + ", userId=" + mask(userId) + ", token=" + mask(token) + ", envType=" + envType
            + ", baseUrl=" + baseUrl + ", product=" + product + ", env=" + env + ", timeout=" + timeout
            + ", maxRetries=" + maxRetries + ", " + sessions + ", " + health + ", " + tracing + "]";
    }

    private static String mask(String secret) {
        return secret == null ? null : "****";
    }

    /**
     * ductape.sessions.*.
     *
     * @param filter   the servlet filter
     * @param verifier the verifier: its tag and its cache
     */
    public record Sessions(@DefaultValue Filter filter, @DefaultValue Verifier verifier) {

        /**
         * The settings; absent groups take their defaults.
         *
         * @param filter   the filter
         * @param verifier the verifier
         */
        public Sessions {
            filter = filter != null ? filter : new Filter(false, null, null, null, null, Filter.DEFAULT_ORDER, null);
            verifier = verifier != null ? verifier : new Verifier(null, null, null, null);
        }

        /**
         * The tag the verifier checks: {@code verifier.tag}, else the deprecated {@code filter.tag}.
         *
         * @return the tag, or {@code null} when neither is set
         */
        public String verifierTag() {
            return verifier.tag() != null && !verifier.tag().isBlank() ? verifier.tag() : filter.tag();
        }
    }

    /**
     * ductape.sessions.filter.*.
     *
     * @param enabled     whether to register DuctapeSessionFilter in a servlet application, or
     *                    DuctapeSessionWebFilter in a reactive one (default false)
     * @param tag         deprecated: the verifier's tag belongs to ductape.sessions.verifier.tag, which wins
     *                    when both are set; still read, so that existing configurations keep working
     * @param urlPatterns the servlet URL patterns the filter is registered on (default /api/*), matched by
     *                    the container against the path it routes; in a reactive application, the paths the
     *                    web filter checks (the same syntax, on the decoded path)
     * @param excludePatterns paths inside those that pass unchecked (a health check, a public page), matched
     *                    case-sensitively against the routed path
     * @param cookieName  a cookie to take the token from when there is no Authorization: Bearer
     *                    header (the header wins when both are sent)
     * @param order       the filter's place in the servlet filter chain (default -101: after Boot's
     *                    request-context and character-encoding filters, before Spring Security's chain at
     *                    -100); in a reactive application, among the web filters (Spring Security's
     *                    WebFilterChainProxy is at -100)
     * @param retryAfter  the Retry-After of a 503 when Ductape cannot be asked (default: the SDK's, 5 s); also
     *                    the reactive resource server's
     */
    public record Filter(@DefaultValue("false") boolean enabled, String tag, @DefaultValue(DEFAULT_URL_PATTERN) List<String> urlPatterns,
                         List<String> excludePatterns, String cookieName, @DefaultValue("" + DEFAULT_ORDER) int order,
                         @DefaultValue(SessionGuard.DEFAULT_RETRY_AFTER_SECONDS + "s") Duration retryAfter) {
        /** Just before Spring Security's filter chain ({@code SecurityProperties.DEFAULT_FILTER_ORDER}, -100). */
        public static final int DEFAULT_ORDER = -101;
        /** The URL pattern the filter guards when none is set. */
        public static final String DEFAULT_URL_PATTERN = "/api/*";

        /**
         * The settings; the URL patterns default to /api/*.
         *
         * @param enabled     whether to register the filter
         * @param tag         the session tag verified
         * @param urlPatterns     the URL patterns guarded
         * @param excludePatterns the paths inside them that pass unchecked
         * @param cookieName      a cookie holding the token
         * @param order           the filter's place in the servlet filter chain
         * @param retryAfter      the Retry-After of a 503
         */
        public Filter {
            retryAfter = retryAfter != null ? retryAfter : Duration.ofSeconds(SessionGuard.DEFAULT_RETRY_AFTER_SECONDS);
            urlPatterns = urlPatterns == null || urlPatterns.isEmpty() ? List.of(DEFAULT_URL_PATTERN) : List.copyOf(urlPatterns);
            excludePatterns = excludePatterns == null ? List.of() : List.copyOf(excludePatterns);
        }
    }

    /**
     * ductape.sessions.verifier.*. The defaults are SessionVerifier's own.
     *
     * @param tag               the session configuration whose tokens are verified, such as user-session; it
     *                          turns on the SessionVerifier bean (and, with Spring Security, the
     *                          OpaqueTokenIntrospector)
     * @param maxStaleness      how long a valid answer is reused, and so the longest a revocation made
     *                          elsewhere goes unseen (default 30 s; 0 turns the cache off)
     * @param maxEntries        the most answers held (default 100,000)
     * @param serveStaleOnError how far past its freshness a cached valid answer may serve while Ductape is
     *                          unreachable or failing (default 0: fail closed)
     */
    public record Verifier(String tag,
                           @DefaultValue(SessionVerifier.DEFAULT_MAX_STALENESS_SECONDS + "s") Duration maxStaleness,
                           @DefaultValue("" + SessionVerifier.DEFAULT_MAX_ENTRIES) Long maxEntries,
                           @DefaultValue("0s") Duration serveStaleOnError) {

        /**
         * The settings, defaulted.
         *
         * @param tag               the tag verified
         * @param maxStaleness      how long a valid answer is reused
         * @param maxEntries        the most answers held
         * @param serveStaleOnError how far past freshness an answer may serve during an outage
         */
        public Verifier {
            maxStaleness = maxStaleness != null ? maxStaleness
                : Duration.ofSeconds(SessionVerifier.DEFAULT_MAX_STALENESS_SECONDS);
            maxEntries = maxEntries != null ? maxEntries : SessionVerifier.DEFAULT_MAX_ENTRIES;
            serveStaleOnError = serveStaleOnError != null ? serveStaleOnError : Duration.ZERO;
        }
    }

    /**
     * ductape.health.*: the ductape health indicator asks Ductape at most once per
     * cacheFor, each time for at most timeout.
     *
     * @param cacheFor how long an answer is reused (default 10 s)
     * @param timeout  how long one probe may take (default 2 s; never retried)
     */
    public record Health(@DefaultValue(DEFAULT_CACHE_FOR_SECONDS + "s") Duration cacheFor,
                         @DefaultValue(DEFAULT_TIMEOUT_SECONDS + "s") Duration timeout) {
        /** How long a health answer is reused when {@code cache-for} is not set, in seconds. */
        public static final long DEFAULT_CACHE_FOR_SECONDS = 10;
        /** How long one probe may take when {@code timeout} is not set, in seconds. */
        public static final long DEFAULT_TIMEOUT_SECONDS = 2;


        /**
         * The settings, defaulted.
         *
         * @param cacheFor how long an answer is reused
         * @param timeout  how long one probe may take
         */
        public Health {
            cacheFor = cacheFor != null ? cacheFor : Duration.ofSeconds(DEFAULT_CACHE_FOR_SECONDS);
            timeout = timeout != null ? timeout : Duration.ofSeconds(DEFAULT_TIMEOUT_SECONDS);
        }
    }

    /**
     * ductape.tracing.*: the spans of the client and the verifier, through the application's OpenTelemetry
     * (Boot's own OpenTelemetry support, or the OpenTelemetry Spring Boot starter) and
     * {@code ductape-sessions-opentelemetry}.
     *
     * @param enabled      whether the client and the verifier are traced when both are there (default true)
     * @param verifierHits whether the verifier's cache hits make spans too, for debugging (default false)
     */
    public record Tracing(@DefaultValue("true") boolean enabled, @DefaultValue("false") boolean verifierHits) {}
}
