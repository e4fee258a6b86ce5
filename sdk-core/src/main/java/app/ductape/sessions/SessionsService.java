package app.ductape.sessions;

import app.ductape.sessions.codegen.FacadeCall;
import app.ductape.sessions.codegen.GenerateFacades;
import app.ductape.sessions.internal.Checks;
import app.ductape.sessions.model.ActiveSession;
import app.ductape.sessions.model.ActiveSessionsPage;
import app.ductape.sessions.model.RevokeSessionResult;
import app.ductape.sessions.model.SessionActivityLog;
import app.ductape.sessions.model.SessionActivityLogsPage;
import app.ductape.sessions.model.SessionConfig;
import app.ductape.sessions.model.SessionConfigUpdate;
import app.ductape.sessions.model.SessionDashboard;
import app.ductape.sessions.model.SessionUser;
import app.ductape.sessions.model.SessionUserDashboard;
import app.ductape.sessions.model.SessionUserDetails;
import app.ductape.sessions.model.SessionUsersDashboard;
import app.ductape.sessions.model.SessionUsersPage;
import app.ductape.sessions.model.StartSessionResult;
import app.ductape.sessions.model.VerifySessionResult;
import app.ductape.sessions.options.FetchSessionActivityLogsOptions;
import app.ductape.sessions.options.FetchSessionDashboardOptions;
import app.ductape.sessions.options.FetchSessionUserDashboardOptions;
import app.ductape.sessions.options.FetchSessionUserDetailsOptions;
import app.ductape.sessions.options.FetchSessionUserLogsOptions;
import app.ductape.sessions.options.FetchSessionUsersDashboardOptions;
import app.ductape.sessions.options.FetchSessionUsersOptions;
import app.ductape.sessions.options.ListActiveSessionsOptions;
import app.ductape.sessions.options.RefreshSessionOptions;
import app.ductape.sessions.options.RevokeAllSessionsOptions;
import app.ductape.sessions.options.RevokeSessionOptions;
import app.ductape.sessions.options.StartSessionOptions;
import app.ductape.sessions.options.VerifySessionOptions;
import app.ductape.sessions.transport.HttpApiClient;
import app.ductape.sessions.transport.Listing;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import okhttp3.OkHttpClient;

/**
 * The Ductape Sessions API, mirroring the TypeScript SDK's {@code SessionsService}: the session
 * lifecycle (start, verify, refresh, revoke, listActive), session configurations (create, list,
 * fetch, update, delete) and session analytics (users, activity logs, dashboard metrics), with
 * auto-paging ({@link #activityLogs}, {@link #users}, {@link #activeSessions}), an asynchronous twin
 * ({@link #async()}) and raw HTTP access ({@link #withRawResponse()}).
 *
 * <p>Build one per application and share it: it is thread-safe and holds one HTTP connection pool.
 * Close it when done. Every call either returns an immutable result or throws {@link SessionError}
 * with that call's code, after retrying what is safe to retry; invalid options throw
 * {@link IllegalArgumentException} before any request. A call that names a session tag Ductape does not
 * know fails with {@link SessionErrorCode#SESSION_NOT_FOUND}, one naming an environment the product does
 * not have with {@link SessionErrorCode#ENV_NOT_FOUND}: whenever Ductape's answer carries one of the
 * {@link SessionErrorCode}s, that is the error's code. Every call also takes {@link RequestOptions}
 * as a last argument.
 *
 * <pre>{@code
 * try (SessionsService sessions = SessionsService.builder().fromEnv().build()) {
 *     SessionDashboard dashboard = sessions.fetchDashboard(FetchSessionDashboardOptions.builder()
 *         .product("my-product").session("user-session").groupBy(GroupBy.DAY).build());
 * }
 * }</pre>
 */
@GenerateFacades(async = "SessionsServiceAsync", raw = "RawSessionsService", calls = "SessionCalls")
public final class SessionsService implements AutoCloseable {
    /** The production API; the default base URL. */
    public static final String DEFAULT_BASE_URL = "https://api.ductape.app";

    private final HttpApiClient api;
    private final SessionCalls calls;
    private final SessionsServiceAsync async;
    private final RawSessionsService raw;
    private final Revocations revocations;

    SessionsService(HttpApiClient api, SessionCalls calls, Revocations revocations) {
        this.api = api;
        this.calls = calls;
        this.revocations = revocations;
        this.async = new SessionsServiceAsync(api, calls);
        this.raw = new RawSessionsService(api, calls);
    }

    /**
     * A builder; credentials are required, everything else has a default.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A client configured from the environment variables {@code DUCTAPE_ACCESS_KEY} (or
     * {@code DUCTAPE_WORKSPACE_ID}, {@code DUCTAPE_PUBLIC_KEY}, {@code DUCTAPE_USER_ID},
     * {@code DUCTAPE_TOKEN}, {@code DUCTAPE_ENV_TYPE}), {@code DUCTAPE_BASE_URL}, {@code DUCTAPE_PRODUCT}
     * and {@code DUCTAPE_ENV}.
     *
     * @return the client
     * @throws IllegalArgumentException when they hold no usable credentials
     */
    public static SessionsService fromEnv() {
        return builder().fromEnv().build();
    }

