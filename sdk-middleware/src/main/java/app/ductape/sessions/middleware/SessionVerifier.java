package app.ductape.sessions.middleware;

import app.ductape.sessions.Revocation;
import app.ductape.sessions.RevocationListener;
import app.ductape.sessions.SessionError;
import app.ductape.sessions.SessionsService;
import app.ductape.sessions.middleware.TokenDigest.TokenKey;
import app.ductape.sessions.middleware.fleet.Fleet;
import app.ductape.sessions.middleware.fleet.FleetRevocation;
import app.ductape.sessions.middleware.fleet.FleetScope;
import app.ductape.sessions.model.VerifySessionResult;
import app.ductape.sessions.options.VerifySessionOptions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * Verifies session tokens in the request path at memory speed: a valid answer of Ductape's
 * {@code verify} is kept for a short, bounded time, concurrent verifications of one token share one
 * request, and a revocation made through the same {@link SessionsService} is forgotten at once.
 *
 * <pre>{@code
 * SessionVerifier verifier = SessionVerifier.builder(sessions).tag("user-session")
 *     .maxStaleness(Duration.ofSeconds(30)).maxEntries(100_000).build();
 * VerifySessionResult r = verifier.verify(token);
 * }</pre>
 *
 * <ul>
 *   <li>Only valid answers are cached (an invalid, expired or revoked token is asked again each time,
 *       unless {@link Builder#negativeCaching} says otherwise), each for at most
 *       {@code min(maxStaleness, expiresAt - now)}: a token is never answered valid past its expiry.</li>
 *   <li>A revocation made <em>elsewhere</em> (another process, Ductape's console) is seen after at most
 *       {@code maxStaleness}, the price of not asking Ductape on every request.</li>
 *   <li>Keys are the tokens' SHA-256: the cache holds no token. It holds at most {@code maxEntries}.</li>
 *   <li>A token of another session configuration ({@code admin-session:...} given to the verifier of
 *       {@code user-session}) is answered invalid without a request, as Ductape would answer it.</li>
 *   <li>When Ductape is unreachable or fails, {@code verify} throws {@link SessionError} (fail closed),
 *       unless {@link Builder#serveStaleOnError} allows a recent valid answer, never past the token's
 *       expiry.</li>
 * </ul>
 *
 * <p>Thread-safe; build one per tag and share it. It does not own the {@code SessionsService}: closing
 * the verifier only stops it following the client's revocations.
 */
public final class SessionVerifier implements AutoCloseable {
    /** The default of {@link Builder#maxStaleness}, in seconds (the one place it is stated). */
    public static final long DEFAULT_MAX_STALENESS_SECONDS = 30;
    /** The default of {@link Builder#maxEntries} (the one place it is stated). */
    public static final long DEFAULT_MAX_ENTRIES = 100_000;
    /** The answer to a token of another session configuration: Ductape's, without asking it. */
    private static final VerifySessionResult ANOTHER_TAGS_TOKEN = new VerifySessionResult(false, Map.of(),
        Optional.empty(), Optional.empty());

    private final SessionsService sessions;
    private final String product;
    private final String env;
    private final String tag;
    private final String tagPrefix;
    private final Duration maxStaleness;
    private final Duration staleOnError;
    private final Clock clock;
    private final VerifierCounters counters = new VerifierCounters();
    private final VerifiedTokens answers;
    private final RevocationListener.Registration revocations;
    private final FleetBridge fleet;
    private final MissPath misses;
    private final VerificationTracer tracer;
    /** Read once: a hit of a verifier whose tracer leaves hits out runs the untraced hit's code. */
    private final boolean tracesHits;

    private SessionVerifier(Builder builder) {
        this.sessions = builder.sessions;
        this.tag = builder.tag;
        this.tagPrefix = builder.tag + ":";
        this.product = builder.product != null ? builder.product : sessions.defaults().product().orElse(null);
        this.env = builder.env != null ? builder.env : sessions.defaults().env().orElse(null);
        if (product == null || env == null) {
            throw new IllegalArgumentException("`" + (product == null ? "product" : "env") + "` is required, but was "
                + "neither set on the verifier nor a default of the SessionsService");
        }
        options("probe-token");
        this.maxStaleness = builder.maxStaleness;
        this.staleOnError = builder.staleOnError;
        this.clock = builder.clock;
        this.answers = new VerifiedTokens(builder.maxEntries, clock, counters);
        this.tracer = builder.tracer == VerificationTracer.NONE ? builder.tracer : new GuardedTracer(builder.tracer);
        this.tracesHits = tracer.tracesHits();
        this.fleet = new FleetBridge(builder.fleet, new FleetScope(product, env, tag, maxStaleness), sessions,
            answers, counters, clock, staleOnError, tracer);
        this.misses = new MissPath(sessions, this::options, maxStaleness, builder.negativeFor, staleOnError, clock, counters,
            answers, fleet, verification -> tracer.start(tag, verification));
        this.revocations = builder.followRevocations ? sessions.addRevocationListener(this::onRevoked)
            : () -> { };
    }

    /**
     * A builder of a verifier calling {@code sessions.verify}.
     *
     * @param sessions the client to verify with; its revocations are followed
     * @return a builder; {@code tag} is required
     */
    public static Builder builder(SessionsService sessions) {
        return new Builder(sessions);
    }

    /**
     * Verifies a token: from the cache when a fresh valid answer is there, else with one request shared by
     * every concurrent caller of the same token.
     *
     * @param token the session token, {@code tag:jwt}
     * @return the same answer as {@code sessions.verify}: invalid, expired and revoked tokens are
     *         {@code valid() == false}
     * @throws IllegalArgumentException when the token is blank
     * @throws SessionError             when Ductape cannot answer (fail closed), unless a recent valid
     *                                  answer may be served ({@link Builder#serveStaleOnError})
     */
    public VerifySessionResult verify(String token) {
        requireToken(token);
        if (ofAnotherTag(token)) {
            return ANOTHER_TAGS_TOKEN;
        }
        TokenKey key = TokenDigest.of(token);
        VerifiedTokens.CachedAnswer cached = answers.peek(key);
        if (usable(cached)) {
            counters.hit();
            tracedHit();
            return cached.result();
        }
        return misses.verify(key, token, cached);
    }

    /**
     * Verifies a token without blocking the calling thread (a Netty event loop, say): a hit completes at once;
     * a miss runs on {@code sessions.async()} (and, with a fleet, its asynchronous lookups). The cache,
     * revocations, staleness, {@code serveStaleOnError} and the stats are those of {@link #verify}, and both
     * share the request in flight for a token: 500 {@code verify} and 500 {@code verifyAsync} calls on one new
     * token make one request. Each caller gets a future of its own; cancelling it cancels nothing else.
     *
     * @param token the session token
     * @return the answer; it fails with the {@link SessionError} {@link #verify} would throw
     * @throws IllegalArgumentException when the token is blank, before anything is asked
     */
    public CompletableFuture<VerifySessionResult> verifyAsync(String token) {
        requireToken(token);
        if (ofAnotherTag(token)) {
            return CompletableFuture.completedFuture(ANOTHER_TAGS_TOKEN);
        }
        TokenKey key = TokenDigest.of(token);
        VerifiedTokens.CachedAnswer cached = answers.peek(key);
        if (usable(cached)) {
            counters.hit();
            tracedHit();
            return CompletableFuture.completedFuture(cached.result());
        }
        return misses.verifyAsync(key, token, cached);
    }

    /** A hit, told to a tracer that asked for hits: the one test of the hit path's tracing when it did not. */
    private void tracedHit() {
        if (tracesHits) {
            tracer.start(tag, VerificationTracer.CacheResult.HIT).ended(null);
        }
    }

    /** A token of another session configuration, refused without asking ({@code admin-session:...}). */
    private boolean ofAnotherTag(String token) {
        return token.indexOf(':') >= 0 && !token.startsWith(tagPrefix);
    }

    /** Whether a cached answer may answer now: fresh, and admitted by the fleet (all of them without one). */
    private boolean usable(VerifiedTokens.CachedAnswer cached) {
        long now = clock.millis();
        return cached != null && now < cached.freshUntil() && fleet.admits(cached, now);
    }

    private static void requireToken(String token) {
        if (token == null || token.isBlank()) {
            throw new IllegalArgumentException("`token` is required, but was " + (token == null ? "null" : "blank"));
        }
    }

    /** The options of one verification; built here so that a bad tag fails at {@link Builder#build()}. */
    private VerifySessionOptions options(String token) {
        return VerifySessionOptions.builder().product(product).env(env).tag(tag).token(token).build();
    }

    private void onRevoked(Revocation revocation) {
        boolean ours = revocation.tag().equals(tag) && revocation.product().equals(product)
            && revocation.env().equals(env);
        if (!ours) {
            return;
        }
        Instant at = clock.instant();
        if (revocation.sessionId().isPresent()) {
            fleet.revoke(FleetRevocation.revokedSession(revocation.sessionId().get(), at));
        } else if (revocation.identifier().isPresent()) {
            FleetRevocation ofUser = FleetRevocation.revokedUser(revocation.identifier().get(), at);
            fleet.revoke(revocation.kept().map(ofUser::keeping).orElse(ofUser));
        } else {
            fleet.revoke(FleetRevocation.ofAll(at));
        }
    }

    /**
     * Forgets every cached answer of one session (and any that names no session), so that its next
     * verification asks Ductape. Costs what it forgets, not the size of the cache.
     *
     * @param sessionId the session's id
     */
    public void invalidateSession(String sessionId) {
        Objects.requireNonNull(sessionId, "sessionId");
        fleet.revoke(FleetRevocation.ofSession(sessionId, clock.instant()));
    }

    /** Forgets every cached answer, on every instance of the fleet when there is one. */
    public void invalidateAll() {
        fleet.revoke(FleetRevocation.ofAll(clock.instant()));
    }

    /**
     * The session configuration whose tokens this verifier checks.
     *
     * @return the tag, such as {@code user-session}
     */
    public String tag() {
        return tag;
    }

    /**
     * What the verifier has done so far.
     *
     * @return hits, misses, coalesced waits, evictions, invalidations and errors by code
     */
    public VerifierStats stats() {
        return counters.snapshot(answers.size(), fleet.health());
    }

    /**
     * Stops following the client's revocations; the verifier still answers, and the client stays open.
     * Call it when a verifier is dropped before its {@code SessionsService}, which would otherwise keep
     * it reachable.
     */
    @Override
    public void close() {
        revocations.close();
        fleet.close();
    }

    /** The cache's keys, for the tests' look at what the heap holds. */
    Set<TokenKey> cachedKeys() {
        return answers.keys();
    }

    @Override
    public String toString() {
        return "SessionVerifier[tag=" + tag + ", product=" + product + ", env=" + env + ", maxStaleness="
            + maxStaleness + ", serveStaleOnError=" + staleOnError + ", size=" + answers.size() + "]";
    }

    /** Builds a {@link SessionVerifier}; {@link #build()} validates. Not thread-safe. */
    public static final class Builder {
        private final SessionsService sessions;
        private String product;
        private String env;
        private String tag;
        private Duration maxStaleness = Duration.ofSeconds(DEFAULT_MAX_STALENESS_SECONDS);
        private long maxEntries = DEFAULT_MAX_ENTRIES;
        private Duration negativeFor = Duration.ZERO;
        private Duration staleOnError = Duration.ZERO;
        private Clock clock = Clock.systemUTC();
        private boolean followRevocations = true;
        private Fleet fleet;
        private VerificationTracer tracer = VerificationTracer.NONE;

        private Builder(SessionsService sessions) {
            this.sessions = Objects.requireNonNull(sessions, "sessions");
        }

        /**
         * Follows the verifications the cache does not answer fresh, for tracing, such as the OpenTelemetry
         * module's {@code telemetry.verifier().install(builder)}.
         *
         * @param tracer the tracer
         * @return this builder
         */
        public Builder tracer(VerificationTracer tracer) {
            this.tracer = Objects.requireNonNull(tracer, "tracer");
            return this;
        }

        /**
         * The session configuration whose tokens this verifier checks (required).
         *
         * @param tag the tag, such as {@code user-session}
         * @return this builder
         */
        public Builder tag(String tag) {
            this.tag = tag;
            return this;
        }

        /**
         * The product; default: the client's default product.
         *
         * @param product the product's tag
         * @return this builder
         */
        public Builder product(String product) {
            this.product = product;
            return this;
        }

        /**
         * The environment; default: the client's default env.
         *
         * @param env the environment
         * @return this builder
         */
        public Builder env(String env) {
            this.env = env;
            return this;
        }

        /**
         * How long a valid answer may be reused (default 30 s), and so the longest a revocation made
         * elsewhere goes unseen; never past the token's expiry. {@code Duration.ZERO} turns caching off but
         * keeps concurrent verifications of one token to one request.
         *
         * @param maxStaleness zero or more
         * @return this builder
         */
        public Builder maxStaleness(Duration maxStaleness) {
            this.maxStaleness = requireNotNegative(maxStaleness, "maxStaleness");
            return this;
        }

        /**
         * The most answers held (default 100,000); the least used go first.
         *
         * @param maxEntries at least 1
         * @return this builder
         */
        public Builder maxEntries(long maxEntries) {
            if (maxEntries < 1) {
                throw new IllegalArgumentException("`maxEntries` must be >= 1, but was " + maxEntries);
            }
            this.maxEntries = maxEntries;
            return this;
        }

        /**
         * Also reuses an invalid answer, for this long (off by default; at most 10 s): a flood of requests
         * with one bad token then costs one request per period. A token is never cached as valid this way.
         *
         * @param negativeFor more than zero, at most 10 s
         * @return this builder
         */
        public Builder negativeCaching(Duration negativeFor) {
            requireNotNegative(negativeFor, "negativeCaching");
            if (negativeFor.isZero() || negativeFor.compareTo(Duration.ofSeconds(10)) > 0) {
                throw new IllegalArgumentException("`negativeCaching` must be more than 0 and at most 10 s, but was "
                    + negativeFor);
            }
            this.negativeFor = negativeFor;
            return this;
        }

        /**
         * When Ductape is unreachable or answers 5xx, answers with a cached valid answer at most this much
         * past its freshness, never past the token's expiry (off by default: the verifier fails closed).
         *
         * @param staleOnError more than zero
         * @return this builder
         */
        public Builder serveStaleOnError(Duration staleOnError) {
            this.staleOnError = requireNotNegative(staleOnError, "serveStaleOnError");
            return this;
        }

        /**
         * The clock freshness and expiry are judged by (default: system UTC); tests move it by hand.
         *
         * @param clock the clock
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * Links the verifier to the other instances of its service, for example {@code RedisFleet} of
         * {@code ductape-sessions-middleware-redis}: every revocation it learns of is applied by all of them,
         * a {@code revokeAll} is refused by every instance (even one that missed the message), valid answers
         * may be shared, and while the fleet cannot be heard, answers are reused for its fallback staleness
         * only. The verifier joins the fleet when it is built, and leaves it when it is closed.
         *
         * @param fleet the fleet
         * @return this builder
         */
        public Builder fleet(Fleet fleet) {
            this.fleet = Objects.requireNonNull(fleet, "fleet");
            return this;
        }

        /**
         * Whether to forget, at once, what a {@code revoke} or {@code revokeAll} made through the same
         * {@code SessionsService} revokes (default true).
         *
         * @param follow whether to register a revocation listener
         * @return this builder
         */
        public Builder followRevocations(boolean follow) {
            this.followRevocations = follow;
            return this;
        }

        private static Duration requireNotNegative(Duration value, String field) {
            if (value == null || value.isNegative()) {
                throw new IllegalArgumentException("`" + field + "` must be zero or more, but was " + value);
            }
            return value;
        }

        /**
         * Builds the verifier.
         *
         * @return the verifier
         * @throws IllegalArgumentException naming the missing or invalid setting, such as a missing {@code tag}
         *                                  or a product or env neither set nor defaulted by the client
         */
        public SessionVerifier build() {
            return new SessionVerifier(this);
        }
    }
}
