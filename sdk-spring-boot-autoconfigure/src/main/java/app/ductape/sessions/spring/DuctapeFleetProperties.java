package app.ductape.sessions.spring;

import app.ductape.sessions.middleware.redis.RedisFleet;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * ductape.sessions.verifier.fleet.*: the verifier's fleet on Redis (sdk-middleware-redis). The defaults are
 * {@link RedisFleet}'s own.
 *
 * @param enabled           links the verifier to the other instances through Redis (default false)
 * @param channel           the channel, and the hash tag of the keys (default
 *                          ductape:sessions:&lt;product&gt;:&lt;env&gt;:&lt;tag&gt;)
 * @param sharedCache       shares verified answers between instances: about one Ductape verify per token per
 *                          staleness window for the whole fleet (default false); needs answer-key
 * @param answerKey         the secret (at least 32 bytes of UTF-8) every instance shares, which signs the
 *                          shared answers so that a write to Redis cannot make a token valid; keep it with
 *                          your other secrets
 * @param fallbackStaleness how long a cached answer is reused while Redis cannot be heard (default 1 s)
 * @param commandTimeout    how long a command to Redis may take (default 1 s)
 * @param cutoffRetention   how long a user's revokeAll cutoff is kept in Redis; no shorter than the longest
 *                          session lifetime (default 30 days)
 * @param heartbeatInterval how often each instance checks that it hears Redis (default 250 ms)
 */
@ConfigurationProperties("ductape.sessions.verifier.fleet")
public record DuctapeFleetProperties(
    @DefaultValue("false") boolean enabled,
    String channel,
    @DefaultValue("false") boolean sharedCache,
    String answerKey,
    @DefaultValue(RedisFleet.DEFAULT_FALLBACK_STALENESS_MILLIS + "ms") Duration fallbackStaleness,
    @DefaultValue(RedisFleet.DEFAULT_COMMAND_TIMEOUT_MILLIS + "ms") Duration commandTimeout,
    @DefaultValue(RedisFleet.DEFAULT_CUTOFF_RETENTION_DAYS + "d") Duration cutoffRetention,
    @DefaultValue(RedisFleet.DEFAULT_HEARTBEAT_INTERVAL_MILLIS + "ms") Duration heartbeatInterval) {

    /**
     * The settings, defaulted.
     *
     * @param enabled           whether the fleet is on
     * @param channel           the channel, or null for the default
     * @param sharedCache       whether answers are shared
     * @param answerKey         the secret that signs the shared answers
     * @param fallbackStaleness the staleness while Redis is not heard
     * @param commandTimeout    the longest a command may take
     * @param cutoffRetention   how long cutoffs are kept
     * @param heartbeatInterval how often the link checks it hears Redis
     */
    public DuctapeFleetProperties {
        fallbackStaleness = fallbackStaleness != null ? fallbackStaleness
            : Duration.ofMillis(RedisFleet.DEFAULT_FALLBACK_STALENESS_MILLIS);
        commandTimeout = commandTimeout != null ? commandTimeout
            : Duration.ofMillis(RedisFleet.DEFAULT_COMMAND_TIMEOUT_MILLIS);
        cutoffRetention = cutoffRetention != null ? cutoffRetention
            : Duration.ofDays(RedisFleet.DEFAULT_CUTOFF_RETENTION_DAYS);
        heartbeatInterval = heartbeatInterval != null ? heartbeatInterval
            : Duration.ofMillis(RedisFleet.DEFAULT_HEARTBEAT_INTERVAL_MILLIS);
    }

    /**
     * The fleet these settings describe, on the given start of a builder.
     *
     * @throws DuctapeConfigurationException when a setting is refused, naming it
     */
    RedisFleet fleet(RedisFleet.Builder builder) {
        try {
            if (channel != null && !channel.isBlank()) {
                builder.channel(channel);
            }
            if (answerKey != null && !answerKey.isEmpty()) {
                builder.answerKey(answerKey.getBytes(StandardCharsets.UTF_8));
            }
            return builder.sharedCache(sharedCache).fallbackStaleness(fallbackStaleness)
                .commandTimeout(commandTimeout).cutoffRetention(cutoffRetention).heartbeatInterval(heartbeatInterval)
                .build();
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new DuctapeConfigurationException("The session verifier's fleet cannot be built: " + e.getMessage(),
                "Correct ductape.sessions.verifier.fleet.* (shared-cache=true needs answer-key, a secret of at least "
                    + "32 bytes that every instance shares).", e);
        }
    }

    @Override
    public String toString() {
        return "DuctapeFleetProperties[enabled=" + enabled + ", channel=" + channel + ", sharedCache=" + sharedCache
            + ", answerKey=" + (answerKey == null ? null : "****") + ", fallbackStaleness=" + fallbackStaleness
            + ", commandTimeout=" + commandTimeout + ", cutoffRetention=" + cutoffRetention + ", heartbeatInterval="
            + heartbeatInterval + "]";
    }
}