    /**
     * The same API returning {@link java.util.concurrent.CompletableFuture}s, on OkHttp's dispatcher.
     *
     * @return the asynchronous API of this client
     */
    public SessionsServiceAsync async() {
        return async;
    }

    /**
     * The same API returning each result with its HTTP status, headers and request id.
     *
     * @return the raw-response API of this client
     */
    public RawSessionsService withRawResponse() {
        return raw;
    }

    /**
     * Starts a session: validates {@code data} against the configuration's selector and issues tokens.
     *
     * @param options which configuration ({@code tag}), the user's data, and optionally a lifetime
     * @return the session's tokens, id and expiry
     * @throws IllegalArgumentException when the options are invalid or name no product or env
     * @throws SessionError with {@link SessionErrorCode#CREATE_FAILED}
     */
    @FacadeCall
    public StartSessionResult start(StartSessionOptions options) {
        return api.execute(calls.start(options, RequestOptions.none()));
    }

    /**
     * {@link #start(StartSessionOptions)} with per-call settings.
     *
     * @param options        which configuration, the user's data, and optionally a lifetime
     * @param requestOptions timeout, retries, headers and idempotency key of this call
     * @return the session's tokens, id and expiry
     * @throws IllegalArgumentException when the options are invalid or name no product or env
     * @throws SessionError with {@link SessionErrorCode#CREATE_FAILED}
     */
    @FacadeCall
    public StartSessionResult start(StartSessionOptions options, RequestOptions requestOptions) {
        return api.execute(calls.start(options, requestOptions));
    }

    /**
     * Verifies a session token. An invalid, expired or revoked token is an answer
     * ({@link VerifySessionResult#valid()} {@code == false}), not an exception.
     *
     * @param options the token and its configuration's tag
     * @return whether the token is valid, with the session's data when it is
     * @throws IllegalArgumentException when the options are invalid or name no product or env
     * @throws SessionError with {@link SessionErrorCode#VERIFY_FAILED}
     */
    @FacadeCall
    public VerifySessionResult verify(VerifySessionOptions options) {
        return api.execute(calls.verify(options, RequestOptions.none()));
    }

    /**
     * {@link #verify(VerifySessionOptions)} with per-call settings.
     *
     * @param options        the token and its configuration's tag
     * @param requestOptions timeout, retries and headers of this call
     * @return whether the token is valid, with the session's data when it is
     * @throws IllegalArgumentException when the options are invalid or name no product or env
     * @throws SessionError with {@link SessionErrorCode#VERIFY_FAILED}
     */
    @FacadeCall
    public VerifySessionResult verify(VerifySessionOptions options, RequestOptions requestOptions) {
        return api.execute(calls.verify(options, requestOptions));
    }

    /**
     * Exchanges a refresh token for new tokens; the old refresh token stops working (an unknown, used
     * or revoked one fails with HTTP 401).
     *
     * @param options the refresh token and its configuration's tag
     * @return the new tokens
     * @throws IllegalArgumentException when the options are invalid or name no product or env
     * @throws SessionError with {@link SessionErrorCode#REFRESH_FAILED}
     */
    @FacadeCall
    public StartSessionResult refresh(RefreshSessionOptions options) {
        return api.execute(calls.refresh(options, RequestOptions.none()));
    }

    /**
     * {@link #refresh(RefreshSessionOptions)} with per-call settings.
     *
     * @param options        the refresh token and its configuration's tag
     * @param requestOptions timeout, retries, headers and idempotency key of this call
     * @return the new tokens
     * @throws IllegalArgumentException when the options are invalid or name no product or env
     * @throws SessionError with {@link SessionErrorCode#REFRESH_FAILED}
     */
    @FacadeCall
    public StartSessionResult refresh(RefreshSessionOptions options, RequestOptions requestOptions) {
        return api.execute(calls.refresh(options, requestOptions));
    }

    /**
     * Revokes one session by id, or every session of a user by identifier.
     *
     * @param options the session id or the user's identifier, and the configuration's tag
     * @return how many sessions ended
     * @throws IllegalArgumentException when the options are invalid or name no product or env
     * @throws SessionError with {@link SessionErrorCode#SESSION_REVOKE_FAILED}
     */
    @FacadeCall
    public RevokeSessionResult revoke(RevokeSessionOptions options) {
        return api.execute(calls.revoke(options, RequestOptions.none()));
    }

    /**
     * {@link #revoke(RevokeSessionOptions)} with per-call settings.
     *
     * @param options        the session id or the user's identifier, and the configuration's tag
     * @param requestOptions timeout, retries, headers and idempotency key of this call
     * @return how many sessions ended
     * @throws IllegalArgumentException when the options are invalid or name no product or env
     * @throws SessionError with {@link SessionErrorCode#SESSION_REVOKE_FAILED}
     */
    @FacadeCall
    public RevokeSessionResult revoke(RevokeSessionOptions options, RequestOptions requestOptions) {
        return api.execute(calls.revoke(options, requestOptions));
    }

    /**
     * Revokes every session of a user.
     *
     * @param options the user's identifier and the configuration's tag
     * @return how many sessions ended
     * @throws IllegalArgumentException when the options are invalid or name no product or env
     * @throws SessionError with {@link SessionErrorCode#SESSION_REVOKE_FAILED}
     */
    @FacadeCall
    public RevokeSessionResult revokeAll(RevokeAllSessionsOptions options) {
        return api.execute(calls.revokeAll(options, RequestOptions.none()));
    }

