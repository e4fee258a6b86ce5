package app.ductape.sessions;

import app.ductape.sessions.internal.Transport;
import app.ductape.sessions.model.ActiveSessionsPage;
import app.ductape.sessions.model.RevokeSessionResult;
import app.ductape.sessions.model.SessionActivityLogsPage;
import app.ductape.sessions.model.SessionConfig;
import app.ductape.sessions.model.SessionConfigUpdate;
import app.ductape.sessions.model.SessionDashboard;
import app.ductape.sessions.model.SessionUserDetails;
import app.ductape.sessions.model.SessionUsersPage;
import app.ductape.sessions.model.StartSessionResult;
import app.ductape.sessions.model.VerifySessionResult;
import app.ductape.sessions.options.FetchSessionActivityLogsOptions;
import app.ductape.sessions.options.FetchSessionDashboardOptions;
import app.ductape.sessions.options.FetchSessionUserDetailsOptions;
import app.ductape.sessions.options.FetchSessionUsersOptions;
import app.ductape.sessions.options.ListActiveSessionsOptions;
import app.ductape.sessions.options.RefreshSessionOptions;
import app.ductape.sessions.options.RevokeAllSessionsOptions;
import app.ductape.sessions.options.RevokeSessionOptions;
import app.ductape.sessions.options.StartSessionOptions;
import app.ductape.sessions.options.VerifySessionOptions;
import java.util.List;

/**
 * The {@link SessionsService} API with every result wrapped in a {@link RawResponse}: the HTTP
 * status, headers and request id of the answer, with the parsed value. Failures are the same
 * {@link SessionError}s. Get it from {@link SessionsService#withRawResponse()}.
 */
public final class RawSessionsService {
    private final Transport transport;
    private final SessionCalls calls;

    RawSessionsService(Transport transport, SessionCalls calls) {
        this.transport = transport;
        this.calls = calls;
    }

    /**
     * Starts a session: validates {@code data} against the configuration's selector and issues tokens.
     *
     * @throws SessionError with {@link SessionErrorCode#SESSION_START_FAILED}
     */
    public RawResponse<StartSessionResult> start(StartSessionOptions options) {
        return transport.executeRaw(calls.start(options, RequestOptions.none()));
    }

    /** {@link #start} with per-call {@link RequestOptions}. */
    public RawResponse<StartSessionResult> start(StartSessionOptions options, RequestOptions requestOptions) {
        return transport.executeRaw(calls.start(options, requestOptions));
    }

    /**
     * Verifies a session token. An invalid, expired or revoked token is an answer
     * ({@link VerifySessionResult#valid()} {@code == false}), not an exception.
     *
     * @throws SessionError with {@link SessionErrorCode#SESSION_VERIFY_FAILED}
     */
    public RawResponse<VerifySessionResult> verify(VerifySessionOptions options) {
        return transport.executeRaw(calls.verify(options, RequestOptions.none()));
    }

    /** {@link #verify} with per-call {@link RequestOptions}. */
    public RawResponse<VerifySessionResult> verify(VerifySessionOptions options, RequestOptions requestOptions) {
        return transport.executeRaw(calls.verify(options, requestOptions));
    }

    /**
     * Exchanges a refresh token for new tokens; the old refresh token stops working (an unknown, used
     * or revoked one fails with HTTP 401).
     *
     * @throws SessionError with {@link SessionErrorCode#SESSION_REFRESH_FAILED}
     */
    public RawResponse<StartSessionResult> refresh(RefreshSessionOptions options) {
        return transport.executeRaw(calls.refresh(options, RequestOptions.none()));
    }

    /** {@link #refresh} with per-call {@link RequestOptions}. */
    public RawResponse<StartSessionResult> refresh(RefreshSessionOptions options, RequestOptions requestOptions) {
        return transport.executeRaw(calls.refresh(options, requestOptions));
    }

