package app.ductape.sessions;

import app.ductape.sessions.internal.ApiCall;
import app.ductape.sessions.internal.Checks;
import app.ductape.sessions.internal.ClientConfig;
import app.ductape.sessions.internal.Credentials;
import app.ductape.sessions.internal.Transport;
import app.ductape.sessions.internal.TransportSettings;
import app.ductape.sessions.transport.ErrorReader;
import app.ductape.sessions.model.ActiveSession;
import app.ductape.sessions.model.ActiveSessionsPage;
import app.ductape.sessions.model.RevokeSessionResult;
import app.ductape.sessions.model.SessionActivityLog;
import app.ductape.sessions.model.SessionActivityLogsPage;
import app.ductape.sessions.model.SessionConfig;
import app.ductape.sessions.model.SessionConfigUpdate;
import app.ductape.sessions.model.SessionDashboard;
import app.ductape.sessions.model.SessionUser;
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
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
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
 * {@link IllegalArgumentException} before any request. Every call also takes {@link RequestOptions}
 * as a last argument.
 *
 * <pre>{@code
 * try (SessionsService sessions = SessionsService.builder().accessKey("...").build()) {
 *     SessionDashboard dashboard = sessions.fetchDashboard(FetchSessionDashboardOptions.builder()
 *         .product("my-product").session("user-session").groupBy(GroupBy.DAY).build());
 * }
 * }</pre>
 */
public final class SessionsService implements AutoCloseable {
    /** The production API; the default base URL. */
    public static final String DEFAULT_BASE_URL = "https://api.ductape.app";

    private final Transport transport;
    private final SessionCalls calls;
    private final SessionsServiceAsync async;
    private final RawSessionsService raw;

    private SessionsService(Transport transport) {
        this.transport = transport;
        this.calls = new SessionCalls(transport.config(), transport.mapper());
        this.async = new SessionsServiceAsync(transport, calls);
        this.raw = new RawSessionsService(transport, calls);
    }

    /** A builder; credentials are required, everything else has a default. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A client configured from the environment variables {@code DUCTAPE_ACCESS_KEY} (or
     * {@code DUCTAPE_WORKSPACE_ID}, {@code DUCTAPE_PUBLIC_KEY}, {@code DUCTAPE_USER_ID},
     * {@code DUCTAPE_TOKEN}, {@code DUCTAPE_ENV_TYPE}), {@code DUCTAPE_BASE_URL}, {@code DUCTAPE_PRODUCT}
     * and {@code DUCTAPE_ENV}.
     *
     * @throws IllegalArgumentException when they hold no usable credentials
     */
    public static SessionsService fromEnv() {
        return builder().fromEnv().build();
    }

    /** The same API returning {@link java.util.concurrent.CompletableFuture}s, on OkHttp's dispatcher. */
    public SessionsServiceAsync async() {
        return async;
    }

    /** The same API returning each result with its HTTP status, headers and request id. */
    public RawSessionsService withRawResponse() {
        return raw;
    }

    /**
     * Starts a session: validates {@code data} against the configuration's selector and issues tokens.
     *
     * @throws SessionError with {@link SessionErrorCode#SESSION_START_FAILED}
     */
    public StartSessionResult start(StartSessionOptions options) {
        return transport.execute(calls.start(options, RequestOptions.none()));
    }

    /** {@link #start} with per-call {@link RequestOptions}. */
    public StartSessionResult start(StartSessionOptions options, RequestOptions requestOptions) {
        return transport.execute(calls.start(options, requestOptions));
    }

    /**
     * Verifies a session token. An invalid, expired or revoked token is an answer
     * ({@link VerifySessionResult#valid()} {@code == false}), not an exception.
     *
     * @throws SessionError with {@link SessionErrorCode#SESSION_VERIFY_FAILED}
     */
    public VerifySessionResult verify(VerifySessionOptions options) {
        return transport.execute(calls.verify(options, RequestOptions.none()));
    }

    /** {@link #verify} with per-call {@link RequestOptions}. */
    public VerifySessionResult verify(VerifySessionOptions options, RequestOptions requestOptions) {
        return transport.execute(calls.verify(options, requestOptions));
    }

    /**
     * Exchanges a refresh token for new tokens; the old refresh token stops working (an unknown, used
     * or revoked one fails with HTTP 401).
     *
     * @throws SessionError with {@link SessionErrorCode#SESSION_REFRESH_FAILED}
     */
    public StartSessionResult refresh(RefreshSessionOptions options) {
        return transport.execute(calls.refresh(options, RequestOptions.none()));
    }