    /**
     * {@link #revokeAll(RevokeAllSessionsOptions)} with per-call settings.
     *
     * @param options        the user's identifier and the configuration's tag
     * @param requestOptions timeout, retries, headers and idempotency key of this call
     * @return how many sessions ended
     * @throws IllegalArgumentException when the options are invalid or name no product or env
     * @throws SessionError with {@link SessionErrorCode#SESSION_REVOKE_FAILED}
     */
    @FacadeCall
    public RevokeSessionResult revokeAll(RevokeAllSessionsOptions options, RequestOptions requestOptions) {
        return api.execute(calls.revokeAll(options, requestOptions));
    }

    /**
     * One page of the unexpired, unrevoked sessions of a tag, newest first.
     *
     * @param options the configuration's tag, an optional identifier, the page and its size
     * @return the page, with the total and page count
     * @throws IllegalArgumentException when the options are invalid or name no product or env
     * @throws SessionError with {@link SessionErrorCode#LIST_ACTIVE_SESSIONS_FAILED}
     */
    @FacadeCall
    public ActiveSessionsPage listActive(ListActiveSessionsOptions options) {
        return api.execute(calls.listActive(options, RequestOptions.none()));
    }

    /**
     * {@link #listActive(ListActiveSessionsOptions)} with per-call settings.
     *
     * @param options        the configuration's tag, an optional identifier, the page and its size
     * @param requestOptions timeout, retries and headers of this call
     * @return the page, with the total and page count
     * @throws IllegalArgumentException when the options are invalid or name no product or env
     * @throws SessionError with {@link SessionErrorCode#LIST_ACTIVE_SESSIONS_FAILED}
     */
    @FacadeCall
    public ActiveSessionsPage listActive(ListActiveSessionsOptions options, RequestOptions requestOptions) {
        return api.execute(calls.listActive(options, requestOptions));
    }

    /**
     * Creates a session configuration in a product and returns it as stored. A duplicate tag fails with
     * HTTP 409 at once: it is not retried.
     *
     * @param product the product's tag
     * @param config  the configuration, validated by its builder
     * @return the configuration as stored
     * @throws IllegalArgumentException when {@code product} is blank or {@code config} is null
     * @throws SessionError with {@link SessionErrorCode#CREATE_CONFIG_FAILED}
     */
    @FacadeCall
    public SessionConfig create(String product, SessionConfig config) {
        return api.execute(calls.create(product, config, RequestOptions.none()));
    }

    /**
     * {@link #create(String, SessionConfig)} with per-call settings.
     *
     * @param product        the product's tag
     * @param config         the configuration, validated by its builder
     * @param requestOptions timeout, retries, headers and idempotency key of this call
     * @return the configuration as stored
     * @throws IllegalArgumentException when {@code product} is blank or {@code config} is null
     * @throws SessionError with {@link SessionErrorCode#CREATE_CONFIG_FAILED}
     */
    @FacadeCall
    public SessionConfig create(String product, SessionConfig config, RequestOptions requestOptions) {
        return api.execute(calls.create(product, config, requestOptions));
    }

    /**
     * The session configurations of a product.
     *
     * @param product the product's tag
     * @return the configurations, unmodifiable, never null
     * @throws IllegalArgumentException when {@code product} is blank
     * @throws SessionError with {@link SessionErrorCode#LIST_CONFIGS_FAILED}
     */
    @FacadeCall
    public List<SessionConfig> list(String product) {
        return api.execute(calls.list(product, RequestOptions.none()));
    }

    /**
     * {@link #list(String)} with per-call settings.
     *
     * @param product        the product's tag
     * @param requestOptions timeout, retries and headers of this call
     * @return the configurations, unmodifiable, never null
     * @throws IllegalArgumentException when {@code product} is blank
     * @throws SessionError with {@link SessionErrorCode#LIST_CONFIGS_FAILED}
     */
    @FacadeCall
    public List<SessionConfig> list(String product, RequestOptions requestOptions) {
        return api.execute(calls.list(product, requestOptions));
    }

    /**
     * One session configuration by tag.
     *
     * @param product the product's tag
     * @param tag     the configuration's tag
     * @return the configuration
     * @throws IllegalArgumentException when {@code product} or {@code tag} is blank
     * @throws SessionError with {@link SessionErrorCode#FETCH_CONFIG_FAILED} ({@link SessionErrorCode#SESSION_NOT_FOUND} on 404)
     */
    @FacadeCall
    public SessionConfig fetch(String product, String tag) {
        return api.execute(calls.fetch(product, tag, RequestOptions.none()));
    }

    /**
     * {@link #fetch(String, String)} with per-call settings.
     *
     * @param product        the product's tag
     * @param tag            the configuration's tag
     * @param requestOptions timeout, retries and headers of this call
     * @return the configuration
     * @throws IllegalArgumentException when {@code product} or {@code tag} is blank
     * @throws SessionError with {@link SessionErrorCode#FETCH_CONFIG_FAILED} ({@link SessionErrorCode#SESSION_NOT_FOUND} on 404)
     */
    @FacadeCall
    public SessionConfig fetch(String product, String tag, RequestOptions requestOptions) {
        return api.execute(calls.fetch(product, tag, requestOptions));
    }

