package app.ductape.sessions;

/**
 * The codes of Ductape Sessions calls. Where Ductape published a name (its sessions overview named
 * {@code SESSION_NOT_FOUND}, {@code ENV_NOT_FOUND}, {@code JWT_NOT_AVAILABLE}, {@code CREATE_FAILED},
 * {@code VERIFY_FAILED} and {@code REFRESH_FAILED}), the code is Ductape's; the others are this SDK's, marked
 * "assumed" in {@code docs/wire-contract.md}. Each call fails with its own code, unless Ductape's answer
 * carries one of these codes (its error envelope's {@code code}), which is then the error's; else a 404
 * gives the {@code *_NOT_FOUND} code of the resource the call names. The connectors' codes are their own
 * enums (see {@link ErrorCode}).
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
    /** {@code start} failed: Ductape's {@code SessionsService} calls starting a session {@code create}. */
    CREATE_FAILED,
    /** {@code verify} failed (an invalid or expired token is not a failure: it answers {@code valid == false}). */
    VERIFY_FAILED,
    /** {@code refresh} failed, including an unknown, used or revoked refresh token (HTTP 401). */
    REFRESH_FAILED,
    /** Ductape has no JWT to issue or check for the session configuration (only ever Ductape's own code). */
    JWT_NOT_AVAILABLE,
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
    /** The session configuration (tag) the call names does not exist in the product. */
    SESSION_NOT_FOUND,
    /** The environment the call names does not exist in the product. */
    ENV_NOT_FOUND
}
