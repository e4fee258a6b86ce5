package app.ductape.sessions.middleware.redis;

import app.ductape.sessions.middleware.fleet.FleetHealth;
import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether a link hears its fleet. It is up only once a heartbeat it sent after its last loss has come back
 * through Redis (published on its commands connection, received on its subscription), so an echo proves
 * both connections and the subscription; it is down from the moment either connection drops, its
 * subscription ends, or no echo has come back for the heartbeat timeout (a loss Redis never reported).
 */
final class LinkHealth {
    private static final Logger LOG = LoggerFactory.getLogger(LinkHealth.class);

    private final String channel;
    private final Clock clock;
    private final long timeoutNanos;
    private volatile boolean up;
    private long lostNanos;
    private Instant lostAt;
    private String reason;
    private long lastEchoNanos;
    private boolean everUp;
    private long losses;

    LinkHealth(String channel, Clock clock, long timeoutNanos) {
        this.channel = channel;
        this.clock = clock;
        this.timeoutNanos = timeoutNanos;
        this.lostNanos = System.nanoTime();
        this.lostAt = clock.instant();
        this.reason = "not connected to Redis yet";
    }

    /** A field read, for the verifier's hit path. */
    boolean isUp() {
        return up;
    }

    synchronized FleetHealth health() {
        return up ? FleetHealth.up() : FleetHealth.degraded(reason, lostAt);
    }

    /** The link stops hearing its fleet; the first loss of an outage gives its instant and reason. */
    synchronized void lost(String why) {
        losses++;
        if (up) {
            up = false;
            lostNanos = System.nanoTime();
            lostAt = clock.instant();
            reason = why;
            LOG.warn("the fleet on {} is not heard: {}; cached answers are reused for the fallback staleness "
                + "only, and shared answers are not read", channel, why);
        } else if (!everUp) {
            reason = why;
        }
    }

    /**
     * A heartbeat came back; whether it proves the link heard again (it was sent after the loss, while down).
     *
     * @param sentNanos when it was sent
     */
    synchronized boolean echoed(long sentNanos) {
        lastEchoNanos = Math.max(lastEchoNanos, sentNanos);
        return !up && sentNanos > lostNanos;
    }

    /** Whether the last echo is older than the timeout while up: a loss that Redis did not report. */
    synchronized boolean silent(long now) {
        return up && now - Math.max(lastEchoNanos, lostNanos) > timeoutNanos;
    }

    /** A recovery's starting point: the outage it ends, which a loss during the recovery supersedes. */
    synchronized Outage outage() {
        return new Outage(losses, everUp ? lostAt : null);
    }

    /**
     * An outage being recovered from.
     *
     * @param generation the number of losses seen when the recovery began
     * @param lostAt when it began, or null when the link has never been up (nothing was cached under it)
     */
    record Outage(long generation, Instant lostAt) {
    }

    /**
     * The link hears its fleet again, after the caller forgot what the outage may have hidden; unless it was
     * lost again meanwhile, when the next echo recovers it.
     *
     * @param outage the outage recovered from
     * @return whether the link is up
     */
    synchronized boolean recovered(Outage outage) {
        if (outage.generation() != losses) {
            return false;
        }
        if (everUp) {
            LOG.info("the fleet on {} is heard again (not since {})", channel, lostAt);
        }
        up = true;
        everUp = true;
        return true;
    }
}
