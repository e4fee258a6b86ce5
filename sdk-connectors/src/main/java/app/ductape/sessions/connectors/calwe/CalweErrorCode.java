package app.ductape.sessions.connectors.calwe;

import app.ductape.sessions.ErrorCode;

/** The codes of {@link CalweClient}'s failures, as {@link app.ductape.sessions.SessionError#code()}. */
public enum CalweErrorCode implements ErrorCode {
    /** Reading a session's log failed. */
    FETCH_SESSION_LOG_FAILED,
    /** Adding an entry to a session's log failed. */
    CREATE_SESSION_LOG_FAILED,
    /** The session the call names does not exist (HTTP 404). */
    CALWE_SESSION_NOT_FOUND,
    /** The session has ended, so its log takes no more entries (HTTP 422 without field errors). */
    SESSION_ALREADY_ENDED,
    /** Calwe refused the request's fields; {@link app.ductape.sessions.SessionError#fieldErrors()} says which. */
    VALIDATION_FAILED
}
