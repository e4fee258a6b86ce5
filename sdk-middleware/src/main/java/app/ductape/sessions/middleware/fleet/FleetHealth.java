package app.ductape.sessions.middleware.fleet;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Whether a verifier hears its fleet.
 *
 * @param state {@link State#UP} or {@link State#DEGRADED}
 * @param reason why it is degraded, such as {@code "subscription lost"}
 * @param since when it became degraded
 */
public record FleetHealth(State state, Optional<String> reason, Optional<Instant> since) {
    /** Whether the fleet is heard. */
    public enum State {
        /** Connected and subscribed: revocations of peers arrive. */
        UP,
        /** Not heard: answers are reused for the fallback staleness only, and the shared cache is skipped. */
        DEGRADED
    }

    /**
     * Fills absent parts.
     *
     * @param state  up or degraded
     * @param reason why it is degraded
     * @param since  when it became degraded
     */
    public FleetHealth {
        Objects.requireNonNull(state, "state");
        reason = reason == null ? Optional.empty() : reason;
        since = since == null ? Optional.empty() : since;
    }

    /**
     * A link that hears its peers.
     *
     * @return the health
     */
    public static FleetHealth up() {
        return new FleetHealth(State.UP, Optional.empty(), Optional.empty());
    }

    /**
     * A link that cannot hear its peers.
     *
     * @param reason why
     * @param since since when
     * @return the health
     */
    public static FleetHealth degraded(String reason, Instant since) {
        return new FleetHealth(State.DEGRADED, Optional.of(reason), Optional.of(since));
    }

    /**
     * Whether the link hears its peers.
     *
     * @return {@code true} when {@link State#UP}
     */
    public boolean isUp() {
        return state == State.UP;
    }
}
