package app.ductape.sessions.testkit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock tests move by hand, to see sessions expire without waiting. Thread-safe.
 *
 * <pre>{@code
 * MutableClock clock = MutableClock.at(Instant.parse("2024-01-05T12:00:00Z"));
 * try (DuctapeEmulator emulator = DuctapeEmulator.builder().clock(clock).start()) {
 *     ... start a session ...
 *     clock.advance(Duration.ofHours(25));   // now it has expired
 * }
 * }</pre>
 */
public final class MutableClock extends Clock {
    private final AtomicReference<Instant> now;

    private MutableClock(Instant start) {
        this.now = new AtomicReference<>(start);
    }

    /**
     * A clock standing at {@code start}.
     *
     * @param start the start
     * @return a clock standing at {@code start}
     */
    public static MutableClock at(Instant start) {
        return new MutableClock(start);
    }

    /**
     * Moves the clock forward (or back, with a negative duration).
     *
     * @param duration the duration
     * @return moves the clock forward (or back, with a negative duration)
     */
    public MutableClock advance(Duration duration) {
        now.updateAndGet(instant -> instant.plus(duration));
        return this;
    }

    /**
     * Sets the clock to {@code instant}.
     *
     * @param instant sets the clock to {@code instant}
     * @return sets the clock to {@code instant}
     */
    public MutableClock set(Instant instant) {
        now.set(instant);
        return this;
    }

    @Override
    public Instant instant() {
        return now.get();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("MutableClock is always UTC");
    }

    @Override
    public String toString() {
        return "MutableClock[" + now.get() + "]";
    }
}