    /**
     * Revokes one session by id, or every session of a user by identifier.
     *
     * @throws SessionError with {@link SessionErrorCode#SESSION_REVOKE_FAILED}
     */
    public RawResponse<RevokeSessionResult> revoke(RevokeSessionOptions options) {
        return transport.executeRaw(calls.revoke(options, RequestOptions.none()));
    }

    /** {@link #revoke} with per-call {@link RequestOptions}. */
    public RawResponse<RevokeSessionResult> revoke(RevokeSessionOptions options, RequestOptions requestOptions) {
        return transport.executeRaw(calls.revoke(options, requestOptions));
    }

    /**
     * Revokes every session of a user.
     *
     * @throws SessionError with {@link SessionErrorCode#SESSION_REVOKE_FAILED}
     */
    public RawResponse<RevokeSessionResult> revokeAll(RevokeAllSessionsOptions options) {
        return transport.executeRaw(calls.revokeAll(options, RequestOptions.none()));
    }

    /** {@link #revokeAll} with per-call {@link RequestOptions}. */
    public RawResponse<RevokeSessionResult> revokeAll(RevokeAllSessionsOptions options, RequestOptions requestOptions) {
        return transport.executeRaw(calls.revokeAll(options, requestOptions));
    }

    /**
     * One page of the unexpired, unrevoked sessions of a tag.
     *
     * @throws SessionError with {@link SessionErrorCode#LIST_ACTIVE_SESSIONS_FAILED}
     */
    public RawResponse<ActiveSessionsPage> listActive(ListActiveSessionsOptions options) {
        return transport.executeRaw(calls.listActive(options, RequestOptions.none()));
    }

    /** {@link #listActive} with per-call {@link RequestOptions}. */
    public RawResponse<ActiveSessionsPage> listActive(ListActiveSessionsOptions options, RequestOptions requestOptions) {
        return transport.executeRaw(calls.listActive(options, requestOptions));
    }

    /**
     * Creates a session configuration in a product and returns it as stored (HTTP 409 when the tag exists).
     *
     * @throws SessionError with {@link SessionErrorCode#CREATE_CONFIG_FAILED}
     */
    public RawResponse<SessionConfig> create(String product, SessionConfig config) {
        return transport.executeRaw(calls.create(product, config, RequestOptions.none()));
    }

    /** {@link #create} with per-call {@link RequestOptions}. */
    public RawResponse<SessionConfig> create(String product, SessionConfig config, RequestOptions requestOptions) {
        return transport.executeRaw(calls.create(product, config, requestOptions));
    }

    /**
     * The session configurations of a product (unmodifiable, never null).
     *
     * @throws SessionError with {@link SessionErrorCode#LIST_CONFIGS_FAILED}
     */
    public RawResponse<List<SessionConfig>> list(String product) {
        return transport.executeRaw(calls.list(product, RequestOptions.none()));
    }

    /** {@link #list} with per-call {@link RequestOptions}. */
    public RawResponse<List<SessionConfig>> list(String product, RequestOptions requestOptions) {
        return transport.executeRaw(calls.list(product, requestOptions));
    }

    /**
     * One session configuration by tag.
     *
     * @throws SessionError with {@link SessionErrorCode#FETCH_CONFIG_FAILED} ({@link SessionErrorCode#CONFIG_NOT_FOUND} on 404})
     */
    public RawResponse<SessionConfig> fetch(String product, String tag) {
        return transport.executeRaw(calls.fetch(product, tag, RequestOptions.none()));
    }

    /** {@link #fetch} with per-call {@link RequestOptions}. */
    public RawResponse<SessionConfig> fetch(String product, String tag, RequestOptions requestOptions) {
        return transport.executeRaw(calls.fetch(product, tag, requestOptions));
    }

    /**
     * Changes the fields set in {@code update} and returns the configuration as stored.
     *
     * @throws SessionError with {@link SessionErrorCode#UPDATE_CONFIG_FAILED} ({@link SessionErrorCode#CONFIG_NOT_FOUND} on 404})
     */
    public RawResponse<SessionConfig> update(String product, String tag, SessionConfigUpdate update) {
        return transport.executeRaw(calls.update(product, tag, update, RequestOptions.none()));
    }

