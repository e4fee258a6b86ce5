package app.ductape.sessions.connectors.calwe;

import java.util.Locale;

/**
 * What a session-log entry records. Open: a type this SDK does not know reads as {@link #UNKNOWN}
 * (the raw value is kept by {@link CalweLogEntry#actionTypeValue()}).
 */
public enum CalweActionType {
    /** The customer entered the session. */
    ENTERED("Customer entered the session"),
    /** The customer left the session. */
    LEFT("Customer left the session"),
    /** The session was ended. */
    ENDED("Session was ended"),
    /** The session was cancelled. */
    CANCELLED("Session was cancelled"),
    /** The customer temporarily left the session. */
    TEMPORARILY_LEFT("Customer temporarily left the session"),
    /** A request to cancel the session. */
    CANCEL_REQUEST("Request to cancel the session"),
    /** The session period record, written when the session is ended or cancelled. */
    SESSION_PERIOD("Session period record"),
    /** A type this SDK version does not know; it cannot be sent. */
    UNKNOWN("Unknown action");

    private final String description;

    CalweActionType(String description) {
        this.description = description;
    }

    /**
     * What the action means, in English.
     *
     * @return what the action means, in English
     */
    public String description() {
        return description;
    }

    /**
     * Reads a type from a response: never throws, never null; unknown text gives {@link #UNKNOWN}.
     *
     * @param value the value
     * @return reads a type from a response: never throws, never null; unknown text gives {@link #UNKNOWN}
     */
    public static CalweActionType fromWire(String value) {
        if (value != null) {
            String normalized = value.trim().toUpperCase(Locale.ROOT);
            for (CalweActionType type : values()) {
                if (type != UNKNOWN && type.name().equals(normalized)) {
                    return type;
                }
            }
        }
        return UNKNOWN;
    }
}
