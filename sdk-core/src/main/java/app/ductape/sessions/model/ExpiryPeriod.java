package app.ductape.sessions.model;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/** The unit of a session configuration's expiry. Open: an unknown unit reads as {@link #UNKNOWN}. */
public enum ExpiryPeriod {
    SECONDS(ChronoUnit.SECONDS),
    MINUTES(ChronoUnit.MINUTES),
    HOURS(ChronoUnit.HOURS),
    DAYS(ChronoUnit.DAYS),
    /** A unit this SDK version does not know; the raw text is kept by {@link SessionConfig#periodValue()}. */
    UNKNOWN(null);

    private final ChronoUnit unit;

    ExpiryPeriod(ChronoUnit unit) {
        this.unit = unit;
    }

    /** The text on the wire: {@code seconds}, {@code minutes}, {@code hours} or {@code days}. */
    public String wireValue() {
        return unit == null ? null : name().toLowerCase(Locale.ROOT);
    }

    /**
     * {@code amount} of this unit.
     *
     * @throws IllegalStateException for {@link #UNKNOWN}
     */
    public Duration toDuration(long amount) {
        if (unit == null) {
            throw new IllegalStateException("an UNKNOWN expiry period has no duration");
        }
        return unit.getDuration().multipliedBy(amount);
    }

    /**
     * Parses {@code seconds}, {@code minutes}, {@code hours} or {@code days}, ignoring case.
     *
     * @throws IllegalArgumentException naming {@code period} and the accepted values
     */
    public static ExpiryPeriod from(String value) {
        ExpiryPeriod period = fromWire(value);
        if (period == UNKNOWN) {
            throw new IllegalArgumentException("`period` must be one of seconds, minutes, hours, days, but was '"
                + value + "'");
        }
        return period;
    }

    /** Reads a period from a response: never throws; unknown text gives {@link #UNKNOWN}. */
    public static ExpiryPeriod fromWire(String value) {
        if (value != null) {
            String normalized = value.trim().toLowerCase(Locale.ROOT);
            for (ExpiryPeriod period : values()) {
                if (normalized.equals(period.wireValue())) {
                    return period;
                }
            }
        }
        return UNKNOWN;
    }
}
