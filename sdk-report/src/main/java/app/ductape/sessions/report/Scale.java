package app.ductape.sessions.report;

import java.util.ArrayList;
import java.util.List;

/**
 * A chart's value axis: ticks at a round step of 1, 2 or 5 times a power of ten, from 0 to the first tick
 * at or above the largest value, with at most {@value #MAX_INTERVALS} intervals. 106 gives 0, 20, ..., 120.
 */
final class Scale {
    static final int MAX_INTERVALS = 6;

    private final long top;
    private final List<Long> ticks;

    private Scale(long top, List<Long> ticks) {
        this.top = top;
        this.ticks = List.copyOf(ticks);
    }

    /** The scale of values from 0 to {@code max}. */
    static Scale upTo(long max) {
        if (max <= 0) {
            return new Scale(1, List.of(0L));
        }
        long step = step(max / (double) MAX_INTERVALS);
        long top = (max + step - 1) / step * step;
        List<Long> ticks = new ArrayList<>();
        for (long tick = 0; tick <= top; tick += step) {
            ticks.add(tick);
        }
        return new Scale(top, ticks);
    }

    /** The smallest of 1, 2, 5, 10, 20, 50, ... at or above {@code atLeast}. */
    private static long step(double atLeast) {
        for (long power = 1; ; power *= 10) {
            for (long multiple : new long[] {1, 2, 5}) {
                if (multiple * power >= atLeast) {
                    return multiple * power;
                }
            }
        }
    }

    /** The value at the top of the axis. */
    long top() {
        return top;
    }

    /** The labelled values, from 0 up to {@link #top()}. */
    List<Long> ticks() {
        return ticks;
    }

    /** The share of the axis's height that {@code value} reaches, 0 to 1. */
    double fraction(long value) {
        return (double) value / top;
    }
}