    /**
     * Changes the fields set in {@code update} and returns the configuration as stored.
     *
     * @param product the product's tag
     * @param tag     the configuration's tag
     * @param update  the fields to change
     * @return the configuration as stored
     * @throws IllegalArgumentException when {@code product} or {@code tag} is blank or {@code update} is null
     * @throws SessionError with {@link SessionErrorCode#UPDATE_CONFIG_FAILED} ({@link SessionErrorCode#SESSION_NOT_FOUND} on 404)
     */
    @FacadeCall
    public SessionConfig update(String product, String tag, SessionConfigUpdate update) {
        return api.execute(calls.update(product, tag, update, RequestOptions.none()));
    }

    /**
     * {@link #update(String, String, SessionConfigUpdate)} with per-call settings.
     *
     * @param product        the product's tag
     * @param tag            the configuration's tag
     * @param update         the fields to change
     * @param requestOptions timeout, retries, headers and idempotency key of this call
     * @return the configuration as stored
     * @throws IllegalArgumentException when {@code product} or {@code tag} is blank or {@code update} is null
     * @throws SessionError with {@link SessionErrorCode#UPDATE_CONFIG_FAILED} ({@link SessionErrorCode#SESSION_NOT_FOUND} on 404)
     */
    @FacadeCall
    public SessionConfig update(String product, String tag, SessionConfigUpdate update,
                                RequestOptions requestOptions) {
        return api.execute(calls.update(product, tag, update, requestOptions));
    }

    /**
     * Deletes a session configuration.
     *
     * @param product the product's tag
     * @param tag     the configuration's tag
     * @throws IllegalArgumentException when {@code product} or {@code tag} is blank
     * @throws SessionError with {@link SessionErrorCode#DELETE_CONFIG_FAILED} ({@link SessionErrorCode#SESSION_NOT_FOUND} on 404)
     */
    @FacadeCall
    public void delete(String product, String tag) {
        api.execute(calls.delete(product, tag, RequestOptions.none()));
    }

    /**
     * {@link #delete(String, String)} with per-call settings.
     *
     * @param product        the product's tag
     * @param tag            the configuration's tag
     * @param requestOptions timeout, retries, headers and idempotency key of this call
     * @throws IllegalArgumentException when {@code product} or {@code tag} is blank
     * @throws SessionError with {@link SessionErrorCode#DELETE_CONFIG_FAILED} ({@link SessionErrorCode#SESSION_NOT_FOUND} on 404)
     */
    @FacadeCall
    public void delete(String product, String tag, RequestOptions requestOptions) {
        api.execute(calls.delete(product, tag, requestOptions));
    }

    /**
     * One page of the users of a session, most recently seen first.
     *
     * @param options the session's tag, an optional env, the page and its size
     * @return the page, with the total and page count
     * @throws IllegalArgumentException when the options are invalid or name no product
     * @throws SessionError with {@link SessionErrorCode#FETCH_USERS_FAILED}
     */
    @FacadeCall
    public SessionUsersPage fetchUsers(FetchSessionUsersOptions options) {
        return api.execute(calls.fetchUsers(options, RequestOptions.none()));
    }

    /**
     * {@link #fetchUsers(FetchSessionUsersOptions)} with per-call settings.
     *
     * @param options        the session's tag, an optional env, the page and its size
     * @param requestOptions timeout, retries and headers of this call
     * @return the page, with the total and page count
     * @throws IllegalArgumentException when the options are invalid or name no product
     * @throws SessionError with {@link SessionErrorCode#FETCH_USERS_FAILED}
     */
    @FacadeCall
    public SessionUsersPage fetchUsers(FetchSessionUsersOptions options, RequestOptions requestOptions) {
        return api.execute(calls.fetchUsers(options, requestOptions));
    }

    /**
     * One user of a session with its session history.
     *
     * @param options the session's tag and the user's identifier
     * @return the user with its sessions
     * @throws IllegalArgumentException when the options are invalid or name no product
     * @throws SessionError with {@link SessionErrorCode#FETCH_USER_DETAILS_FAILED} ({@link SessionErrorCode#USER_NOT_FOUND} on 404)
     */
    @FacadeCall
    public SessionUserDetails fetchUserDetails(FetchSessionUserDetailsOptions options) {
        return api.execute(calls.fetchUserDetails(options, RequestOptions.none()));
    }

    /**
     * {@link #fetchUserDetails(FetchSessionUserDetailsOptions)} with per-call settings.
     *
     * @param options        the session's tag and the user's identifier
     * @param requestOptions timeout, retries and headers of this call
     * @return the user with its sessions
     * @throws IllegalArgumentException when the options are invalid or name no product
     * @throws SessionError with {@link SessionErrorCode#FETCH_USER_DETAILS_FAILED} ({@link SessionErrorCode#USER_NOT_FOUND} on 404)
     */
    @FacadeCall
    public SessionUserDetails fetchUserDetails(FetchSessionUserDetailsOptions options,
                                               RequestOptions requestOptions) {
        return api.execute(calls.fetchUserDetails(options, requestOptions));
    }

