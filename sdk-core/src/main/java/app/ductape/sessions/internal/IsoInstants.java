package app.ductape.sessions.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * Parses ISO-8601 instants with an offset. The common wire shape, {@code 2024-01-05T13:45:00.042Z}
 * or with {@code +01:00}, is read by hand: a page of 1,000 activity logs carries 1,000 of them, and
 * {@link OffsetDateTime#parse} spends more on its generic formatter than Jackson spends on the rest of
 * the log (docs/benchmarks.md, B2). Anything else goes to {@code OffsetDateTime.parse}, so the set of
 * accepted texts and the errors for the rest are exactly its own.
 */
public final class IsoInstants {
    private static final int[] DAYS_IN_MONTH = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

    private IsoInstants() {}

    /**
     * The instant {@code text} denotes.
     *
     * @throws DateTimeParseException when it is not an ISO-8601 date-time with an offset
     */
    public static Instant parse(String text) {
        Instant fast = parseCommon(text);
        return fast != null ? fast : OffsetDateTime.parse(text).toInstant();
    }

    /** {@code yyyy-MM-ddTHH:mm:ss[.f{1,9}](Z|±HH:MM)}, or {@code null} for any other text. */
    static Instant parseCommon(String s) {
        int n = s.length();
        if (n < 20 || s.charAt(4) != '-' || s.charAt(7) != '-' || s.charAt(10) != 'T' || s.charAt(13) != ':'
            || s.charAt(16) != ':') {
            return null;
        }
        int year = digits(s, 0, 4);
        int month = digits(s, 5, 7);
        int day = digits(s, 8, 10);
        int hour = digits(s, 11, 13);
        int minute = digits(s, 14, 16);
        int second = digits(s, 17, 19);
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > DAYS_IN_MONTH[month - 1]
            || (month == 2 && day == 29 && !isLeap(year)) || hour < 0 || hour > 23 || minute < 0 || minute > 59
            || second < 0 || second > 59) {
            return null;
        }
        int i = 19;
        int nanos = 0;
        if (s.charAt(i) == '.') {
            int first = ++i;
            while (i < n && isDigit(s.charAt(i))) {
                if (i - first >= 9) {
                    return null;
                }
                nanos = nanos * 10 + (s.charAt(i) - '0');
                i++;
            }
            if (i == first) {
                return null;
            }
            for (int k = i - first; k < 9; k++) {
                nanos *= 10;
            }
        }
        int offsetSeconds;
        if (i == n - 1 && s.charAt(i) == 'Z') {
            offsetSeconds = 0;
        } else if (i == n - 6 && (s.charAt(i) == '+' || s.charAt(i) == '-') && s.charAt(i + 3) == ':') {
            int offsetHours = digits(s, i + 1, i + 3);
            int offsetMinutes = digits(s, i + 4, i + 6);
            if (offsetHours < 0 || offsetHours > 18 || offsetMinutes < 0 || offsetMinutes > 59
                || (offsetHours == 18 && offsetMinutes > 0)) {
                return null;
            }
            offsetSeconds = (s.charAt(i) == '-' ? -1 : 1) * (offsetHours * 3600 + offsetMinutes * 60);
        } else {
            return null;
        }
        long epochSecond = epochDay(year, month, day) * 86_400L + hour * 3600L + minute * 60L + second - offsetSeconds;
        return Instant.ofEpochSecond(epochSecond, nanos);
    }

    /** The value of the decimal digits in {@code [from, to)}, or -1 when one is not a digit. */
    private static int digits(String s, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (!isDigit(c)) {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isLeap(int year) {
        return (year & 3) == 0 && (year % 100 != 0 || year % 400 == 0);
    }

    /** Days since 1970-01-01 of a valid proleptic Gregorian date (the algorithm of {@code LocalDate.toEpochDay}). */
    private static long epochDay(int year, int month, int day) {
        long y = year;
        long total = 365 * y;
        total += (y + 3) / 4 - (y + 99) / 100 + (y + 399) / 400;
        total += (367L * month - 362) / 12;
        total += day - 1;
        if (month > 2) {
            total--;
            if (!isLeap(year)) {
                total--;
            }
        }
        return total - 719_528L;
    }
}