    /** {@link #update} with per-call {@link RequestOptions}. */
    public RawResponse<SessionConfig> update(String product, String tag, SessionConfigUpdate update, RequestOptions requestOptions) {
        return transport.executeRaw(calls.update(product, tag, update, requestOptions));
    }

    /**
     * Deletes a session configuration.
     *
     * @throws SessionError with {@link SessionErrorCode#DELETE_CONFIG_FAILED} ({@link SessionErrorCode#CONFIG_NOT_FOUND} on 404})
     */
    public RawResponse<Void> delete(String product, String tag) {
        return transport.executeRaw(calls.delete(product, tag, RequestOptions.none()));
    }

    /** {@link #delete} with per-call {@link RequestOptions}. */
    public RawResponse<Void> delete(String product, String tag, RequestOptions requestOptions) {
        return transport.executeRaw(calls.delete(product, tag, requestOptions));
    }

    /**
     * One page of the users of a session, most recently seen first.
     *
     * @throws SessionError with {@link SessionErrorCode#FETCH_USERS_FAILED}
     */
    public RawResponse<SessionUsersPage> fetchUsers(FetchSessionUsersOptions options) {
        return transport.executeRaw(calls.fetchUsers(options, RequestOptions.none()));
    }

    /** {@link #fetchUsers} with per-call {@link RequestOptions}. */
    public RawResponse<SessionUsersPage> fetchUsers(FetchSessionUsersOptions options, RequestOptions requestOptions) {
        return transport.executeRaw(calls.fetchUsers(options, requestOptions));
    }

    /**
     * One user of a session with its session history.
     *
     * @throws SessionError with {@link SessionErrorCode#FETCH_USER_DETAILS_FAILED} ({@link SessionErrorCode#USER_NOT_FOUND} on 404})
     */
    public RawResponse<SessionUserDetails> fetchUserDetails(FetchSessionUserDetailsOptions options) {
        return transport.executeRaw(calls.fetchUserDetails(options, RequestOptions.none()));
    }

    /** {@link #fetchUserDetails} with per-call {@link RequestOptions}. */
    public RawResponse<SessionUserDetails> fetchUserDetails(FetchSessionUserDetailsOptions options, RequestOptions requestOptions) {
        return transport.executeRaw(calls.fetchUserDetails(options, requestOptions));
    }

    /**
     * One page of a session's activity logs, newest first.
     *
     * @throws SessionError with {@link SessionErrorCode#FETCH_ACTIVITY_LOGS_FAILED}
     */
    public RawResponse<SessionActivityLogsPage> fetchActivityLogs(FetchSessionActivityLogsOptions options) {
        return transport.executeRaw(calls.fetchActivityLogs(options, RequestOptions.none()));
    }

    /** {@link #fetchActivityLogs} with per-call {@link RequestOptions}. */
    public RawResponse<SessionActivityLogsPage> fetchActivityLogs(FetchSessionActivityLogsOptions options, RequestOptions requestOptions) {
        return transport.executeRaw(calls.fetchActivityLogs(options, requestOptions));
    }

    /**
     * Dashboard metrics of a session.
     *
     * @throws SessionError with {@link SessionErrorCode#FETCH_DASHBOARD_FAILED}
     */
    public RawResponse<SessionDashboard> fetchDashboard(FetchSessionDashboardOptions options) {
        return transport.executeRaw(calls.fetchDashboard(options, RequestOptions.none()));
    }

    /** {@link #fetchDashboard} with per-call {@link RequestOptions}. */
    public RawResponse<SessionDashboard> fetchDashboard(FetchSessionDashboardOptions options, RequestOptions requestOptions) {
        return transport.executeRaw(calls.fetchDashboard(options, requestOptions));
    }
}
