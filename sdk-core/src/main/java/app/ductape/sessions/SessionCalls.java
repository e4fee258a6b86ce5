package app.ductape.sessions;

import app.ductape.sessions.internal.ApiCall;
import app.ductape.sessions.internal.ApiRequest;
import app.ductape.sessions.internal.Checks;
import app.ductape.sessions.internal.ClientConfig;
import app.ductape.sessions.internal.JsonBody;
import app.ductape.sessions.internal.Operation;
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
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Each SDK call as an {@link ApiCall}: path, query, body, result type and the client's defaults.
 * The sync, async and raw facades all run these, so a call is defined once.
 */
final class SessionCalls {
    private final ClientConfig config;
    private final ObjectMapper mapper;
    private final JavaType configList;

    SessionCalls(ClientConfig config, ObjectMapper mapper) {
        this.config = config;
        this.mapper = mapper;
        this.configList = mapper.getTypeFactory().constructCollectionType(List.class, SessionConfig.class);
    }

    private <T> ApiCall<T> call(ApiRequest request, Class<T> type, RequestOptions options) {
        return ApiCall.of(request, mapper.constructType(type), requireOptions(options));
    }

    private static RequestOptions requireOptions(RequestOptions options) {
        return Checks.requireNonNull(options, "requestOptions");
    }

    // ---- analytics ---------------------------------------------------------------------------

    ApiCall<SessionUsersPage> fetchUsers(FetchSessionUsersOptions options, RequestOptions requestOptions) {
        Checks.requireNonNull(options, "options");
        return call(ApiRequest.get(Operation.FETCH_USERS, "v1", "products", product(options.product()), "sessions",
                options.session(), "users")
                .query("env", env(options.env()))
                .query("page", options.page())
                .query("limit", options.limit()),
            SessionUsersPage.class, requestOptions);
    }

    ApiCall<SessionUserDetails> fetchUserDetails(FetchSessionUserDetailsOptions options,
                                                 RequestOptions requestOptions) {
        Checks.requireNonNull(options, "options");
        return call(ApiRequest.get(Operation.FETCH_USER_DETAILS, "v1", "products", product(options.product()),
                "sessions", options.session(), "users", options.identifier())
                .query("env", env(options.env())),
            SessionUserDetails.class, requestOptions);
    }

    ApiCall<SessionUserDetails> fetchSessionUser(String ductapeUserId, RequestOptions requestOptions) {
        Checks.requirePathSegment(ductapeUserId, "ductapeUserId");
        return call(ApiRequest.get(Operation.FETCH_SESSION_USER, "v1", "session-users", ductapeUserId),
            SessionUserDetails.class, requestOptions);
    }

    ApiCall<SessionActivityLogsPage> fetchActivityLogs(FetchSessionActivityLogsOptions options,
                                                       RequestOptions requestOptions) {
        Checks.requireNonNull(options, "options");
        return call(ApiRequest.get(Operation.FETCH_ACTIVITY_LOGS, "v1", "products", product(options.product()),
                "sessions", options.session(), "activity")
                .query("env", env(options.env()))
                .query("status", options.status() == null ? null : options.status().wireValue())
                .query("start", options.start())
                .query("end", options.end())
                .query("page", options.page())
                .query("limit", options.limit()),
            SessionActivityLogsPage.class, requestOptions);
    }

    ApiCall<SessionDashboard> fetchDashboard(FetchSessionDashboardOptions options, RequestOptions requestOptions) {
        Checks.requireNonNull(options, "options");
        return call(ApiRequest.get(Operation.FETCH_DASHBOARD, "v1", "products", product(options.product()),
                "sessions", options.session(), "dashboard")
                .query("env", env(options.env()))
                .query("groupBy", options.groupBy() == null ? null : options.groupBy().wireValue())
                .query("start", options.start())
                .query("end", options.end()),
            SessionDashboard.class, requestOptions);
    }

    // ---- lifecycle ---------------------------------------------------------------------------

    ApiCall<StartSessionResult> start(StartSessionOptions options, RequestOptions requestOptions) {
        Checks.requireNonNull(options, "options");
        JsonNode data = dataAsJson(options.data());
        if (data == null || !data.isObject()) {
            throw new IllegalArgumentException("`data` must serialize to a JSON object, but was "
                + (data == null ? "null" : data.getNodeType()));
        }
        Long expiresIn = options.expiresIn() == null ? null : options.expiresIn().getSeconds();
        return call(ApiRequest.post(Operation.START, sessionPath(options.product(), options.tag(), "start"))
                .body(JsonBody.of("env", requiredEnv(options.env()), "data", data, "expiresIn", expiresIn,
                    "cache", options.cache())),
            StartSessionResult.class, requestOptions);
    }

    ApiCall<VerifySessionResult> verify(VerifySessionOptions options, RequestOptions requestOptions) {
        Checks.requireNonNull(options, "options");
        return call(ApiRequest.post(Operation.VERIFY, sessionPath(options.product(), options.tag(), "verify"))
                .readOnly()
                .body(JsonBody.of("env", requiredEnv(options.env()), "token", options.token()))
                .secret(options.token()),
            VerifySessionResult.class, requestOptions);
    }