    /** {@link #refresh} with per-call {@link RequestOptions}. */
    public StartSessionResult refresh(RefreshSessionOptions options, RequestOptions requestOptions) {
        return transport.execute(calls.refresh(options, requestOptions));
    }

    /**
     * Revokes one session by id, or every session of a user by identifier.
     *
     * @throws SessionError with {@link SessionErrorCode#SESSION_REVOKE_FAILED}
     */
    public RevokeSessionResult revoke(RevokeSessionOptions options) {
        return transport.execute(calls.revoke(options, RequestOptions.none()));
    }

    /** {@link #revoke} with per-call {@link RequestOptions}. */
    public RevokeSessionResult revoke(RevokeSessionOptions options, RequestOptions requestOptions) {
        return transport.execute(calls.revoke(options, requestOptions));
    }

    /**
     * Revokes every session of a user.
     *
     * @throws SessionError with {@link SessionErrorCode#SESSION_REVOKE_FAILED}
     */
    public RevokeSessionResult revokeAll(RevokeAllSessionsOptions options) {
        return transport.execute(calls.revokeAll(options, RequestOptions.none()));
    }

    /** {@link #revokeAll} with per-call {@link RequestOptions}. */
    public RevokeSessionResult revokeAll(RevokeAllSessionsOptions options, RequestOptions requestOptions) {
        return transport.execute(calls.revokeAll(options, requestOptions));
    }

    /**
     * One page of the unexpired, unrevoked sessions of a tag.
     *
     * @throws SessionError with {@link SessionErrorCode#LIST_ACTIVE_SESSIONS_FAILED}
     */
    public ActiveSessionsPage listActive(ListActiveSessionsOptions options) {
        return transport.execute(calls.listActive(options, RequestOptions.none()));
    }

    /** {@link #listActive} with per-call {@link RequestOptions}. */
    public ActiveSessionsPage listActive(ListActiveSessionsOptions options, RequestOptions requestOptions) {
        return transport.execute(calls.listActive(options, requestOptions));
    }

    /**
     * Creates a session configuration in a product and returns it as stored (HTTP 409 when the tag exists).
     *
     * @throws SessionError with {@link SessionErrorCode#CREATE_CONFIG_FAILED}
     */
    public SessionConfig create(String product, SessionConfig config) {
        return transport.execute(calls.create(product, config, RequestOptions.none()));
    }

    /** {@link #create} with per-call {@link RequestOptions}. */
    public SessionConfig create(String product, SessionConfig config, RequestOptions requestOptions) {
        return transport.execute(calls.create(product, config, requestOptions));
    }

    /**
     * The session configurations of a product (unmodifiable, never null).
     *
     * @throws SessionError with {@link SessionErrorCode#LIST_CONFIGS_FAILED}
     */
    public List<SessionConfig> list(String product) {
        return transport.execute(calls.list(product, RequestOptions.none()));
    }

    /** {@link #list} with per-call {@link RequestOptions}. */
    public List<SessionConfig> list(String product, RequestOptions requestOptions) {
        return transport.execute(calls.list(product, requestOptions));
    }

    /**
     * One session configuration by tag.
     *
     * @throws SessionError with {@link SessionErrorCode#FETCH_CONFIG_FAILED} ({@link SessionErrorCode#CONFIG_NOT_FOUND} on 404})
     */
    public SessionConfig fetch(String product, String tag) {
        return transport.execute(calls.fetch(product, tag, RequestOptions.none()));
    }

    /** {@link #fetch} with per-call {@link RequestOptions}. */
    public SessionConfig fetch(String product, String tag, RequestOptions requestOptions) {
        return transport.execute(calls.fetch(product, tag, requestOptions));
    }

    /**
     * Changes the fields set in {@code update} and returns the configuration as stored.
     *
     * @throws SessionError with {@link SessionErrorCode#UPDATE_CONFIG_FAILED} ({@link SessionErrorCode#CONFIG_NOT_FOUND} on 404})
     */
    public SessionConfig update(String product, String tag, SessionConfigUpdate update) {
        return transport.execute(calls.update(product, tag, update, RequestOptions.none()));
    }

