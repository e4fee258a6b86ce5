package app.ductape.sessions.testkit;

import java.time.Duration;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Faults the emulator injects into the next requests it receives, for resilience tests of your own
 * code (as retrofit-mock's {@code NetworkBehavior}). Counted faults apply in this order: disconnect,
 * delay, fail; a delayed request then proceeds (or fails, if a failure is pending too). A request takes
 * its faults when it arrives, so one still in its delay never takes a fault set after it arrived.
 * Thread-safe.
 */
public final class EmulatorFaults {
    private final AtomicInteger failures = new AtomicInteger();
    private volatile int failureStatus = 503;
    private final AtomicInteger delays = new AtomicInteger();
    private volatile Duration delay = Duration.ZERO;
    private final AtomicInteger disconnects = new AtomicInteger();
    private volatile double failureRate;
    private volatile int randomFailureStatus = 503;
    private volatile Random random = new Random(0);
    private final AtomicLong injected = new AtomicLong();

    EmulatorFaults() {}

    /**
     * The next {@code n} requests answer {@code status} with an error envelope, without being handled.
     *
     * @param n the n
     * @param status the status
     * @return the next {@code n} requests answer {@code status} with an error envelope, without being handled
     */
    public EmulatorFaults failNext(int n, int status) {
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("`status` must be an HTTP error status (400-599), but was " + status);
        }
        failureStatus = status;
        failures.set(requireCount(n));
        return this;
    }

    /**
     * The next {@code n} requests wait {@code delay} before being handled.
     *
     * @param delay the delay
     * @param n the n
     * @return the next {@code n} requests wait {@code delay} before being handled
     */
    public EmulatorFaults delayNext(int n, Duration delay) {
        if (delay == null || delay.isNegative()) {
            throw new IllegalArgumentException("`delay` must be a non-negative duration, but was " + delay);
        }
        this.delay = delay;
        delays.set(requireCount(n));
        return this;
    }

    /**
     * The next {@code n} requests have their connection closed without any response.
     *
     * @param n the n
     * @return the next {@code n} requests have their connection closed without any response
     */
    public EmulatorFaults disconnectNext(int n) {
        disconnects.set(requireCount(n));
        return this;
    }

    /**
     * From now on, each request fails with {@code status} with probability {@code rate}, drawn from a
     * {@link Random} seeded with {@code seed} (so a run is repeatable for a given request order).
     *
     * @param rate the rate
     * @param seed the seed
     * @param status the status
     * @return from now on, each request fails with {@code status} with probability {@code rate}, drawn from a {@link
     *         Random} seeded with {@code seed} (so a run is repeatable for a given request order)
     */
    public EmulatorFaults failRandomly(double rate, int status, long seed) {
        if (!(rate >= 0 && rate <= 1)) {
            throw new IllegalArgumentException("`rate` must be between 0 and 1, but was " + rate);
        }
        randomFailureStatus = status;
        random = new Random(seed);
        failureRate = rate;
        return this;
    }

    /**
     * Clears every pending and random fault.
     *
     * @return clears every pending and random fault
     */
    public EmulatorFaults reset() {
        failures.set(0);
        delays.set(0);
        disconnects.set(0);
        failureRate = 0;
        return this;
    }

    /**
     * How many faults were injected since the emulator started.
     *
     * @return how many faults were injected since the emulator started
     */
    public long injectedCount() {
        return injected.get();
    }

    private static int requireCount(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("`n` must be >= 0, but was " + n);
        }
        return n;
    }

    boolean takeDisconnect() {
        return take(disconnects);
    }

    /** The delay to apply to this request, or {@link Duration#ZERO}. */
    Duration takeDelay() {
        return take(delays) ? delay : Duration.ZERO;
    }

    /** The status to fail this request with, or 0 to handle it. */
    int takeFailure() {
        if (take(failures)) {
            return failureStatus;
        }
        double rate = failureRate;
        if (rate > 0) {
            boolean fail;
            synchronized (this) {
                fail = random.nextDouble() < rate;
            }
            if (fail) {
                injected.incrementAndGet();
                return randomFailureStatus;
            }
        }
        return 0;
    }

    private boolean take(AtomicInteger counter) {
        if (counter.getAndUpdate(n -> n > 0 ? n - 1 : 0) > 0) {
            injected.incrementAndGet();
            return true;
        }
        return false;
    }
}
