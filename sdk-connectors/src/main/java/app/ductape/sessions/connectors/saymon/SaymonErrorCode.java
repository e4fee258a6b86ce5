package app.ductape.sessions.connectors.saymon;

import app.ductape.sessions.ErrorCode;

/** The codes of {@link SaymonClient}'s failures, as {@link app.ductape.sessions.SessionError#code()}. */
public enum SaymonErrorCode implements ErrorCode {
    /** Reading the users' sessions log failed (a 403 means the user lacks {@code read-session-log}). */
    FETCH_USERS_SESSIONS_LOG_FAILED
}
