package app.ductape.sessions;

import app.ductape.sessions.internal.ApiRequest;
import app.ductape.sessions.internal.Checks;
import app.ductape.sessions.internal.ClientConfig;
import app.ductape.sessions.internal.Credentials;
import app.ductape.sessions.internal.JsonBody;
import app.ductape.sessions.internal.Operation;
import app.ductape.sessions.internal.Transport;
import app.ductape.sessions.model.ActiveSessionsPage;
import app.ductape.sessions.model.RevokeSessionResult;
import app.ductape.sessions.model.SessionActivityLogsPage;
import app.ductape.sessions.model.SessionConfig;
import app.ductape.sessions.model.SessionConfigUpdate;
import app.ductape.sessions.model.StartSessionResult;
import app.ductape.sessions.model.VerifySessionResult;
import app.ductape.sessions.model.SessionDashboard;
import app.ductape.sessions.model.SessionUserDetails;
import app.ductape.sessions.model.SessionUsersPage;
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
import com.fasterxml.jackson.databind.JsonNode;
import java.net.InetAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.function.Function;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/**
 * The Ductape Sessions API, mirroring the TypeScript SDK's {@code SessionsService}: the session
 * lifecycle (start, verify, refresh, revoke, listActive), session configurations (create, list,
 * fetch, update, delete) and session analytics (users, activity logs, dashboard metrics).
 *
 * <p>Build one per application and share it: it is thread-safe and holds one HTTP connection pool.
 * Close it when done. Every call either returns an immutable result or throws {@link SessionError}
 * with that call's code; invalid options throw {@link IllegalArgumentException} before any request.
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

    private SessionsService(Transport transport) {
        this.transport = transport;
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

    /**
     * One page of the users of a session.
     *
     * @throws SessionError with {@link SessionErrorCode#FETCH_USERS_FAILED}
     */
    public SessionUsersPage fetchUsers(FetchSessionUsersOptions options) {
        Checks.requireNonNull(options, "options");
        return transport.execute(
            ApiRequest.get(Operation.FETCH_USERS, "v1", "products", product(options.product()), "sessions",
                    options.session(), "users")
                .query("env", env(options.env()))
                .query("page", options.page())
                .query("limit", options.limit()),
            SessionUsersPage.class);
    }

    /**
     * One user of a session with its session history.
     *
     * @throws SessionError with {@link SessionErrorCode#USER_NOT_FOUND} when the server answers 404,
     *                      else {@link SessionErrorCode#FETCH_USER_DETAILS_FAILED}
     */
    public SessionUserDetails fetchUserDetails(FetchSessionUserDetailsOptions options) {
        Checks.requireNonNull(options, "options");
        return transport.execute(
            ApiRequest.get(Operation.FETCH_USER_DETAILS, "v1", "products", product(options.product()), "sessions",
                    options.session(), "users", options.identifier())
                .query("env", env(options.env())),
            SessionUserDetails.class);
    }

    /**
     * One page of a session's activity logs, newest first.
     *
     * @throws SessionError with {@link SessionErrorCode#FETCH_ACTIVITY_LOGS_FAILED}
     */
    public SessionActivityLogsPage fetchActivityLogs(FetchSessionActivityLogsOptions options) {
        Checks.requireNonNull(options, "options");
        return transport.execute(
            ApiRequest.get(Operation.FETCH_ACTIVITY_LOGS, "v1", "products", product(options.product()), "sessions",
                    options.session(), "activity")
                .query("env", env(options.env()))
                .query("status", options.status() == null ? null : options.status().wireValue())
                .query("start", options.start())
                .query("end", options.end())
                .query("page", options.page())
                .query("limit", options.limit()),
            SessionActivityLogsPage.class);
    }

    /**
     * Dashboard metrics of a session.
     *
     * @throws SessionError with {@link SessionErrorCode#FETCH_DASHBOARD_FAILED}
     */
    public SessionDashboard fetchDashboard(FetchSessionDashboardOptions options) {
        Checks.requireNonNull(options, "options");
        return transport.execute(
            ApiRequest.get(Operation.FETCH_DASHBOARD, "v1", "products", product(options.product()), "sessions",
                    options.session(), "dashboard")
                .query("env", env(options.env()))
                .query("groupBy", options.groupBy() == null ? null : options.groupBy().wireValue())
                .query("start", options.start())
                .query("end", options.end()),
            SessionDashboard.class);
    }

    /**
     * Starts a session: validates {@code data} against the configuration's selector and issues tokens.
     *
     * @throws IllegalArgumentException when {@code product} or {@code env} is set neither on the options
     *                                  nor on the client, or {@code data} is not a JSON object
     * @throws SessionError             with {@link SessionErrorCode#SESSION_START_FAILED}
     */
    public StartSessionResult start(StartSessionOptions options) {
        Checks.requireNonNull(options, "options");
        JsonNode data = transport.mapper().valueToTree(options.data());
        if (data == null || !data.isObject()) {
            throw new IllegalArgumentException("`data` must serialize to a JSON object, but was "
                + (data == null ? "null" : data.getNodeType()));
        }
        Long expiresIn = options.expiresIn() == null ? null : options.expiresIn().getSeconds();
        return transport.execute(
            ApiRequest.post(Operation.START, sessionPath(options.product(), options.tag(), "start"))
                .body(JsonBody.of("env", requiredEnv(options.env()), "data", data, "expiresIn", expiresIn,
                    "cache", options.cache())),
            StartSessionResult.class);
    }

    /**
     * Verifies a session token. An invalid, expired or revoked token is an answer
     * ({@link VerifySessionResult#valid()} {@code == false}), not an exception.
     *
     * @throws SessionError with {@link SessionErrorCode#SESSION_VERIFY_FAILED} when the call itself fails
     */
    public VerifySessionResult verify(VerifySessionOptions options) {
        Checks.requireNonNull(options, "options");
        return transport.execute(
            ApiRequest.post(Operation.VERIFY, sessionPath(options.product(), options.tag(), "verify"))
                .readOnly()
                .body(JsonBody.of("env", requiredEnv(options.env()), "token", options.token()))
                .secret(options.token()),
            VerifySessionResult.class);
    }

    /**
     * Exchanges a refresh token for new tokens; the old refresh token stops working.
     *
     * @throws SessionError with {@link SessionErrorCode#SESSION_REFRESH_FAILED}, HTTP 401 for an unknown,
     *                      used or revoked refresh token
     */
    public StartSessionResult refresh(RefreshSessionOptions options) {
        Checks.requireNonNull(options, "options");
        return transport.execute(
            ApiRequest.post(Operation.REFRESH, sessionPath(options.product(), options.tag(), "refresh"))
                .body(JsonBody.of("env", requiredEnv(options.env()), "refreshToken", options.refreshToken()))
                .secret(options.refreshToken()),
            StartSessionResult.class);
    }

    /**
     * Revokes one session by id, or every session of a user by identifier.
     *
     * @throws SessionError with {@link SessionErrorCode#SESSION_REVOKE_FAILED}
     */
    public RevokeSessionResult revoke(RevokeSessionOptions options) {
        Checks.requireNonNull(options, "options");
        return transport.execute(
            ApiRequest.post(Operation.REVOKE, sessionPath(options.product(), options.tag(), "revoke"))
                .body(JsonBody.of("env", requiredEnv(options.env()), "sessionId", options.sessionId(),
                    "identifier", options.identifier())),
            RevokeSessionResult.class);
    }

    /**
     * Revokes every session of a user.
     *
     * @throws SessionError with {@link SessionErrorCode#SESSION_REVOKE_FAILED}
     */
    public RevokeSessionResult revokeAll(RevokeAllSessionsOptions options) {
        Checks.requireNonNull(options, "options");
        return transport.execute(
            ApiRequest.post(Operation.REVOKE_ALL, sessionPath(options.product(), options.tag(), "revoke-all"))
                .body(JsonBody.of("env", requiredEnv(options.env()), "identifier", options.identifier())),
            RevokeSessionResult.class);
    }

    /**
     * One page of the unexpired, unrevoked sessions of a tag.
     *
     * @throws SessionError with {@link SessionErrorCode#LIST_ACTIVE_SESSIONS_FAILED}
     */
    public ActiveSessionsPage listActive(ListActiveSessionsOptions options) {
        Checks.requireNonNull(options, "options");
        return transport.execute(
            ApiRequest.get(Operation.LIST_ACTIVE, sessionPath(options.product(), options.tag(), "active"))
                .query("env", requiredEnv(options.env()))
                .query("identifier", options.identifier())
                .query("page", options.page())
                .query("limit", options.limit()),
            ActiveSessionsPage.class);
    }

    /**
     * Creates a session configuration in a product.
     *
     * @return the configuration as stored
     * @throws SessionError with {@link SessionErrorCode#CREATE_CONFIG_FAILED} (HTTP 409 when the tag exists)
     */
    public SessionConfig create(String product, SessionConfig config) {
        Checks.requireNonNull(config, "config");
        return transport.execute(
            ApiRequest.post(Operation.CREATE_CONFIG, configsPath(product))
                .body(JsonBody.of("name", config.name(), "tag", config.tag(), "description", config.description(),
                    "selector", config.selector(), "expiry", config.expiry(), "period", config.periodValue(),
                    "schema", config.schema())),
            SessionConfig.class);
    }

    /**
     * The session configurations of a product (unmodifiable, never null).
     *
     * @throws SessionError with {@link SessionErrorCode#LIST_CONFIGS_FAILED}
     */
    public List<SessionConfig> list(String product) {
        List<SessionConfig> configs = transport.execute(ApiRequest.get(Operation.LIST_CONFIGS, configsPath(product)),
            transport.mapper().getTypeFactory().constructCollectionType(List.class, SessionConfig.class));
        return configs.stream().filter(Objects::nonNull).collect(Collectors.toUnmodifiableList());
    }

    /**
     * One session configuration by tag.
     *
     * @throws SessionError with {@link SessionErrorCode#CONFIG_NOT_FOUND} on 404, else
     *                      {@link SessionErrorCode#FETCH_CONFIG_FAILED}
     */
    public SessionConfig fetch(String product, String tag) {
        return transport.execute(ApiRequest.get(Operation.FETCH_CONFIG, configPath(product, tag)), SessionConfig.class);
    }

    /**
     * Changes the fields set in {@code update}.
     *
     * @return the configuration as stored after the change
     * @throws SessionError with {@link SessionErrorCode#CONFIG_NOT_FOUND} on 404, else
     *                      {@link SessionErrorCode#UPDATE_CONFIG_FAILED}
     */
    public SessionConfig update(String product, String tag, SessionConfigUpdate update) {
        Checks.requireNonNull(update, "update");
        return transport.execute(
            ApiRequest.patch(Operation.UPDATE_CONFIG, configPath(product, tag)).body(update.fields()),
            SessionConfig.class);
    }

    /**
     * Deletes a session configuration.
     *
     * @throws SessionError with {@link SessionErrorCode#CONFIG_NOT_FOUND} on 404, else
     *                      {@link SessionErrorCode#DELETE_CONFIG_FAILED}
     */
    public void delete(String product, String tag) {
        transport.executeWithoutResult(ApiRequest.delete(Operation.DELETE_CONFIG, configPath(product, tag)));
    }

    private String[] sessionPath(String product, String tag, String action) {
        return new String[] {"v1", "products", product(product), "sessions", tag, action};
    }

    private static String[] configsPath(String product) {
        return new String[] {"v1", "products", Checks.requirePathSegment(product, "product"), "session-configs"};
    }

    private static String[] configPath(String product, String tag) {
        return new String[] {"v1", "products", Checks.requirePathSegment(product, "product"), "session-configs",
            Checks.requirePathSegment(tag, "tag")};
    }

    /** {@code GET /v1/session-users/{ductapeUserId}}; see {@link ProductSessions#user(String)}. */
    SessionUserDetails fetchSessionUser(String ductapeUserId) {
        Checks.requirePathSegment(ductapeUserId, "ductapeUserId");
        return transport.execute(ApiRequest.get(Operation.FETCH_SESSION_USER, "v1", "session-users", ductapeUserId),
            SessionUserDetails.class);
    }

    /** The transport, for the SDK's own modules and tests. */
    Transport transport() {
        return transport;
    }

    private String product(String fromOptions) {
        String product = fromOptions != null ? fromOptions : transport.config().product();
        if (product == null) {
            throw new IllegalArgumentException("`product` is required, but was not set: set it on the options or "
                + "as the client default with builder().product(...)");
        }
        return product;
    }

    private String env(String fromOptions) {
        return fromOptions != null ? fromOptions : transport.config().env();
    }

    private String requiredEnv(String fromOptions) {
        String env = env(fromOptions);
        if (env == null) {
            throw new IllegalArgumentException("`env` is required, but was not set: set it on the options or as the "
                + "client default with builder().env(...)");
        }
        return env;
    }

    /**
     * Releases the connection pool and dispatcher threads the SDK created; a caller-supplied
     * {@link OkHttpClient} is left open. Calls made after closing fail.
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
        private String baseUrl = DEFAULT_BASE_URL;
        private boolean allowInsecureHttp;
        private OkHttpClient okHttpClient;
        private Duration connectTimeout;
        private Duration readTimeout;
        private Duration callTimeout;
        private String product;
        private String env;

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
            this.baseUrl = baseUrl;
            return this;
        }

        /**
         * Allows an {@code http://} base URL on a host other than loopback. Off by default: over plain
         * HTTP the credentials travel readable by anyone on the path.
         */
        public Builder allowInsecureHttp(boolean allowInsecureHttp) {
            this.allowInsecureHttp = allowInsecureHttp;
            return this;
        }

        /**
         * A caller-owned OkHttp client to share its connection pool and dispatcher; the SDK derives its
         * own with {@link OkHttpClient#newBuilder()} and never shuts the caller's down.
         */
        public Builder okHttpClient(OkHttpClient okHttpClient) {
            this.okHttpClient = okHttpClient;
            return this;
        }

        /** TCP connect timeout (default 10 s; a caller-supplied client keeps its own unless set). */
        public Builder connectTimeout(Duration connectTimeout) {
            this.connectTimeout = connectTimeout;
            return this;
        }

        /** Timeout between bytes read (default 30 s). */
        public Builder readTimeout(Duration readTimeout) {
            this.readTimeout = readTimeout;
            return this;
        }

        /** Timeout of a whole call (default 60 s). */
        public Builder callTimeout(Duration callTimeout) {
            this.callTimeout = callTimeout;
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
            return new ClientConfig(parseBaseUrl(), credentials(), okHttpClient,
                nonNegative(connectTimeout, "connectTimeout"), nonNegative(readTimeout, "readTimeout"),
                nonNegative(callTimeout, "callTimeout"),
                Checks.optionalPathSegment(product, "product"), Checks.optionalNonBlank(env, "env"));
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
                throw new IllegalArgumentException("credentials are required: set `accessKey`, or `workspaceId`, "
                    + "`publicKey`, `userId`, `token` and `envType`");
            }
            return new Credentials.Workspace(workspaceId, publicKey, userId, token, envType);
        }

        private HttpUrl parseBaseUrl() {
            Checks.requireNonBlank(baseUrl, "baseUrl");
            HttpUrl url = HttpUrl.parse(baseUrl.trim());
            if (url == null) {
                throw new IllegalArgumentException("`baseUrl` must be an http or https URL, but was '" + baseUrl + "'");
            }
            if (url.query() != null || url.fragment() != null) {
                throw new IllegalArgumentException("`baseUrl` must not have a query or fragment, but was '" + url + "'");
            }
            if (!url.isHttps() && !allowInsecureHttp && !isLoopback(url.host())) {
                throw new IllegalArgumentException("`baseUrl` uses http:// on a non-loopback host (" + url.host()
                    + "): credentials would travel unencrypted; use https:// or allowInsecureHttp(true)");
            }
            return url;
        }

        private static boolean isLoopback(String host) {
            if (host.equals("localhost")) {
                return true;
            }
            boolean literal = host.contains(":") || host.chars().allMatch(c -> Character.isDigit(c) || c == '.');
            if (!literal) {
                return false;
            }
            try {
                return InetAddress.getByName(host).isLoopbackAddress();
            } catch (java.net.UnknownHostException e) {
                return false;
            }
        }

        private static Duration nonNegative(Duration timeout, String field) {
            if (timeout != null && timeout.isNegative()) {
                throw new IllegalArgumentException("`" + field + "` must not be negative, but was " + timeout);
            }
            return timeout;
        }

        @Override
        public String toString() {
            return "SessionsService.Builder[baseUrl=" + baseUrl + ", accessKey=" + (accessKey == null ? null : "***")
                + ", workspaceId=" + workspaceId + ", userId=" + userId + ", envType=" + envType
                + ", publicKey=" + (publicKey == null ? null : "***") + ", token=" + (token == null ? null : "***")
                + ", product=" + product + ", env=" + env + "]";
        }
    }
}