    /** {@link #update} with per-call {@link RequestOptions}. */
    public SessionConfig update(String product, String tag, SessionConfigUpdate update, RequestOptions requestOptions) {
        return transport.execute(calls.update(product, tag, update, requestOptions));
    }

    /**
     * Deletes a session configuration.
     *
     * @throws SessionError with {@link SessionErrorCode#DELETE_CONFIG_FAILED} ({@link SessionErrorCode#CONFIG_NOT_FOUND} on 404})
     */
    public void delete(String product, String tag) {
        transport.execute(calls.delete(product, tag, RequestOptions.none()));
    }

    /** {@link #delete} with per-call {@link RequestOptions}. */
    public void delete(String product, String tag, RequestOptions requestOptions) {
        transport.execute(calls.delete(product, tag, requestOptions));
    }

    /**
     * One page of the users of a session, most recently seen first.
     *
     * @throws SessionError with {@link SessionErrorCode#FETCH_USERS_FAILED}
     */
    public SessionUsersPage fetchUsers(FetchSessionUsersOptions options) {
        return transport.execute(calls.fetchUsers(options, RequestOptions.none()));
    }

    /** {@link #fetchUsers} with per-call {@link RequestOptions}. */
    public SessionUsersPage fetchUsers(FetchSessionUsersOptions options, RequestOptions requestOptions) {
        return transport.execute(calls.fetchUsers(options, requestOptions));
    }

    /**
     * One user of a session with its session history.
     *
     * @throws SessionError with {@link SessionErrorCode#FETCH_USER_DETAILS_FAILED} ({@link SessionErrorCode#USER_NOT_FOUND} on 404})
     */
    public SessionUserDetails fetchUserDetails(FetchSessionUserDetailsOptions options) {
        return transport.execute(calls.fetchUserDetails(options, RequestOptions.none()));
    }

    /** {@link #fetchUserDetails} with per-call {@link RequestOptions}. */
    public SessionUserDetails fetchUserDetails(FetchSessionUserDetailsOptions options, RequestOptions requestOptions) {
        return transport.execute(calls.fetchUserDetails(options, requestOptions));
    }

    /**
     * One page of a session's activity logs, newest first.
     *
     * @throws SessionError with {@link SessionErrorCode#FETCH_ACTIVITY_LOGS_FAILED}
     */
    public SessionActivityLogsPage fetchActivityLogs(FetchSessionActivityLogsOptions options) {
        return transport.execute(calls.fetchActivityLogs(options, RequestOptions.none()));
    }

    /** {@link #fetchActivityLogs} with per-call {@link RequestOptions}. */
    public SessionActivityLogsPage fetchActivityLogs(FetchSessionActivityLogsOptions options, RequestOptions requestOptions) {
        return transport.execute(calls.fetchActivityLogs(options, requestOptions));
    }

    /**
     * Dashboard metrics of a session.
     *
     * @throws SessionError with {@link SessionErrorCode#FETCH_DASHBOARD_FAILED}
     */
    public SessionDashboard fetchDashboard(FetchSessionDashboardOptions options) {
        return transport.execute(calls.fetchDashboard(options, RequestOptions.none()));
    }

    /** {@link #fetchDashboard} with per-call {@link RequestOptions}. */
    public SessionDashboard fetchDashboard(FetchSessionDashboardOptions options, RequestOptions requestOptions) {
        return transport.execute(calls.fetchDashboard(options, requestOptions));
    }

    /**
     * Every activity log matching {@code options}, newest first, fetched page by page as you iterate
     * (from {@code options.page()}, {@code options.limit()} a page).
     */
    public PagedIterable<SessionActivityLog> activityLogs(FetchSessionActivityLogsOptions options) {
        return activityLogs(options, RequestOptions.none());
    }

    /** {@link #activityLogs(FetchSessionActivityLogsOptions)} with per-call {@link RequestOptions}. */
    public PagedIterable<SessionActivityLog> activityLogs(FetchSessionActivityLogsOptions options,
                                                          RequestOptions requestOptions) {
        calls.fetchActivityLogs(options, requestOptions);
        return paged(options.page(), page -> calls.fetchActivityLogs(options.toBuilder().page(page).build(),
            requestOptions), SessionCalls::page);
    }

    /** Every user of a session, most recently seen first, fetched page by page as you iterate. */
    public PagedIterable<SessionUser> users(FetchSessionUsersOptions options) {
        return users(options, RequestOptions.none());
    }

