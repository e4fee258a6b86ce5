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
import java.util.concurrent.CompletableFuture;

/**
 * The {@link SessionsService} API with every call returning a {@link CompletableFuture}, built on
 * OkHttp's {@code enqueue}: no thread is blocked per call, and retry backoff waits on a timer.
 * A failed call fails its future with the same {@link SessionError} the synchronous call throws
 * (wrapped in a {@link java.util.concurrent.CompletionException} by {@code join()}); invalid options
 * still throw {@link IllegalArgumentException} at once. Cancelling a future cancels its HTTP call.
 * Get it from {@link SessionsService#async()}; closing the {@code SessionsService} closes it.
 */
public final class SessionsServiceAsync {
    private final Transport transport;
    private final SessionCalls calls;

    SessionsServiceAsync(Transport transport, SessionCalls calls) {
        this.transport = transport;
        this.calls = calls;
    }

    /**
     * Starts a session: validates {@code data} against the configuration's selector and issues tokens.
     *
     * @return the future fails with {@link SessionError} ({@link SessionErrorCode#SESSION_START_FAILED})
     */
    public CompletableFuture<StartSessionResult> start(StartSessionOptions options) {
        return transport.executeAsync(calls.start(options, RequestOptions.none()));
    }

    /** {@link #start} with per-call {@link RequestOptions}. */
    public CompletableFuture<StartSessionResult> start(StartSessionOptions options, RequestOptions requestOptions) {
        return transport.executeAsync(calls.start(options, requestOptions));
    }

    /**
     * Verifies a session token. An invalid, expired or revoked token is an answer
     * ({@link VerifySessionResult#valid()} {@code == false}), not an exception.
     *
     * @return the future fails with {@link SessionError} ({@link SessionErrorCode#SESSION_VERIFY_FAILED})
     */
    public CompletableFuture<VerifySessionResult> verify(VerifySessionOptions options) {
        return transport.executeAsync(calls.verify(options, RequestOptions.none()));
    }

    /** {@link #verify} with per-call {@link RequestOptions}. */
    public CompletableFuture<VerifySessionResult> verify(VerifySessionOptions options, RequestOptions requestOptions) {
        return transport.executeAsync(calls.verify(options, requestOptions));
    }

    /**
     * Exchanges a refresh token for new tokens; the old refresh token stops working (an unknown, used
     * or revoked one fails with HTTP 401).
     *
     * @return the future fails with {@link SessionError} ({@link SessionErrorCode#SESSION_REFRESH_FAILED})
     */
    public CompletableFuture<StartSessionResult> refresh(RefreshSessionOptions options) {
        return transport.executeAsync(calls.refresh(options, RequestOptions.none()));
    }

    /** {@link #refresh} with per-call {@link RequestOptions}. */
    public CompletableFuture<StartSessionResult> refresh(RefreshSessionOptions options, RequestOptions requestOptions) {
        return transport.executeAsync(calls.refresh(options, requestOptions));
    }

    /**
     * Revokes one session by id, or every session of a user by identifier.
     *
     * @return the future fails with {@link SessionError} ({@link SessionErrorCode#SESSION_REVOKE_FAILED})
     */
    public CompletableFuture<RevokeSessionResult> revoke(RevokeSessionOptions options) {
        return transport.executeAsync(calls.revoke(options, RequestOptions.none()));
    }

    /** {@link #revoke} with per-call {@link RequestOptions}. */
    public CompletableFuture<RevokeSessionResult> revoke(RevokeSessionOptions options, RequestOptions requestOptions) {
        return transport.executeAsync(calls.revoke(options, requestOptions));
    }

    /**
     * Revokes every session of a user.
     *
     * @return the future fails with {@link SessionError} ({@link SessionErrorCode#SESSION_REVOKE_FAILED})
     */
    public CompletableFuture<RevokeSessionResult> revokeAll(RevokeAllSessionsOptions options) {
        return transport.executeAsync(calls.revokeAll(options, RequestOptions.none()));
    }

    /** {@link #revokeAll} with per-call {@link RequestOptions}. */
    public CompletableFuture<RevokeSessionResult> revokeAll(RevokeAllSessionsOptions options, RequestOptions requestOptions) {
        return transport.executeAsync(calls.revokeAll(options, requestOptions));
    }

    /**
     * One page of the unexpired, unrevoked sessions of a tag.
     *
     * @return the future fails with {@link SessionError} ({@link SessionErrorCode#LIST_ACTIVE_SESSIONS_FAILED})
     */
    public CompletableFuture<ActiveSessionsPage> listActive(ListActiveSessionsOptions options) {
        return transport.executeAsync(calls.listActive(options, RequestOptions.none()));
    }

    /** {@link #listActive} with per-call {@link RequestOptions}. */
    public CompletableFuture<ActiveSessionsPage> listActive(ListActiveSessionsOptions options, RequestOptions requestOptions) {
        return transport.executeAsync(calls.listActive(options, requestOptions));
    }

    /**
     * Creates a session configuration in a product and returns it as stored (HTTP 409 when the tag exists).
     *
     * @return the future fails with {@link SessionError} ({@link SessionErrorCode#CREATE_CONFIG_FAILED})
     */
    public CompletableFuture<SessionConfig> create(String product, SessionConfig config) {
        return transport.executeAsync(calls.create(product, config, RequestOptions.none()));
    }

    /** {@link #create} with per-call {@link RequestOptions}. */
    public CompletableFuture<SessionConfig> create(String product, SessionConfig config, RequestOptions requestOptions) {
        return transport.executeAsync(calls.create(product, config, requestOptions));
    }

