package app.ductape.sessions.connectors.exavault;

import app.ductape.sessions.ErrorCode;

/** The codes of {@link ExaVaultClient}'s failures, as {@link app.ductape.sessions.SessionError#code()}. */
public enum ExaVaultErrorCode implements ErrorCode {
    /** Reading session activity ({@code GET /activity/session}) failed. */
    FETCH_SESSION_ACTIVITY_FAILED,
    /** Reading webhook logs ({@code GET /activity/webhooks}) failed. */
    FETCH_WEBHOOK_LOGS_FAILED
}
