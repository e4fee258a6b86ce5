package app.ductape.sessions.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * A {@code start}/{@code end} filter value: an ISO date ({@code 2024-01-01}, the whole UTC day) or
 * an ISO instant. Keeps the text sent on the wire and the instants it covers.
 *
 * @param wire           the text sent in the query string
 * @param from           first instant covered (inclusive)
 * @param untilExclusive first instant after the covered range
 * @param date           whether the value is a whole day
 */
public record TimeBound(String wire, Instant from, Instant untilExclusive, boolean date) {

    public static TimeBound of(LocalDate day) {
        Instant from = day.atStartOfDay(ZoneOffset.UTC).toInstant();
        return new TimeBound(day.toString(), from, day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant(), true);
    }

    public static TimeBound of(Instant instant) {
        return new TimeBound(instant.toString(), instant, instant.plusNanos(1), false);
    }

    /** Parses an ISO date or ISO instant (with {@code Z} or an offset), failing with a message naming {@code field}. */
    public static TimeBound parse(String text, String field) {
        Checks.requireNonBlank(text, field);
        String trimmed = text.trim();
        try {
            if (trimmed.length() == 10) {
                return of(LocalDate.parse(trimmed));
            }
            return of(OffsetDateTime.parse(trimmed).toInstant());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("`" + field + "` must be an ISO date (2024-01-01) or an ISO instant "
                + "(2024-01-01T10:15:30Z), but was '" + text + "'", e);
        }
    }

    /** Fails when a range from {@code start} to {@code end} would be empty. */
    public static void requireOrdered(TimeBound start, TimeBound end) {
        if (start != null && end != null && !start.from.isBefore(end.untilExclusive)) {
            throw new IllegalArgumentException("`start` (" + start.wire + ") must not be after `end` (" + end.wire + ")");
        }
    }
}