    /**
     * The session configurations of a product (unmodifiable, never null).
     *
     * @return the future fails with {@link SessionError} ({@link SessionErrorCode#LIST_CONFIGS_FAILED})
     */
    public CompletableFuture<List<SessionConfig>> list(String product) {
        return transport.executeAsync(calls.list(product, RequestOptions.none()));
    }

    /** {@link #list} with per-call {@link RequestOptions}. */
    public CompletableFuture<List<SessionConfig>> list(String product, RequestOptions requestOptions) {
        return transport.executeAsync(calls.list(product, requestOptions));
    }

    /**
     * One session configuration by tag.
     *
     * @return the future fails with {@link SessionError} ({@link SessionErrorCode#FETCH_CONFIG_FAILED} ({@link SessionErrorCode#CONFIG_NOT_FOUND} on 404}))
     */
    public CompletableFuture<SessionConfig> fetch(String product, String tag) {
        return transport.executeAsync(calls.fetch(product, tag, RequestOptions.none()));
    }

    /** {@link #fetch} with per-call {@link RequestOptions}. */
    public CompletableFuture<SessionConfig> fetch(String product, String tag, RequestOptions requestOptions) {
        return transport.executeAsync(calls.fetch(product, tag, requestOptions));
    }

    /**
     * Changes the fields set in {@code update} and returns the configuration as stored.
     *
     * @return the future fails with {@link SessionError} ({@link SessionErrorCode#UPDATE_CONFIG_FAILED} ({@link SessionErrorCode#CONFIG_NOT_FOUND} on 404}))
     */
    public CompletableFuture<SessionConfig> update(String product, String tag, SessionConfigUpdate update) {
        return transport.executeAsync(calls.update(product, tag, update, RequestOptions.none()));
    }

    /** {@link #update} with per-call {@link RequestOptions}. */
    public CompletableFuture<SessionConfig> update(String product, String tag, SessionConfigUpdate update, RequestOptions requestOptions) {
        return transport.executeAsync(calls.update(product, tag, update, requestOptions));
    }

    /**
     * Deletes a session configuration.
     *
     * @return the future fails with {@link SessionError} ({@link SessionErrorCode#DELETE_CONFIG_FAILED} ({@link SessionErrorCode#CONFIG_NOT_FOUND} on 404}))
     */
    public CompletableFuture<Void> delete(String product, String tag) {
        return transport.executeAsync(calls.delete(product, tag, RequestOptions.none()));
    }

    /** {@link #delete} with per-call {@link RequestOptions}. */
    public CompletableFuture<Void> delete(String product, String tag, RequestOptions requestOptions) {
        return transport.executeAsync(calls.delete(product, tag, requestOptions));
    }

    /**
     * One page of the users of a session, most recently seen first.
     *
     * @return the future fails with {@link SessionError} ({@link SessionErrorCode#FETCH_USERS_FAILED})
     */
    public CompletableFuture<SessionUsersPage> fetchUsers(FetchSessionUsersOptions options) {
        return transport.executeAsync(calls.fetchUsers(options, RequestOptions.none()));
    }

    /** {@link #fetchUsers} with per-call {@link RequestOptions}. */
    public CompletableFuture<SessionUsersPage> fetchUsers(FetchSessionUsersOptions options, RequestOptions requestOptions) {
        return transport.executeAsync(calls.fetchUsers(options, requestOptions));
    }

    /**
     * One user of a session with its session history.
     *
     * @return the future fails with {@link SessionError} ({@link SessionErrorCode#FETCH_USER_DETAILS_FAILED} ({@link SessionErrorCode#USER_NOT_FOUND} on 404}))
     */
    public CompletableFuture<SessionUserDetails> fetchUserDetails(FetchSessionUserDetailsOptions options) {
        return transport.executeAsync(calls.fetchUserDetails(options, RequestOptions.none()));
    }

    /** {@link #fetchUserDetails} with per-call {@link RequestOptions}. */
    public CompletableFuture<SessionUserDetails> fetchUserDetails(FetchSessionUserDetailsOptions options, RequestOptions requestOptions) {
        return transport.executeAsync(calls.fetchUserDetails(options, requestOptions));
    }

    /**
     * One page of a session's activity logs, newest first.
     *
     * @return the future fails with {@link SessionError} ({@link SessionErrorCode#FETCH_ACTIVITY_LOGS_FAILED})
     */
    public CompletableFuture<SessionActivityLogsPage> fetchActivityLogs(FetchSessionActivityLogsOptions options) {
        return transport.executeAsync(calls.fetchActivityLogs(options, RequestOptions.none()));
    }

    /** {@link #fetchActivityLogs} with per-call {@link RequestOptions}. */
    public CompletableFuture<SessionActivityLogsPage> fetchActivityLogs(FetchSessionActivityLogsOptions options, RequestOptions requestOptions) {
        return transport.executeAsync(calls.fetchActivityLogs(options, requestOptions));
    }

    /**
     * Dashboard metrics of a session.
     *
     * @return the future fails with {@link SessionError} ({@link SessionErrorCode#FETCH_DASHBOARD_FAILED})
     */
    public CompletableFuture<SessionDashboard> fetchDashboard(FetchSessionDashboardOptions options) {
        return transport.executeAsync(calls.fetchDashboard(options, RequestOptions.none()));
    }

    /** {@link #fetchDashboard} with per-call {@link RequestOptions}. */
    public CompletableFuture<SessionDashboard> fetchDashboard(FetchSessionDashboardOptions options, RequestOptions requestOptions) {
        return transport.executeAsync(calls.fetchDashboard(options, requestOptions));
    }
}
