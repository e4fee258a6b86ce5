package app.ductape.sessions.middleware.redis;

import app.ductape.sessions.middleware.fleet.Fleet;
import app.ductape.sessions.middleware.fleet.FleetLink;
import app.ductape.sessions.middleware.fleet.FleetMember;
import app.ductape.sessions.middleware.fleet.FleetScope;
import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.resource.ClientResources;
import io.lettuce.core.resource.Delay;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import javax.crypto.spec.SecretKeySpec;

/**
 * A fleet of verifiers on Redis, through Lettuce: every revocation one instance learns is applied by the
 * others within milliseconds; a user's {@code revokeAll} leaves a cutoff in Redis, so that an instance that
 * missed the message still refuses what was asked for before it; optionally, verified answers are shared, so
 * that the fleet asks Ductape about a token about once per staleness window rather than once per instance.
 * While Redis cannot be heard, each verifier reuses an answer for the fallback staleness only, and forgets
 * every answer older than the outage when it hears Redis again.
 *
 * <pre>{@code
 * SessionVerifier verifier = SessionVerifier.builder(sessions).tag("user-session")
 *     .maxStaleness(Duration.ofSeconds(30))
 *     .fleet(RedisFleet.builder(RedisURI.create("redis://localhost:6379")).sharedCache(true)
 *         .answerKey(secrets.fleetAnswerKey()).build())
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe; one fleet may be joined by many verifiers (each with its own tag, and so its
 * own default channel). Built from a {@link RedisURI}, the fleet makes its own client, with a reconnect delay
 * of at most one second, and shuts it down when its last verifier is closed; built from a {@link RedisClient},
 * it uses that client (and its reconnect delay) and never shuts it down.
 */
public final class RedisFleet implements Fleet {
    /** How long a cached answer is reused while Redis cannot be heard, unless set: 1 second, in ms. */
    public static final long DEFAULT_FALLBACK_STALENESS_MILLIS = 1_000;
    /** How long a command to Redis may take, unless set: 1 second, in ms. */
    public static final long DEFAULT_COMMAND_TIMEOUT_MILLIS = 1_000;
    /** How long a cutoff is kept in Redis, unless set: 30 days. */
    public static final long DEFAULT_CUTOFF_RETENTION_DAYS = 30;
    /** How often a link checks that it hears its fleet, unless set: 250 ms. */
    public static final long DEFAULT_HEARTBEAT_INTERVAL_MILLIS = 250;

    private final LinkSettings settings;
    private final RedisClient sharedClient;
    private final RedisURI uri;

    private RedisFleet(Builder builder) {
        this.settings = new LinkSettings(builder.channel, builder.sharedCache,
            builder.answerKey == null ? null : new SecretKeySpec(builder.answerKey, "HmacSHA256"),
            builder.fallbackStaleness, builder.commandTimeout, builder.cutoffRetention, builder.heartbeatInterval);
        this.sharedClient = builder.client;
        this.uri = builder.uri;
    }

    /**
     * A fleet on a client the application owns (and shuts down).
     *
     * @param client the Lettuce client, for a standalone Redis
     * @return a builder
     */
    public static Builder builder(RedisClient client) {
        return new Builder(Objects.requireNonNull(client, "client"), null);
    }

    /**
     * A fleet on its own client to this Redis.
     *
     * @param uri where Redis is, for example {@code RedisURI.create("redis://localhost:6379")}
     * @return a builder
     */
    public static Builder builder(RedisURI uri) {
        return new Builder(null, Objects.requireNonNull(uri, "uri"));
    }

    /**
     * The default channel of a verifier: {@code ductape:sessions:<product>:<env>:<tag>}.
     *
     * @param scope what the verifier verifies
     * @return the channel
     */
    public static String defaultChannel(FleetScope scope) {
        return "ductape:sessions:" + scope.product() + ":" + scope.env() + ":" + scope.tag();
    }

    /**
     * Joins a verifier to the fleet, waiting up to the command timeout to hear Redis (it joins DEGRADED
     * otherwise, and is UP as soon as Redis answers).
     *
     * @param member the verifier
     * @return its link
     * @throws IllegalArgumentException when the fallback staleness is not shorter than the verifier's
     *     {@code maxStaleness}
     */
    @Override
    public FleetLink join(FleetMember member) {
        Duration maxStaleness = member.scope().maxStaleness();
        if (settings.fallbackStaleness().compareTo(maxStaleness) >= 0) {
            throw new IllegalArgumentException("fallbackStaleness (" + settings.fallbackStaleness() + ") must be "
                + "shorter than the verifier's maxStaleness (" + maxStaleness + ")");
        }
        String channel = settings.channel() != null ? settings.channel() : defaultChannel(member.scope());
        RedisClient client = sharedClient != null ? sharedClient : ownClient();
        Runnable release = sharedClient != null ? () -> { } : () -> client.shutdown(Duration.ZERO,
            settings.commandTimeout());
        try {
            return new RedisFleetLink(settings, member, channel, client, release).awaitFirstEcho();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while joining the fleet on " + channel, e);
        }
    }

    private RedisClient ownClient() {
        ClientResources resources = ClientResources.builder()
            .reconnectDelay(Delay.exponential(Duration.ofMillis(10), Duration.ofSeconds(1), 2, TimeUnit.MILLISECONDS))
            .build();
        RedisClient client = RedisClient.create(resources, uri);
        client.setOptions(ClientOptions.builder()
            .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
            .timeoutOptions(TimeoutOptions.enabled(settings.commandTimeout())).build());
        return client;
    }