    /**
     * One page of a session's activity logs, newest first.
     *
     * @param options the session's tag and optional env, status, time range, page and page size
     * @return the page, with the total and page count
     * @throws IllegalArgumentException when the options are invalid or name no product
     * @throws SessionError with {@link SessionErrorCode#FETCH_ACTIVITY_LOGS_FAILED}
     */
    @FacadeCall
    public SessionActivityLogsPage fetchActivityLogs(FetchSessionActivityLogsOptions options) {
        return api.execute(calls.fetchActivityLogs(options, RequestOptions.none()));
    }

    /**
     * {@link #fetchActivityLogs(FetchSessionActivityLogsOptions)} with per-call settings.
     *
     * @param options        the session's tag and optional env, status, time range, page and page size
     * @param requestOptions timeout, retries and headers of this call
     * @return the page, with the total and page count
     * @throws IllegalArgumentException when the options are invalid or name no product
     * @throws SessionError with {@link SessionErrorCode#FETCH_ACTIVITY_LOGS_FAILED}
     */
    @FacadeCall
    public SessionActivityLogsPage fetchActivityLogs(FetchSessionActivityLogsOptions options,
                                                     RequestOptions requestOptions) {
        return api.execute(calls.fetchActivityLogs(options, requestOptions));
    }

    /**
     * Dashboard metrics of a session.
     *
     * @param options the session's tag and optional env, bucket size and time range
     * @return the metrics and their time series
     * @throws IllegalArgumentException when the options are invalid or name no product
     * @throws SessionError with {@link SessionErrorCode#FETCH_DASHBOARD_FAILED}
     */
    @FacadeCall
    public SessionDashboard fetchDashboard(FetchSessionDashboardOptions options) {
        return api.execute(calls.fetchDashboard(options, RequestOptions.none()));
    }

    /**
     * {@link #fetchDashboard(FetchSessionDashboardOptions)} with per-call settings.
     *
     * @param options        the session's tag and optional env, bucket size and time range
     * @param requestOptions timeout, retries and headers of this call
     * @return the metrics and their time series
     * @throws IllegalArgumentException when the options are invalid or name no product
     * @throws SessionError with {@link SessionErrorCode#FETCH_DASHBOARD_FAILED}
     */
    @FacadeCall
    public SessionDashboard fetchDashboard(FetchSessionDashboardOptions options, RequestOptions requestOptions) {
        return api.execute(calls.fetchDashboard(options, requestOptions));
    }

    /**
     * One page of the activity logs of one user of a session, newest first.
     *
     * @param options the session's tag, the user's identifier, and optional env, status, time range, process
     *                id, page and page size
     * @return the page, with the total and page count
     * @throws IllegalArgumentException when the options are invalid or name no product
     * @throws SessionError with {@link SessionErrorCode#FETCH_USER_LOGS_FAILED}
     */
    @FacadeCall
    public SessionActivityLogsPage fetchUserLogs(FetchSessionUserLogsOptions options) {
        return api.execute(calls.fetchUserLogs(options, RequestOptions.none()));
    }

    /**
     * {@link #fetchUserLogs(FetchSessionUserLogsOptions)} with per-call settings.
     *
     * @param options        the session's tag, the user's identifier and the filters
     * @param requestOptions timeout, retries and headers of this call
     * @return the page, with the total and page count
     * @throws IllegalArgumentException when the options are invalid or name no product
     * @throws SessionError with {@link SessionErrorCode#FETCH_USER_LOGS_FAILED}
     */
    @FacadeCall
    public SessionActivityLogsPage fetchUserLogs(FetchSessionUserLogsOptions options, RequestOptions requestOptions) {
        return api.execute(calls.fetchUserLogs(options, requestOptions));
    }

    /**
     * The activity of one user of a session per period: operations, latency, outcomes and busiest hours.
     *
     * @param options the session's tag, the user's identifier, and optional env, bucket size and time range
     * @return the user's dashboard
     * @throws IllegalArgumentException when the options are invalid or name no product
     * @throws SessionError with {@link SessionErrorCode#FETCH_USER_DASHBOARD_FAILED}
     */
    @FacadeCall
    public SessionUserDashboard fetchUserDashboard(FetchSessionUserDashboardOptions options) {
        return api.execute(calls.fetchUserDashboard(options, RequestOptions.none()));
    }

    /**
     * {@link #fetchUserDashboard(FetchSessionUserDashboardOptions)} with per-call settings.
     *
     * @param options        the session's tag, the user's identifier and the range
     * @param requestOptions timeout, retries and headers of this call
     * @return the user's dashboard
     * @throws IllegalArgumentException when the options are invalid or name no product
     * @throws SessionError with {@link SessionErrorCode#FETCH_USER_DASHBOARD_FAILED}
     */
    @FacadeCall
    public SessionUserDashboard fetchUserDashboard(FetchSessionUserDashboardOptions options,
                                                   RequestOptions requestOptions) {
        return api.execute(calls.fetchUserDashboard(options, requestOptions));
    }

    /**
     * The users of a session in figures: total, active, inactive, expired and new users, sessions per user.
     *
     * @param options the session's tag and optional env
     * @return the users dashboard
     * @throws IllegalArgumentException when the options are invalid or name no product
     * @throws SessionError with {@link SessionErrorCode#FETCH_USERS_DASHBOARD_FAILED}
     */
    @FacadeCall
    public SessionUsersDashboard fetchUsersDashboard(FetchSessionUsersDashboardOptions options) {
        return api.execute(calls.fetchUsersDashboard(options, RequestOptions.none()));
    }