    /** {@link #users(FetchSessionUsersOptions)} with per-call {@link RequestOptions}. */
    public PagedIterable<SessionUser> users(FetchSessionUsersOptions options, RequestOptions requestOptions) {
        calls.fetchUsers(options, requestOptions);
        return paged(options.page(), page -> calls.fetchUsers(options.toBuilder().page(page).build(), requestOptions),
            SessionCalls::page);
    }

    /** Every active session of a tag, newest first, fetched page by page as you iterate. */
    public PagedIterable<ActiveSession> activeSessions(ListActiveSessionsOptions options) {
        return activeSessions(options, RequestOptions.none());
    }

    /** {@link #activeSessions(ListActiveSessionsOptions)} with per-call {@link RequestOptions}. */
    public PagedIterable<ActiveSession> activeSessions(ListActiveSessionsOptions options,
                                                       RequestOptions requestOptions) {
        calls.listActive(options, requestOptions);
        return paged(options.page(), page -> calls.listActive(options.toBuilder().page(page).build(), requestOptions),
            SessionCalls::page);
    }

    /** A lazy listing whose page {@code n} is the result of {@code callForPage(n)}, on both the sync and async paths. */
    private <P, T> PagedIterable<T> paged(int firstPage, java.util.function.IntFunction<ApiCall<P>> callForPage,
                                          java.util.function.Function<P, Page<T>> toPage) {
        return new PagedIterable<>(firstPage, page -> toPage.apply(transport.execute(callForPage.apply(page))),
            page -> transport.executeAsync(callForPage.apply(page)).thenApply(toPage));
    }

    /** {@code GET /v1/session-users/{ductapeUserId}}; see {@link ProductSessions#user(String)}. */
    SessionUserDetails fetchSessionUser(String ductapeUserId) {
        return transport.execute(calls.fetchSessionUser(ductapeUserId, RequestOptions.none()));
    }

    /** The transport, for the SDK's own modules and tests. */
    Transport transport() {
        return transport;
    }

    /**
     * Releases the connection pool and dispatcher threads the SDK created, cancelling calls in flight;
     * a caller-supplied {@link OkHttpClient} is left open. Calls made after closing fail.
     */
    @Override
    public void close() {
        transport.close();
    }

    @Override
    public String toString() {
        return "SessionsService[" + transport.config() + "]";
    }

    /** Builds a {@link SessionsService}. Not thread-safe; {@link #build()} validates everything. */
    public static final class Builder {
        private String accessKey;
        private String workspaceId;
        private String publicKey;
        private String userId;
        private String token;
        private String envType;
        private final TransportSettings transport = new TransportSettings(DEFAULT_BASE_URL);
        private String product;
        private String env;
        private okhttp3.EventListener.Factory eventListeners;

        private Builder() {}

        /** Authenticates with a Ductape access key ({@code X-Access-Key}); instead of workspace credentials. */
        public Builder accessKey(String accessKey) {
            this.accessKey = accessKey;
            return this;
        }

        /** Workspace credentials: the workspace id. */
        public Builder workspaceId(String workspaceId) {
            this.workspaceId = workspaceId;
            return this;
        }

        /** Workspace credentials: the public key. */
        public Builder publicKey(String publicKey) {
            this.publicKey = publicKey;
            return this;
        }

        /** Workspace credentials: the user id. */
        public Builder userId(String userId) {
            this.userId = userId;
            return this;
        }

        /** Workspace credentials: the bearer token. */
        public Builder token(String token) {
            this.token = token;
            return this;
        }

        /** Workspace credentials: the environment type, such as {@code prd}. */
        public Builder envType(String envType) {
            this.envType = envType;
            return this;
        }

        /** The API's base URL (default {@value SessionsService#DEFAULT_BASE_URL}). */
        public Builder baseUrl(String baseUrl) {
            transport.baseUrl(baseUrl);
            return this;
        }

        /**
         * Allows an {@code http://} base URL on a host other than loopback. Off by default: over plain
         * HTTP the credentials travel readable by anyone on the path.
         */
        public Builder allowInsecureHttp(boolean allowInsecureHttp) {
            transport.allowInsecureHttp(allowInsecureHttp);
            return this;
        }

        /**
         * A caller-owned OkHttp client to share its connection pool and dispatcher; the SDK derives its
         * own with {@link OkHttpClient#newBuilder()} and never shuts the caller's down.
         */
        public Builder okHttpClient(OkHttpClient okHttpClient) {
            transport.okHttpClient(okHttpClient);
            return this;
        }

