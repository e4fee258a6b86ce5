package app.ductape.sessions.internal;

import app.ductape.sessions.SessionErrorCode;

/**
 * One SDK call as the transport sees it: its name in logs and messages, the code its failures
 * carry, and the code a 404 carries instead (or {@code null} when a 404 is an ordinary failure).
 */
public record Operation(String name, SessionErrorCode failure, SessionErrorCode notFound) {

    public static final Operation FETCH_USERS =
        new Operation("fetchUsers", SessionErrorCode.FETCH_USERS_FAILED, null);
    public static final Operation FETCH_USER_DETAILS =
        new Operation("fetchUserDetails", SessionErrorCode.FETCH_USER_DETAILS_FAILED, SessionErrorCode.USER_NOT_FOUND);
    public static final Operation FETCH_SESSION_USER =
        new Operation("user", SessionErrorCode.FETCH_USER_DETAILS_FAILED, SessionErrorCode.USER_NOT_FOUND);
    public static final Operation FETCH_ACTIVITY_LOGS =
        new Operation("fetchActivityLogs", SessionErrorCode.FETCH_ACTIVITY_LOGS_FAILED, null);
    public static final Operation FETCH_DASHBOARD =
        new Operation("fetchDashboard", SessionErrorCode.FETCH_DASHBOARD_FAILED, null);

    public static final Operation START = new Operation("start", SessionErrorCode.SESSION_START_FAILED, null);
    public static final Operation VERIFY = new Operation("verify", SessionErrorCode.SESSION_VERIFY_FAILED, null);
    public static final Operation REFRESH = new Operation("refresh", SessionErrorCode.SESSION_REFRESH_FAILED, null);
    public static final Operation REVOKE = new Operation("revoke", SessionErrorCode.SESSION_REVOKE_FAILED, null);
    public static final Operation REVOKE_ALL =
        new Operation("revokeAll", SessionErrorCode.SESSION_REVOKE_FAILED, null);
    public static final Operation LIST_ACTIVE =
        new Operation("listActive", SessionErrorCode.LIST_ACTIVE_SESSIONS_FAILED, null);
    public static final Operation CREATE_CONFIG =
        new Operation("create", SessionErrorCode.CREATE_CONFIG_FAILED, null);
    public static final Operation LIST_CONFIGS = new Operation("list", SessionErrorCode.LIST_CONFIGS_FAILED, null);
    public static final Operation FETCH_CONFIG =
        new Operation("fetch", SessionErrorCode.FETCH_CONFIG_FAILED, SessionErrorCode.CONFIG_NOT_FOUND);
    public static final Operation UPDATE_CONFIG =
        new Operation("update", SessionErrorCode.UPDATE_CONFIG_FAILED, SessionErrorCode.CONFIG_NOT_FOUND);
    public static final Operation DELETE_CONFIG =
        new Operation("delete", SessionErrorCode.DELETE_CONFIG_FAILED, SessionErrorCode.CONFIG_NOT_FOUND);

    /** The code of a failure that came with {@code httpStatus} (or with no response when {@code null}). */
    public SessionErrorCode codeFor(Integer httpStatus) {
        return notFound != null && httpStatus != null && httpStatus == 404 ? notFound : failure;
    }
}
