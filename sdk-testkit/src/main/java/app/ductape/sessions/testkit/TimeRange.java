package app.ductape.sessions.testkit;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The {@code start_date}/{@code end_date} query parameters as the emulator reads them, apart from the SDK's own
 * parser: an ISO date ({@code 2024-01-05}, the whole UTC day) or an ISO instant with {@code Z} or an
 * offset. Bounds are kept in epoch milliseconds, the emulator's unit.
 *
 * @param fromMillis  the first millisecond in range, or {@code Long.MIN_VALUE} without a start
 * @param untilMillis the first millisecond after the range, or {@code Long.MAX_VALUE} without an end
 */
record TimeRange(long fromMillis, long untilMillis) {

    /** The range of the two parameters, either absent; fails when it would be empty. */
    static TimeRange of(String start, String end) {
        long from = start == null ? Long.MIN_VALUE : firstMillisOf(start, "start_date");
        long until = end == null ? Long.MAX_VALUE : afterMillisOf(end, "end_date");
        if (start != null && end != null && from >= until) {
            throw ApiException.badRequest("`start_date` (" + start + ") must not be after `end_date` (" + end + ")");
        }
        return new TimeRange(from, until);
    }

    boolean hasStart() {
        return fromMillis != Long.MIN_VALUE;
    }

    boolean hasEnd() {
        return untilMillis != Long.MAX_VALUE;
    }

    /** The first millisecond the value covers: the day's midnight, or the instant rounded up. */
    private static long firstMillisOf(String value, String name) {
        String text = value.trim();
        if (isDate(text)) {
            return date(text, name).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
        }
        return ceilMillis(instant(text, name));
    }

    /** The first millisecond after the value: the next midnight for a day, the instant plus 1 ns rounded up. */
    private static long afterMillisOf(String value, String name) {
        String text = value.trim();
        if (isDate(text)) {
            return date(text, name).plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
        }
        return ceilMillis(instant(text, name).plusNanos(1));
    }

    private static boolean isDate(String text) {
        return text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-';
    }

    private static LocalDate date(String text, String name) {
        try {
            return LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
        } catch (DateTimeException e) {
            throw invalid(text, name);
        }
    }

    private static Instant instant(String text, String name) {
        try {
            return DateTimeFormatter.ISO_OFFSET_DATE_TIME.parse(text, Instant::from);
        } catch (DateTimeException e) {
            throw invalid(text, name);
        }
    }

    private static long ceilMillis(Instant instant) {
        long millis = instant.toEpochMilli();
        return instant.getNano() % 1_000_000 == 0 ? millis : millis + 1;
    }

    private static ApiException invalid(String text, String name) {
        return ApiException.badRequest("`" + name + "` must be an ISO date (2024-01-01) or an ISO instant "
            + "(2024-01-01T10:15:30Z), but was '" + text + "'");
    }
}