        /** TCP connect timeout (default 10 s; a caller-supplied client keeps its own unless set). */
        public Builder connectTimeout(Duration connectTimeout) {
            transport.connectTimeout(connectTimeout);
            return this;
        }

        /** Timeout between bytes read (default 30 s). */
        public Builder readTimeout(Duration readTimeout) {
            transport.readTimeout(readTimeout);
            return this;
        }

        /** Timeout of a whole call (default 60 s). */
        public Builder callTimeout(Duration callTimeout) {
            transport.callTimeout(callTimeout);
            return this;
        }

        /** The product tag used when an options object names none (as {@code new Ductape({ product })}). */
        public Builder product(String product) {
            this.product = product;
            return this;
        }

        /** The environment used when an options object names none (as {@code new Ductape({ env })}). */
        public Builder env(String env) {
            this.env = env;
            return this;
        }

        /**
         * Retries after a failed first attempt (default 2, so 3 attempts): connection failures, timeouts,
         * HTTP 408, 429 and 5xx (500, 502, 503, 504), unless the server says {@code x-should-retry:
         * false}; a 409 (a conflict, such as a duplicate tag) only when it says {@code x-should-retry:
         * true}; mutating calls are retried with the same {@code Idempotency-Key}. 0 turns retries off.
         */
        public Builder maxRetries(int maxRetries) {
            transport.maxRetries(maxRetries);
            return this;
        }

        /** The largest response body read (default 32 MiB); a larger one fails the call unread. */
        public Builder maxResponseBytes(long maxResponseBytes) {
            transport.maxResponseBytes(maxResponseBytes);
            return this;
        }

        /** How to wait between retries (default {@link Sleeper#SYSTEM}); tests record delays instead. */
        public Builder sleeper(Sleeper sleeper) {
            transport.sleeper(sleeper);
            return this;
        }

        /** OkHttp event listeners on the SDK-built client: the SDK's own tests count open calls with it. */
        Builder eventListeners(okhttp3.EventListener.Factory eventListeners) {
            this.eventListeners = eventListeners;
            return this;
        }

        /** Applies the {@code DUCTAPE_*} environment variables that are set (see {@link SessionsService#fromEnv()}). */
        public Builder fromEnv() {
            return fromEnv(System::getenv);
        }

        Builder fromEnv(Function<String, String> variables) {
            Map<String, java.util.function.Consumer<String>> setters = Map.of(
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
         * @throws IllegalArgumentException naming the missing or invalid setting
         */
        public SessionsService build() {
            return new SessionsService(new Transport(toConfig()));
        }

        ClientConfig toConfig() {
            return transport.toConfig(credentials(), Checks.optionalPathSegment(product, "product"),
                Checks.optionalNonBlank(env, "env"), eventListeners, ErrorReader.MESSAGE_AND_CODE);
        }

        private Credentials credentials() {
            boolean anyWorkspace = workspaceId != null || publicKey != null || userId != null || token != null
                || envType != null;
            if (accessKey != null) {
                if (anyWorkspace) {
                    throw new IllegalArgumentException(
                        "set either `accessKey` or the workspace credentials (workspaceId, publicKey, userId, token, "
                            + "envType), not both");
                }
                return new Credentials.AccessKey(accessKey);
            }
            if (!anyWorkspace) {
                throw new IllegalArgumentException("credentials are required, but none were set: call "
                    + "`accessKey(...)`, or `fromEnv()` with the environment variable DUCTAPE_ACCESS_KEY set (or "
                    + "DUCTAPE_WORKSPACE_ID, DUCTAPE_PUBLIC_KEY, DUCTAPE_USER_ID, DUCTAPE_TOKEN and DUCTAPE_ENV_TYPE "
                    + "for workspace credentials)");
            }
            return new Credentials.Workspace(workspaceId, publicKey, userId, token, envType);
        }

        @Override
        public String toString() {
            return "SessionsService.Builder[baseUrl=" + transport.baseUrl() + ", accessKey=" + (accessKey == null ? null : "***")
                + ", workspaceId=" + workspaceId + ", userId=" + userId + ", envType=" + envType
                + ", publicKey=" + (publicKey == null ? null : "***") + ", token=" + (token == null ? null : "***")
                + ", product=" + product + ", env=" + env + "]";
        }
    }
}
