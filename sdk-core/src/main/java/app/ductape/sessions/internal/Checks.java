package app.ductape.sessions.internal;

import java.util.Locale;

/** Argument checks shared by every options builder; each failure names the offending field. */
public final class Checks {
    private Checks() {}

    /** Returns {@code value} when it has a non-blank value, or fails naming {@code field}. */
    public static String requireNonBlank(String value, String field) {
        if (value == null) {
            throw new IllegalArgumentException("`" + field + "` is required, but was not set");
        }
        if (value.isBlank()) {
            throw new IllegalArgumentException("`" + field + "` must not be blank");
        }
        return value;
    }

    /** Like {@link #requireNonBlank} but lets {@code null} (unset) through. */
    public static String optionalNonBlank(String value, String field) {
        return value == null ? null : requireNonBlank(value, field);
    }

    /**
     * A value that becomes one URL path segment. OkHttp drops a {@code .} segment and lets a
     * {@code ..} climb one level, which would silently send the request to another resource, so
     * those (and their percent-encoded spellings) are refused here rather than sent.
     */
    public static String requirePathSegment(String value, String field) {
        requireNonBlank(value, field);
        String lower = value.toLowerCase(Locale.ROOT).replace("%2e", ".");
        if (lower.equals(".") || lower.equals("..")) {
            throw new IllegalArgumentException(
                "`" + field + "` must not be '.' or '..' (or a percent-encoded form of them), but was '" + value + "'");
        }
        return value;
    }

    /** Like {@link #requirePathSegment} but lets {@code null} (unset) through. */
    public static String optionalPathSegment(String value, String field) {
        return value == null ? null : requirePathSegment(value, field);
    }

    public static int requirePage(int page) {
        if (page < 1) {
            throw new IllegalArgumentException("`page` must be >= 1, but was " + page);
        }
        return page;
    }

    public static int requireLimit(int limit, int max) {
        if (limit < 1 || limit > max) {
            throw new IllegalArgumentException("`limit` must be between 1 and " + max + ", but was " + limit);
        }
        return limit;
    }

    public static <T> T requireNonNull(T value, String field) {
        if (value == null) {
            throw new IllegalArgumentException("`" + field + "` must not be null");
        }
        return value;
    }

    /** Returns {@code timeout} when unset or not negative, or fails naming {@code field}. */
    public static java.time.Duration nonNegative(java.time.Duration timeout, String field) {
        if (timeout != null && timeout.isNegative()) {
            throw new IllegalArgumentException("`" + field + "` must not be negative, but was " + timeout);
        }
        return timeout;
    }

    /** Returns {@code value} when it is at least {@code min}, or fails naming {@code field}. */
    public static long atLeast(long value, long min, String field) {
        if (value < min) {
            throw new IllegalArgumentException("`" + field + "` must be >= " + min + ", but was " + value);
        }
        return value;
    }
}
