package app.ductape.sessions.model;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/** The unit of a session configuration's expiry. Open: an unknown unit reads as {@link #UNKNOWN}. */
public enum ExpiryPeriod {
    /** {@code seconds}. */
    SECONDS(ChronoUnit.SECONDS),
    /** {@code minutes}. */
    MINUTES(ChronoUnit.MINUTES),
    /** {@code hours}. */
    HOURS(ChronoUnit.HOURS),
    /** {@code days}. */
    DAYS(ChronoUnit.DAYS),
    /** A unit this SDK version does not know; the raw text is kept by {@link SessionConfig#periodValue()}. */
    UNKNOWN(null);

    private final ChronoUnit unit;

    ExpiryPeriod(ChronoUnit unit) {
        this.unit = unit;
    }

    /**
     * The text on the wire.
     *
     * @return {@code seconds}, {@code minutes}, {@code hours} or {@code days}; {@code null} for {@link #UNKNOWN}
     */
    public String wireValue() {
        return unit == null ? null : name().toLowerCase(Locale.ROOT);
    }

    /**
     * {@code amount} of this unit.
     *
     * @param amount how many units
     * @return the duration
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
     * @param value the text
     * @return the period
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

    /**
     * Reads a period from a response: never throws; unknown text gives {@link #UNKNOWN}.
     *
     * @param value the text as sent, or {@code null}
     * @return the period, never null
     */
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
