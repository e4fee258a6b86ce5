package app.ductape.sessions.model;

import java.util.Locale;

/** The status of one session operation. Open: a value this SDK version does not know reads as {@link #UNKNOWN}. */
public enum LogStatus {
    /** The operation succeeded ({@code success}). */
    SUCCESS("success"),
    /** The operation failed ({@code fail}). */
    FAIL("fail"),
    /** The operation is still running ({@code processing}). */
    PROCESSING("processing"),
    /** A status this SDK version does not know; the raw text is kept by the model that carries it. */
    UNKNOWN(null);

    private final String wireValue;

    LogStatus(String wireValue) {
        this.wireValue = wireValue;
    }

    /**
     * The text the Ductape API uses.
     *
     * @return {@code "success"}, {@code "fail"} or {@code "processing"}; {@code null} for {@link #UNKNOWN}
     */
    public String wireValue() {
        return wireValue;
    }

    /**
     * Parses the TypeScript SDK's strings ({@code "success"}, {@code "fail"}, {@code "processing"}),
     * ignoring case; for user input, so anything else fails.
     *
     * @param value the text
     * @return the status
     * @throws IllegalArgumentException naming the value and the accepted ones
     */
    public static LogStatus from(String value) {
        LogStatus status = fromWire(value);
        if (status == UNKNOWN) {
            throw new IllegalArgumentException("`status` must be one of success, fail, processing, but was '"
                + value + "'");
        }
        return status;
    }

    /**
     * Reads a status from a response: never throws; unknown text gives {@link #UNKNOWN}.
     *
     * @param value the text as sent, or {@code null}
     * @return the status, never null
     */
    public static LogStatus fromWire(String value) {
        if (value != null) {
            String normalized = value.trim().toLowerCase(Locale.ROOT);
            for (LogStatus status : values()) {
                if (normalized.equals(status.wireValue)) {
                    return status;
                }
            }
        }
        return UNKNOWN;
    }
}
