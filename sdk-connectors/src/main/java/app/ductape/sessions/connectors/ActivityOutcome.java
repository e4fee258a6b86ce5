package app.ductape.sessions.connectors;

/** How an activity ended, as far as its source records it. */
public enum ActivityOutcome {
    /** The source records it as successful. */
    SUCCESS,
    /** The source records it as failed. */
    FAILURE,
    /** Still going on: an open session, an operation being processed. */
    IN_PROGRESS,
    /** The source records no outcome for it, or one this SDK does not know. */
    UNKNOWN
}
