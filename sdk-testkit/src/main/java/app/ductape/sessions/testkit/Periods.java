package app.ductape.sessions.testkit;

import app.ductape.sessions.model.GroupBy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The periods of a time range, as the dashboards bucket it ({@link GroupBy}'s periods and labels), and
 * which period a millisecond falls in.
 *
 * @param groupBy the size of each period
 * @param starts  each period's first millisecond, in order
 */
record Periods(GroupBy groupBy, long[] starts) {
    /** The most periods one request may ask for. */
    static final int MAX = 10_000;

    /** The periods from the one holding {@code fromMillis} to the last one starting before {@code untilMillis}. */
    static Periods of(GroupBy groupBy, long fromMillis, long untilMillis) {
        List<Long> starts = new ArrayList<>();
        Instant period = groupBy.periodStart(Instant.ofEpochMilli(fromMillis));
        while (period.toEpochMilli() < untilMillis) {
            if (starts.size() == MAX) {
                throw ApiException.badRequest("The range holds more than " + MAX + " " + groupBy.wireValue()
                    + " periods; narrow start_date/end_date or use a larger groupBy");
            }
            starts.add(period.toEpochMilli());
            period = groupBy.nextPeriodStart(period);
        }
        if (starts.isEmpty()) {
            starts.add(groupBy.periodStart(Instant.ofEpochMilli(fromMillis)).toEpochMilli());
        }
        return new Periods(groupBy, starts.stream().mapToLong(Long::longValue).toArray());
    }

    int size() {
        return starts.length;
    }

    String label(int index) {
        return groupBy.label(Instant.ofEpochMilli(starts[index]));
    }

    /** The index of the period holding {@code millis} (the first one for an earlier millisecond). */
    int indexOf(long millis) {
        int index = Arrays.binarySearch(starts, millis);
        return index >= 0 ? index : Math.max(0, -index - 2);
    }
}