    /**
     * {@link #fetchUsersDashboard(FetchSessionUsersDashboardOptions)} with per-call settings.
     *
     * @param options        the session's tag and optional env
     * @param requestOptions timeout, retries and headers of this call
     * @return the users dashboard
     * @throws IllegalArgumentException when the options are invalid or name no product
     * @throws SessionError with {@link SessionErrorCode#FETCH_USERS_DASHBOARD_FAILED}
     */
    @FacadeCall
    public SessionUsersDashboard fetchUsersDashboard(FetchSessionUsersDashboardOptions options,
                                                     RequestOptions requestOptions) {
        return api.execute(calls.fetchUsersDashboard(options, requestOptions));
    }

    /**
     * Every activity log of one user matching {@code options}, newest first, fetched page by page as you
     * iterate.
     *
     * @param options the filters; their page is where the listing starts, their limit the page size
     * @return the listing; a page that fails throws its {@link SessionError} (FETCH_USER_LOGS_FAILED)
     * @throws IllegalArgumentException when the options are invalid or name no product
     */
    @FacadeCall
    public Listing<SessionActivityLog> userLogs(FetchSessionUserLogsOptions options) {
        return calls.userLogs(options, RequestOptions.none()).sync(api);
    }

    /**
     * {@link #userLogs(FetchSessionUserLogsOptions)} with the same per-call settings on every page.
     *
     * @param options        the filters; their page is where the listing starts
     * @param requestOptions timeout, retries and headers of every page's call
     * @return the listing; a page that fails throws its {@link SessionError}
     * @throws IllegalArgumentException when the options are invalid or name no product
     */
    @FacadeCall
    public Listing<SessionActivityLog> userLogs(FetchSessionUserLogsOptions options, RequestOptions requestOptions) {
        return calls.userLogs(options, requestOptions).sync(api);
    }

    /**
     * Every activity log matching {@code options}, newest first, fetched page by page as you iterate (from
     * {@code options.page()}, {@code options.limit()} a page).
     *
     * @param options the filters; their page is where the listing starts, their limit the page size
     * @return the listing; a page that fails throws its {@link SessionError} (FETCH_ACTIVITY_LOGS_FAILED)
     *         from the iterator
     * @throws IllegalArgumentException when the options are invalid or name no product
     */
    @FacadeCall
    public Listing<SessionActivityLog> activityLogs(FetchSessionActivityLogsOptions options) {
        return calls.activityLogs(options, RequestOptions.none()).sync(api);
    }

    /**
     * {@link #activityLogs(FetchSessionActivityLogsOptions)} with the same per-call settings on every page.
     *
     * @param options        the filters; their page is where the listing starts, their limit the page size
     * @param requestOptions timeout, retries and headers of every page's call
     * @return the listing; a page that fails throws its {@link SessionError} from the iterator
     * @throws IllegalArgumentException when the options are invalid or name no product
     */
    @FacadeCall
    public Listing<SessionActivityLog> activityLogs(FetchSessionActivityLogsOptions options,
                                                    RequestOptions requestOptions) {
        return calls.activityLogs(options, requestOptions).sync(api);
    }

    /**
     * Every user of a session, most recently seen first, fetched page by page as you iterate.
     *
     * @param options the session's tag and env; their page is where the listing starts
     * @return the listing; a page that fails throws its {@link SessionError} (FETCH_USERS_FAILED)
     * @throws IllegalArgumentException when the options are invalid or name no product
     */
    @FacadeCall
    public Listing<SessionUser> users(FetchSessionUsersOptions options) {
        return calls.users(options, RequestOptions.none()).sync(api);
    }

    /**
     * {@link #users(FetchSessionUsersOptions)} with the same per-call settings on every page.
     *
     * @param options        the session's tag and env; their page is where the listing starts
     * @param requestOptions timeout, retries and headers of every page's call
     * @return the listing; a page that fails throws its {@link SessionError}
     * @throws IllegalArgumentException when the options are invalid or name no product
     */
    @FacadeCall
    public Listing<SessionUser> users(FetchSessionUsersOptions options, RequestOptions requestOptions) {
        return calls.users(options, requestOptions).sync(api);
    }

    /**
     * Every active session of a tag, newest first, fetched page by page as you iterate.
     *
     * @param options the configuration's tag and an optional identifier; their page is where it starts
     * @return the listing; a page that fails throws its {@link SessionError} (LIST_ACTIVE_SESSIONS_FAILED)
     * @throws IllegalArgumentException when the options are invalid or name no product or env
     */
    @FacadeCall
    public Listing<ActiveSession> activeSessions(ListActiveSessionsOptions options) {
        return calls.activeSessions(options, RequestOptions.none()).sync(api);
    }

    /**
     * {@link #activeSessions(ListActiveSessionsOptions)} with the same per-call settings on every page.
     *
     * @param options        the configuration's tag and an optional identifier; their page is where it starts
     * @param requestOptions timeout, retries and headers of every page's call
     * @return the listing; a page that fails throws its {@link SessionError}
     * @throws IllegalArgumentException when the options are invalid or name no product or env
     */
    @FacadeCall
    public Listing<ActiveSession> activeSessions(ListActiveSessionsOptions options, RequestOptions requestOptions) {
        return calls.activeSessions(options, requestOptions).sync(api);
    }