    ApiCall<StartSessionResult> refresh(RefreshSessionOptions options, RequestOptions requestOptions) {
        Checks.requireNonNull(options, "options");
        return call(ApiRequest.post(Operation.REFRESH, sessionPath(options.product(), options.tag(), "refresh"))
                .body(JsonBody.of("env", requiredEnv(options.env()), "refreshToken", options.refreshToken()))
                .secret(options.refreshToken()),
            StartSessionResult.class, requestOptions);
    }

    ApiCall<RevokeSessionResult> revoke(RevokeSessionOptions options, RequestOptions requestOptions) {
        Checks.requireNonNull(options, "options");
        return call(ApiRequest.post(Operation.REVOKE, sessionPath(options.product(), options.tag(), "revoke"))
                .body(JsonBody.of("env", requiredEnv(options.env()), "sessionId", options.sessionId(),
                    "identifier", options.identifier())),
            RevokeSessionResult.class, requestOptions);
    }

    ApiCall<RevokeSessionResult> revokeAll(RevokeAllSessionsOptions options, RequestOptions requestOptions) {
        Checks.requireNonNull(options, "options");
        return call(ApiRequest.post(Operation.REVOKE_ALL, sessionPath(options.product(), options.tag(), "revoke-all"))
                .body(JsonBody.of("env", requiredEnv(options.env()), "identifier", options.identifier())),
            RevokeSessionResult.class, requestOptions);
    }

    ApiCall<ActiveSessionsPage> listActive(ListActiveSessionsOptions options, RequestOptions requestOptions) {
        Checks.requireNonNull(options, "options");
        return call(ApiRequest.get(Operation.LIST_ACTIVE, sessionPath(options.product(), options.tag(), "active"))
                .query("env", requiredEnv(options.env()))
                .query("identifier", options.identifier())
                .query("page", options.page())
                .query("limit", options.limit()),
            ActiveSessionsPage.class, requestOptions);
    }

    // ---- configs -----------------------------------------------------------------------------

    ApiCall<SessionConfig> create(String product, SessionConfig config, RequestOptions requestOptions) {
        Checks.requireNonNull(config, "config");
        return call(ApiRequest.post(Operation.CREATE_CONFIG, configsPath(product))
                .body(JsonBody.of("name", config.name(), "tag", config.tag(), "description", config.description(),
                    "selector", config.selector(), "expiry", config.expiry(), "period", config.periodValue(),
                    "schema", config.schema())),
            SessionConfig.class, requestOptions);
    }

    ApiCall<List<SessionConfig>> list(String product, RequestOptions requestOptions) {
        return ApiCall.of(ApiRequest.get(Operation.LIST_CONFIGS, configsPath(product)), configList,
            (List<SessionConfig> configs) -> configs.stream().filter(Objects::nonNull)
                .collect(Collectors.toUnmodifiableList()),
            requireOptions(requestOptions));
    }

    ApiCall<SessionConfig> fetch(String product, String tag, RequestOptions requestOptions) {
        return call(ApiRequest.get(Operation.FETCH_CONFIG, configPath(product, tag)), SessionConfig.class,
            requestOptions);
    }

    ApiCall<SessionConfig> update(String product, String tag, SessionConfigUpdate update,
                                  RequestOptions requestOptions) {
        Checks.requireNonNull(update, "update");
        return call(ApiRequest.patch(Operation.UPDATE_CONFIG, configPath(product, tag)).body(update.fields()),
            SessionConfig.class, requestOptions);
    }

    ApiCall<Void> delete(String product, String tag, RequestOptions requestOptions) {
        return ApiCall.of(ApiRequest.delete(Operation.DELETE_CONFIG, configPath(product, tag)), null,
            requireOptions(requestOptions));
    }

    // ---- paging ------------------------------------------------------------------------------

    static Page<SessionActivityLog> page(SessionActivityLogsPage page) {
        return new Page<>(page.logs(), page.page(), page.limit(), page.total(), page.totalPages());
    }

    static Page<SessionUser> page(SessionUsersPage page) {
        return new Page<>(page.users(), page.page(), page.limit(), page.total(), page.totalPages());
    }

    static Page<ActiveSession> page(ActiveSessionsPage page) {
        return new Page<>(page.sessions(), page.page(), page.limit(), page.total(), page.totalPages());
    }

    /** The session data as a JSON tree, or an error naming {@code data} when Jackson cannot write it. */
    private JsonNode dataAsJson(Object data) {
        try {
            return mapper.valueToTree(data);
        } catch (IllegalArgumentException e) {
            String reason = e.getCause() instanceof com.fasterxml.jackson.databind.exc.InvalidDefinitionException
                ? "it has no properties Jackson can write" : "Jackson could not write it";
            throw new IllegalArgumentException("`data` (a " + data.getClass().getName() + ") cannot be sent as JSON: "
                + reason + "; pass a Map, a record, or a class with public getters", e);
        }
    }

    // ---- paths and defaults ------------------------------------------------------------------

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

    private String product(String fromOptions) {
        String product = fromOptions != null ? fromOptions : config.product();
        if (product == null) {
            throw new IllegalArgumentException("`product` is required, but was not set: set it on the options or "
                + "as the client default with builder().product(...)");
        }
        return product;
    }

    private String env(String fromOptions) {
        return fromOptions != null ? fromOptions : config.env();
    }

    private String requiredEnv(String fromOptions) {
        String env = env(fromOptions);
        if (env == null) {
            throw new IllegalArgumentException("`env` is required, but was not set: set it on the options or as the "
                + "client default with builder().env(...)");
        }
        return env;
    }
}
