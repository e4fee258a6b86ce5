package app.ductape.sessions.report;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How the report writes numbers, durations, times and SVG coordinates: one way each, in every section. */
final class Formats {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm 'UTC'", Locale.ROOT)
        .withZone(ZoneOffset.UTC);

    private Formats() {}

    /** A count with thousands separators, as a reader expects it. */
    static String count(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    /** A percentage with two decimals. */
    static String percent(double value) {
        return String.format(Locale.ROOT, "%.2f%%", value);
    }

    /** A duration in milliseconds with one decimal, or in seconds from 10 s on. */
    static String millis(Duration duration) {
        double ms = duration.toNanos() / 1e6;
        return ms >= 10_000 ? String.format(Locale.ROOT, "%.1f s", ms / 1000) : String.format(Locale.ROOT, "%.1f ms", ms);
    }

    /** A time to the minute, in UTC; empty for none. */
    static String when(Instant instant) {
        return instant == null ? "" : WHEN.format(instant);
    }

    /** A coordinate with at most one decimal, no trailing zero: the SVG stays small. */
    static String coordinate(double value) {
        long tenths = Math.round(value * 10);
        return tenths % 10 == 0 ? Long.toString(tenths / 10) : (tenths / 10) + "." + Math.abs(tenths % 10);
    }
}