    /**
     * Registers a listener of this client's successful revocations ({@code revoke} and {@code revokeAll},
     * through any facade), such as a cache of verified tokens that must forget them at once.
     *
     * @param listener the listener
     * @return its registration; closing it removes the listener
     */
    public RevocationListener.Registration addRevocationListener(RevocationListener listener) {
        return revocations.add(Checks.requireNonNull(listener, "listener"));
    }

    /**
     * The product and environment calls use when their options name none.
     *
     * @return the client's defaults; either may be empty
     */
    public ClientDefaults defaults() {
        return calls.defaults();
    }

    /** The proxy's {@code users}; see {@link ProductSessions#users}. */
    SessionUsersPage ductapeUsers(FetchSessionUsersOptions options) {
        return api.execute(calls.ductapeUsers(options, RequestOptions.none()));
    }

    /** The proxy's {@code user}, unconfirmed; see {@link ProductSessions#user(String)}. */
    SessionUserDetails ductapeUser(String ductapeUserId) {
        return api.execute(calls.ductapeUser(ductapeUserId, RequestOptions.none()));
    }

    /** The HTTP client underneath, for the SDK's own tests. */
    HttpApiClient api() {
        return api;
    }

    /**
     * Releases the connection pool and dispatcher threads the SDK created, cancelling calls in flight;
     * a caller-supplied {@code OkHttpClient} is left open. Calls made after closing fail.
     */
    @Override
    public void close() {
        api.close();
    }

    @Override
    public String toString() {
        return "SessionsService[" + api + ", " + calls + "]";
    }

    /**
     * Builds a {@link SessionsService}. Not thread-safe; {@link #build()} validates everything, and each
     * setter its own argument.
     */
    public static final class Builder {
        private final DuctapeCredentials credentials = new DuctapeCredentials();
        private final HttpApiClient.Builder transport = HttpApiClient.builder().baseUrl(DEFAULT_BASE_URL);
        private String product;
        private String env;

        private Builder() {}

        /**
         * Authenticates with a Ductape access key, with {@link #workspaceId}, instead of the workspace
         * credentials. <b>Assumed:</b> {@code new Ductape({accessKey})} is Ductape's documented backend
         * credential, but no route of Ductape's clients shows how it is sent; the SDK sends it as
         * {@code x-access-key} on the same routes (and encrypts the proxy payload with it). The workspace
         * credentials are the confirmed path.
         *
         * @param accessKey the key ({@code DUCTAPE_ACCESS_KEY} with {@link #fromEnv()})
         * @return this builder
         */
        public Builder accessKey(String accessKey) {
            credentials.accessKey = accessKey;
            return this;
        }

        /**
         * The workspace id (required): the last segment of every REST read's path, and a field of every
         * proxy call.
         *
         * @param workspaceId the id ({@code DUCTAPE_WORKSPACE_ID})
         * @return this builder
         */
        public Builder workspaceId(String workspaceId) {
            credentials.workspaceId = workspaceId;
            return this;
        }

        /**
         * Workspace credentials: the public key. Despite its name it is a secret: the SDK proxy's payloads
         * are encrypted with it (its SHA-256 is the AES-256 key), and it travels in the REST reads' query
         * string. The SDK masks it in every log line, message and {@code toString()}.
         *
         * @param publicKey the key ({@code DUCTAPE_PUBLIC_KEY})
         * @return this builder
         */
        public Builder publicKey(String publicKey) {
            credentials.publicKey = publicKey;
            return this;
        }

        /**
         * Workspace credentials: the user id, sent in the REST reads' query and the proxy's body and
         * payload; masked everywhere else.
         *
         * @param userId the id ({@code DUCTAPE_USER_ID})
         * @return this builder
         */
        public Builder userId(String userId) {
            credentials.userId = userId;
            return this;
        }

        /**
         * Workspace credentials: the bearer token ({@code Authorization: Bearer}, and {@code x-access-token}
         * on the proxy).
         *
         * @param token the token ({@code DUCTAPE_TOKEN})
         * @return this builder
         */
        public Builder token(String token) {
            credentials.token = token;
            return this;
        }

        /**
         * Workspace credentials: the environment type of {@code new SessionsService({env_type})}, such as
         * {@code prd}. Required with the workspace credentials, as the TypeScript constructor takes it; no
         * route of Ductape's clients sends it, so it is not sent.
         *
         * @param envType the type ({@code DUCTAPE_ENV_TYPE})
         * @return this builder
         */
        public Builder envType(String envType) {
            credentials.envType = envType;
            return this;
        }

        /**
         * The product tag used when an options object names none (as {@code new Ductape({ product })}).
         *
         * @param product the tag ({@code DUCTAPE_PRODUCT}), or {@code null} for none
         * @return this builder
         */
        public Builder product(String product) {
            this.product = product;
            return this;
        }

        /**
         * The environment used when an options object names none (as {@code new Ductape({ env })}):
         * required by lifecycle calls, a filter for analytics.
         *
         * @param env the environment ({@code DUCTAPE_ENV}), or {@code null} for none
         * @return this builder
         */
        public Builder env(String env) {
            this.env = env;
            return this;
        }

