package app.ductape.sessions.testkit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The clock of an emulator with control: its builder's clock moved forward by what {@code POST
 * /_emulator/clock} asked, until a reset. Thread-safe.
 */
final class EmulatorClock extends Clock {
    private final Clock base;
    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

    EmulatorClock(Clock base) {
        this.base = base;
    }

    void advance(Duration duration) {
        offset.accumulateAndGet(duration, Duration::plus);
    }

    void reset() {
        offset.set(Duration.ZERO);
    }

    @Override
    public Instant instant() {
        return base.instant().plus(offset.get());
    }

    @Override
    public ZoneId getZone() {
        return base.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the emulator's clock keeps its zone");
    }

    @Override
    public String toString() {
        return "EmulatorClock[" + base + " + " + offset.get() + "]";
    }
}
