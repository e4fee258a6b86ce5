package app.ductape.sessions;

/**
 * The codes of Ductape Sessions calls, as the TypeScript SDK's {@code SessionError} names them. Each
 * call fails with its own code; the {@code *_NOT_FOUND} codes replace it when the server answers 404 for
 * the resource the call names. The connectors' codes are their own enums (see {@link ErrorCode}).
 */
public enum SessionErrorCode implements ErrorCode {
    /** {@code fetchUsers} (or {@code products().sessions().users}) failed. */
    FETCH_USERS_FAILED,
    /** {@code fetchUserDetails} or {@code products().sessions().user} failed. */
    FETCH_USER_DETAILS_FAILED,
    /** {@code fetchActivityLogs} failed. */
    FETCH_ACTIVITY_LOGS_FAILED,
    /** {@code fetchDashboard} failed. */
    FETCH_DASHBOARD_FAILED,
    /** {@code fetchUsersDashboard} failed. */
    FETCH_USERS_DASHBOARD_FAILED,
    /** {@code fetchUserLogs} failed. */
    FETCH_USER_LOGS_FAILED,
    /** {@code fetchUserDashboard} failed. */
    FETCH_USER_DASHBOARD_FAILED,
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
    /** {@code create} (a session configuration) failed, including a duplicate tag (HTTP 409). */
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
    CONFIG_NOT_FOUND
}