    @Override
    public String toString() {
        return "RedisFleet[" + (uri != null ? uri.toString() : "client") + ", channel=" + (settings.channel() != null
            ? settings.channel() : "derived") + ", sharedCache=" + settings.sharedCache() + "]";
    }

    /** Builds a {@link RedisFleet}; every setting has a default. */
    public static final class Builder {
        private final RedisClient client;
        private final RedisURI uri;
        private String channel;
        private boolean sharedCache;
        private byte[] answerKey;
        private Duration fallbackStaleness = Duration.ofMillis(DEFAULT_FALLBACK_STALENESS_MILLIS);
        private Duration commandTimeout = Duration.ofMillis(DEFAULT_COMMAND_TIMEOUT_MILLIS);
        private Duration cutoffRetention = Duration.ofDays(DEFAULT_CUTOFF_RETENTION_DAYS);
        private Duration heartbeatInterval = Duration.ofMillis(DEFAULT_HEARTBEAT_INTERVAL_MILLIS);

        private Builder(RedisClient client, RedisURI uri) {
            this.client = client;
            this.uri = uri;
        }

        /**
         * The channel, and the hash tag of every key; by default {@link #defaultChannel derived} from the
         * verifier's product, env and tag. Instances share revocations only on the same channel.
         *
         * @param channel the channel, not blank, without whitespace or braces
         * @return this builder
         */
        public Builder channel(String channel) {
            Objects.requireNonNull(channel, "channel");
            if (channel.isBlank() || channel.chars().anyMatch(c -> Character.isWhitespace(c) || c == '{' || c == '}')) {
                throw new IllegalArgumentException("channel must be non-blank, without whitespace or braces: '"
                    + channel + "'");
            }
            this.channel = channel;
            return this;
        }

        /**
         * Whether verified answers are shared between instances (off by default): a miss reads Redis before
         * it asks Ductape, and a valid answer from Ductape is stored under the token's SHA-256 until it stops
         * being fresh. Only valid answers are shared; a revocation deletes those it names. Shared answers
         * need an {@link #answerKey answer key}.
         *
         * @param sharedCache whether to share answers
         * @return this builder
         */
        public Builder sharedCache(boolean sharedCache) {
            this.sharedCache = sharedCache;
            return this;
        }

        /**
         * The secret every instance of the fleet shares, which signs the shared answers (HMAC-SHA256 over the
         * channel, the token's hash and the answer): without it, anyone who can write to Redis could store an
         * answer that makes any token valid. An answer whose signature is not the fleet's reads as none (the
         * verifier asks Ductape). Required with {@code sharedCache(true)}; keep it with your other secrets.
         *
         * @param answerKey at least 32 bytes, for example 32 random bytes from your secret store
         * @return this builder
         */
        public Builder answerKey(byte[] answerKey) {
            Objects.requireNonNull(answerKey, "answerKey");
            if (answerKey.length < 32) {
                throw new IllegalArgumentException("answerKey must be at least 32 bytes, not " + answerKey.length);
            }
            this.answerKey = answerKey.clone();
            return this;
        }

        /**
         * How long a cached answer is reused while Redis cannot be heard; 1 second by default.
         *
         * @param fallbackStaleness positive, and shorter than the verifier's {@code maxStaleness}
         * @return this builder
         */
        public Builder fallbackStaleness(Duration fallbackStaleness) {
            this.fallbackStaleness = positive(fallbackStaleness, "fallbackStaleness");
            return this;
        }

        /**
         * How long a command to Redis may take before it counts as unanswered; 1 second by default.
         *
         * @param commandTimeout positive
         * @return this builder
         */
        public Builder commandTimeout(Duration commandTimeout) {
            this.commandTimeout = positive(commandTimeout, "commandTimeout");
            return this;
        }

        /**
         * How long a user's (or the tag's) cutoff is kept in Redis: no shorter than the longest lifetime of
         * a session of the tag; 30 days by default.
         *
         * @param cutoffRetention positive
         * @return this builder
         */
        public Builder cutoffRetention(Duration cutoffRetention) {
            this.cutoffRetention = positive(cutoffRetention, "cutoffRetention");
            return this;
        }

        /**
         * How often a verifier checks that it hears its fleet, by a heartbeat sent through Redis and back;
         * 250 ms by default. Four missed in a row take the fleet as lost though Redis did not say so (a
         * closed connection is noticed at once).
         *
         * @param heartbeatInterval at least 10 ms
         * @return this builder
         */
        public Builder heartbeatInterval(Duration heartbeatInterval) {
            positive(heartbeatInterval, "heartbeatInterval");
            if (heartbeatInterval.toMillis() < 10) {
                throw new IllegalArgumentException("heartbeatInterval must be at least 10 ms, not "
                    + heartbeatInterval);
            }
            this.heartbeatInterval = heartbeatInterval;
            return this;
        }

        /**
         * Builds the fleet; nothing connects until a verifier joins it.
         *
         * @return the fleet
         * @throws IllegalStateException when answers are shared without an answer key
         */
        public RedisFleet build() {
            if (sharedCache && answerKey == null) {
                throw new IllegalStateException("sharedCache(true) needs answerKey(...): a secret every instance "
                    + "shares, so that a write to Redis cannot make a token valid");
            }
            return new RedisFleet(this);
        }

        private static Duration positive(Duration value, String name) {
            Objects.requireNonNull(value, name);
            if (value.isNegative() || value.isZero()) {
                throw new IllegalArgumentException(name + " must be positive, not " + value);
            }
            return value;
        }
    }
}