        /**
         * Tunes the transport: base URL, timeouts, retries, size limit, a shared {@code OkHttpClient},
         * listeners. Authentication is this builder's.
         *
         * @param settings what to set on the transport's builder
         * @return this builder
         */
        public Builder transport(java.util.function.Consumer<HttpApiClient.Builder> settings) {
            Checks.requireNonNull(settings, "transport").accept(transport);
            return this;
        }

        /**
         * The API's base URL (default {@value SessionsService#DEFAULT_BASE_URL}; a local or self-hosted
         * Ductape, as its CLI's {@code local} profile, answers on {@code http://localhost:4311/api}); a path
         * prefix is kept.
         * {@code http://} only on loopback unless {@code transport(t -> t.allowInsecureHttp(true))}.
         *
         * @param baseUrl the URL ({@code DUCTAPE_BASE_URL})
         * @return this builder
         */
        public Builder baseUrl(String baseUrl) {
            transport.baseUrl(baseUrl);
            return this;
        }

        /**
         * Retries after a failed first attempt (default 2); see {@link HttpApiClient.Builder#maxRetries}.
         *
         * @param maxRetries 0 or more
         * @return this builder
         */
        public Builder maxRetries(int maxRetries) {
            transport.maxRetries(maxRetries);
            return this;
        }

        /**
         * Allows an {@code http://} base URL on a host other than loopback. Off by default: over plain
         * HTTP the credentials travel readable by anyone on the path.
         *
         * @param allowInsecureHttp whether to allow it
         * @return this builder
         */
        public Builder allowInsecureHttp(boolean allowInsecureHttp) {
            transport.allowInsecureHttp(allowInsecureHttp);
            return this;
        }

        /**
         * TCP connect timeout (default 10 s; a caller-supplied client keeps its own unless set).
         *
         * @param connectTimeout the timeout, not negative (0: none)
         * @return this builder
         */
        public Builder connectTimeout(Duration connectTimeout) {
            transport.connectTimeout(connectTimeout);
            return this;
        }

        /**
         * Timeout between bytes read (default 30 s).
         *
         * @param readTimeout the timeout, not negative (0: none)
         * @return this builder
         */
        public Builder readTimeout(Duration readTimeout) {
            transport.readTimeout(readTimeout);
            return this;
        }

        /**
         * Timeout of a whole attempt (default 60 s).
         *
         * @param callTimeout the timeout, not negative (0: none)
         * @return this builder
         */
        public Builder callTimeout(Duration callTimeout) {
            transport.callTimeout(callTimeout);
            return this;
        }

        /**
         * The largest response body read (default 32 MiB); a larger one fails the call unread.
         *
         * @param maxResponseBytes at least 1
         * @return this builder
         */
        public Builder maxResponseBytes(long maxResponseBytes) {
            transport.maxResponseBytes(maxResponseBytes);
            return this;
        }

        /**
         * How to wait between retries (default {@link Sleeper#SYSTEM}); tests record delays instead.
         *
         * @param sleeper the sleeper
         * @return this builder
         */
        public Builder sleeper(Sleeper sleeper) {
            transport.sleeper(sleeper);
            return this;
        }

        /**
         * A caller-owned OkHttp client to share its connection pool and dispatcher; the SDK derives its own
         * with {@code newBuilder()} and never shuts the caller's down.
         *
         * @param okHttpClient the client
         * @return this builder
         */
        public Builder okHttpClient(OkHttpClient okHttpClient) {
            transport.okHttpClient(okHttpClient);
            return this;
        }

        /**
         * Applies the {@code DUCTAPE_*} environment variables that are set (see {@link SessionsService#fromEnv()});
         * setters called afterwards win.
         *
         * @return this builder
         */
        public Builder fromEnv() {
            return fromEnv(System::getenv);
        }

        Builder fromEnv(java.util.function.Function<String, String> variables) {
            Map<String, Consumer<String>> setters = Map.of(
                "DUCTAPE_ACCESS_KEY", this::accessKey,
                "DUCTAPE_WORKSPACE_ID", this::workspaceId,
                "DUCTAPE_PUBLIC_KEY", this::publicKey,
                "DUCTAPE_USER_ID", this::userId,
                "DUCTAPE_TOKEN", this::token,
                "DUCTAPE_ENV_TYPE", this::envType,
                "DUCTAPE_BASE_URL", this::baseUrl,
                "DUCTAPE_PRODUCT", this::product,
                "DUCTAPE_ENV", this::env);
            setters.forEach((name, setter) -> {
                String value = variables.apply(name);
                if (value != null && !value.isBlank()) {
                    setter.accept(value.trim());
                }
            });
            return this;
        }

        /**
         * Builds the client.
         *
         * @return the client
         * @throws IllegalArgumentException naming the missing or invalid setting
         */
        public SessionsService build() {
            ClientScope scope = new ClientScope(Checks.optionalNonBlank(product, "product"),
                Checks.optionalNonBlank(env, "env"));
            DuctapeAccess access = credentials.toAccess();
            Revocations revocations = new Revocations();
            HttpApiClient api = transport.auth(access.auth()).errorReader(DuctapeErrors.READER).build();
            return new SessionsService(api, new SessionCalls(scope, access, revocations), revocations);
        }

        @Override
        public String toString() {
            return "SessionsService.Builder[" + transport + ", " + credentials + ", product=" + product + ", env="
                + env + "]";
        }
    }
}
