package app.ductape.sessions.middleware.redis;

import java.time.Duration;
import javax.crypto.spec.SecretKeySpec;

/**
 * What a {@link RedisFleet} was built with, shared by the links that join it.
 *
 * @param channel the channel, or null to derive it from each member's product, env and tag
 * @param sharedCache whether answers are shared
 * @param answerKey the key that signs the shared answers, when they are shared
 * @param fallbackStaleness how long an answer is reused while the fleet is not heard
 * @param commandTimeout how long a command to Redis may take
 * @param cutoffRetention how long a user's or the tag's cutoff is kept in Redis
 * @param heartbeatInterval how often a link checks that it hears its fleet
 */
record LinkSettings(String channel, boolean sharedCache, SecretKeySpec answerKey, Duration fallbackStaleness,
                    Duration commandTimeout, Duration cutoffRetention, Duration heartbeatInterval) {
    /** Four heartbeats missed in a row: the link is taken as lost, though Redis never said so. */
    long heartbeatTimeoutNanos() {
        return heartbeatInterval.multipliedBy(4).toNanos();
    }

    @Override
    public String toString() {
        // never the answer key
        return "LinkSettings[channel=" + channel + ", sharedCache=" + sharedCache + "]";
    }
}
