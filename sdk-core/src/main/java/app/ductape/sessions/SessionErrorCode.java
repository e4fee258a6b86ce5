package app.ductape.sessions;

/**
 * What failed, as the codes of the TypeScript SDK's {@code SessionError}. Each call fails with its
 * own code; the {@code *_NOT_FOUND} codes replace it when the server answers 404 for the resource
 * the call names.
 */
public enum SessionErrorCode {
    /** {@code fetchUsers} (or {@code products().sessions().users}) failed. */
    FETCH_USERS_FAILED,
    /** {@code fetchUserDetails} or {@code products().sessions().user} failed. */
    FETCH_USER_DETAILS_FAILED,
    /** {@code fetchActivityLogs} failed. */
    FETCH_ACTIVITY_LOGS_FAILED,
    /** {@code fetchDashboard} failed. */
    FETCH_DASHBOARD_FAILED,
    /** {@code fetchUserDetails} or {@code user(id)} answered 404: no such session user. */
    USER_NOT_FOUND,
    /** {@code start} failed. */
    SESSION_START_FAILED,
    /** {@code verify} failed (an invalid or expired token is not a failure: it answers {@code valid == false}). */
    SESSION_VERIFY_FAILED,
    /** {@code refresh} failed, including an unknown, used or revoked refresh token (HTTP 401). */
    SESSION_REFRESH_FAILED,
    /** {@code revoke} or {@code revokeAll} failed. */
    SESSION_REVOKE_FAILED,
    /** {@code listActive} failed. */
    LIST_ACTIVE_SESSIONS_FAILED,
    /** {@code create} (a session configuration) failed. */
    CREATE_CONFIG_FAILED,
    /** {@code list} (session configurations) failed. */
    LIST_CONFIGS_FAILED,
    /** {@code fetch} (a session configuration) failed. */
    FETCH_CONFIG_FAILED,
    /** {@code update} (a session configuration) failed. */
    UPDATE_CONFIG_FAILED,
    /** {@code delete} (a session configuration) failed. */
    DELETE_CONFIG_FAILED,
    /** A call naming a session configuration tag answered 404. */
    CONFIG_NOT_FOUND,

    // Codes of the session-log connectors (ductape-sessions-connectors), on the same transport.

    /** Reading a session log (SAYMON users' sessions log, Calwe session log) failed. */
    FETCH_SESSION_LOG_FAILED,
    /** Adding an entry to a session log (Calwe) failed. */
    CREATE_SESSION_LOG_FAILED,
    /** Reading session activity (ExaVault activity/session) failed. */
    FETCH_SESSION_ACTIVITY_FAILED,
    /** Reading webhook logs (ExaVault activity/webhooks) failed. */
    FETCH_WEBHOOK_LOGS_FAILED,
    /** The session a call names does not exist (HTTP 404). */
    SESSION_NOT_FOUND,
    /** The session has ended, so its log takes no more entries (Calwe, HTTP 422). */
    SESSION_ALREADY_ENDED,
    /** The server refused the request's fields; {@link SessionError#fieldErrors()} says which and why. */
    VALIDATION_FAILED
}
