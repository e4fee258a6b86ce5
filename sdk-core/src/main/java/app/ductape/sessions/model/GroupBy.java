package app.ductape.sessions.model;

import java.util.Locale;

/** The bucket size of the dashboard's time series. */
public enum GroupBy {
    /** Hourly buckets, labelled {@code 2024-01-05T13}. */
    HOUR,
    /** Daily buckets, labelled {@code 2024-01-05}. */
    DAY,
    /** ISO weeks, labelled {@code 2024-W01}. */
    WEEK,
    /** Months, labelled {@code 2024-01}. */
    MONTH;

    /**
     * The text sent on the wire.
     *
     * @return {@code hour}, {@code day}, {@code week} or {@code month}
     */
    public String wireValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses the TypeScript SDK's strings, ignoring case.
     *
     * @param value the text
     * @return the bucket size
     * @throws IllegalArgumentException naming the value and the accepted ones
     */
    public static GroupBy from(String value) {
        if (value != null) {
            for (GroupBy groupBy : values()) {
                if (groupBy.wireValue().equals(value.trim().toLowerCase(Locale.ROOT))) {
                    return groupBy;
                }
            }
        }
        throw new IllegalArgumentException("`groupBy` must be one of hour, day, week, month, but was '" + value + "'");
    }
}
