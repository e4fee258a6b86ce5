package app.ductape.sessions.model;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * The unit of a session configuration's expiry. Open: an unknown unit reads as {@link #UNKNOWN}.
 *
 * <p>Ductape spells units two ways: its SDK docs say {@code seconds}, {@code minutes}, {@code hours} and
 * {@code days}; its workbench (and the legacy token periods) {@code secs}, {@code mins}, {@code hours},
 * {@code days}, {@code weeks}, {@code months} and {@code year}. Every one of these is read, in either case and
 * in the singular or the plural; {@link #wireValue()} writes the SDK docs' spelling, and the plural for the
 * units they do not name.
 */
public enum ExpiryPeriod {
    /** {@code seconds} (read also as {@code secs}). */
    SECONDS(Duration.ofSeconds(1), "seconds", "second", "secs", "sec"),
    /** {@code minutes} (read also as {@code mins}). */
    MINUTES(Duration.ofMinutes(1), "minutes", "minute", "mins", "min"),
    /** {@code hours}. */
    HOURS(Duration.ofHours(1), "hours", "hour"),
    /** {@code days}. */
    DAYS(Duration.ofDays(1), "days", "day"),
    /** {@code weeks}: seven days. */
    WEEKS(Duration.ofDays(7), "weeks", "week"),
    /** {@code months}: counted as 30 days (Ductape does not say how it counts them). */
    MONTHS(Duration.ofDays(30), "months", "month"),
    /** {@code years} (read also as {@code year}): counted as 365 days (Ductape does not say how it counts them). */
    YEARS(Duration.ofDays(365), "years", "year"),
    /** A unit this SDK version does not know; the raw text is kept by {@link SessionConfig#periodValue()}. */
    UNKNOWN(null);

    /** Every spelling {@link #from(String)} accepts, for its error message. */
    private static final String ACCEPTED = "seconds (secs), minutes (mins), hours, days, weeks, months, years (year)";

    private final Duration unit;
    private final List<String> spellings;

    ExpiryPeriod(Duration unit, String... spellings) {
        this.unit = unit;
        this.spellings = List.of(spellings);
    }

    /**
     * The text on the wire: the spelling of Ductape's SDK docs.
     *
     * @return {@code seconds}, {@code minutes}, {@code hours}, {@code days}, {@code weeks}, {@code months} or
     *         {@code years}; {@code null} for {@link #UNKNOWN}
     */
    public String wireValue() {
        return spellings.isEmpty() ? null : spellings.get(0);
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
        return unit.multipliedBy(amount);
    }

    /**
     * Parses any of Ductape's spellings, ignoring case and surrounding spaces.
     *
     * @param value the text
     * @return the period
     * @throws IllegalArgumentException naming {@code period} and the accepted spellings
     */
    public static ExpiryPeriod from(String value) {
        ExpiryPeriod period = fromWire(value);
        if (period == UNKNOWN) {
            throw new IllegalArgumentException("`period` must be one of " + ACCEPTED + ", but was '" + value + "'");
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
                if (period.spellings.contains(normalized)) {
                    return period;
                }
            }
        }
        return UNKNOWN;
    }
}
