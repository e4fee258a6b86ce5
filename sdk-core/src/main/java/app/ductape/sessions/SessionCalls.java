package app.ductape.sessions;

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
import app.ductape.sessions.transport.HttpApiCall;
import app.ductape.sessions.transport.JsonMappers;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Every call of the Ductape Sessions API, defined once: its operation and error codes, method, path,
 * query, body and how its answer is read, with the client's product and env defaults applied. The
 * facades only choose how to run a definition (blocking, async, raw).
 */
final class SessionCalls {
    /** Converts session data to JSON before sending, to refuse what is not a JSON object by name. */
    private static final ObjectMapper DATA = JsonMappers.newMapper();

    private final DuctapeEnvelope<SessionUsersPage> usersPage = DuctapeEnvelope.of(SessionUsersPage.class);
    private final DuctapeEnvelope<SessionUserDetails> userDetails = DuctapeEnvelope.of(SessionUserDetails.class);
    private final DuctapeEnvelope<SessionActivityLogsPage> logsPage = DuctapeEnvelope.of(SessionActivityLogsPage.class);
    private final DuctapeEnvelope<SessionDashboard> dashboard = DuctapeEnvelope.of(SessionDashboard.class);
    private final DuctapeEnvelope<StartSessionResult> tokens = DuctapeEnvelope.of(StartSessionResult.class);
    private final DuctapeEnvelope<VerifySessionResult> verification = DuctapeEnvelope.of(VerifySessionResult.class);
    private final DuctapeEnvelope<RevokeSessionResult> revocation = DuctapeEnvelope.of(RevokeSessionResult.class);
    private final DuctapeEnvelope<ActiveSessionsPage> activePage = DuctapeEnvelope.of(ActiveSessionsPage.class);
    private final DuctapeEnvelope<SessionConfig> config = DuctapeEnvelope.of(SessionConfig.class);
    private final DuctapeEnvelope<List<SessionConfig>> configs = DuctapeEnvelope.of(new TypeReference<>() {});
    private final DuctapeEnvelope<Void> nothing = DuctapeEnvelope.noData();
    private final String defaultProduct;
    private final String defaultEnv;
    private final Revocations revocations = new Revocations();

    SessionCalls(String defaultProduct, String defaultEnv) {
        this.defaultProduct = defaultProduct;
        this.defaultEnv = defaultEnv;
    }

    ClientDefaults defaults() {
        return new ClientDefaults(Optional.ofNullable(defaultProduct), Optional.ofNullable(defaultEnv));
    }

    /** Who hears of this client's successful revocations. */
    Revocations revocations() {
        return revocations;
    }

    @Override
    public String toString() {
        return "product=" + defaultProduct + ", env=" + defaultEnv;
    }

    // ---- analytics ---------------------------------------------------------------------------

    HttpApiCall<SessionUsersPage> fetchUsers(FetchSessionUsersOptions options, RequestOptions requestOptions) {
        Checks.requireNonNull(options, "options");
        return sessionGet("fetchUsers", SessionErrorCode.FETCH_USERS_FAILED, options.product(), options.session(),
            "users")
            .query("env", env(options.env()))
            .query("page", options.page())
            .query("limit", options.limit())
            .options(requestOptions).build(usersPage);
    }

    HttpApiCall<SessionUserDetails> fetchUserDetails(FetchSessionUserDetailsOptions options,
                                                     RequestOptions requestOptions) {
        Checks.requireNonNull(options, "options");
        return HttpApiCall.get("fetchUserDetails", SessionErrorCode.FETCH_USER_DETAILS_FAILED, "v1", "products",
                product(options.product()), "sessions", options.session(), "users", options.identifier())
            .notFound(SessionErrorCode.USER_NOT_FOUND)
            .query("env", env(options.env()))
            .options(requestOptions).build(userDetails);
    }

    HttpApiCall<SessionUserDetails> fetchSessionUser(String ductapeUserId, RequestOptions requestOptions) {
        Checks.requirePathSegment(ductapeUserId, "ductapeUserId");
        return HttpApiCall.get("user", SessionErrorCode.FETCH_USER_DETAILS_FAILED, "v1", "session-users",
                ductapeUserId)
            .notFound(SessionErrorCode.USER_NOT_FOUND)
            .options(requestOptions).build(userDetails);
    }

    HttpApiCall<SessionActivityLogsPage> fetchActivityLogs(FetchSessionActivityLogsOptions options,
                                                           RequestOptions requestOptions) {
        Checks.requireNonNull(options, "options");
        return sessionGet("fetchActivityLogs", SessionErrorCode.FETCH_ACTIVITY_LOGS_FAILED, options.product(),
                options.session(), "activity")
            .query("env", env(options.env()))
            .query("status", options.status() == null ? null : options.status().wireValue())
            .query("start", options.start())
            .query("end", options.end())
            .query("page", options.page())
            .query("limit", options.limit())
            .options(requestOptions).build(logsPage);
    }

    HttpApiCall<SessionDashboard> fetchDashboard(FetchSessionDashboardOptions options, RequestOptions requestOptions) {
        Checks.requireNonNull(options, "options");
        return sessionGet("fetchDashboard", SessionErrorCode.FETCH_DASHBOARD_FAILED, options.product(),
                options.session(), "dashboard")
            .query("env", env(options.env()))
            .query("groupBy", options.groupBy() == null ? null : options.groupBy().wireValue())
            .query("start", options.start())
            .query("end", options.end())
            .options(requestOptions).build(dashboard);
    }

    // ---- lifecycle ---------------------------------------------------------------------------

    HttpApiCall<StartSessionResult> start(StartSessionOptions options, RequestOptions requestOptions) {
        Checks.requireNonNull(options, "options");
        JsonNode data = dataAsJson(options.data());
        if (data == null || !data.isObject()) {
            throw new IllegalArgumentException("`data` must serialize to a JSON object, but was "
                + (data == null ? "null" : data.getNodeType()));
        }
        Long expiresIn = options.expiresIn() == null ? null : options.expiresIn().getSeconds();
        return sessionPost("start", SessionErrorCode.SESSION_START_FAILED, options.product(), options.tag(), "start")
            .body(JsonBody.of("env", requiredEnv(options.env()), "data", data, "expiresIn", expiresIn,
                "cache", options.cache()))
            .options(requestOptions).build(tokens);
    }

    HttpApiCall<VerifySessionResult> verify(VerifySessionOptions options, RequestOptions requestOptions) {
        Checks.requireNonNull(options, "options");
        return sessionPost("verify", SessionErrorCode.SESSION_VERIFY_FAILED, options.product(), options.tag(),
                "verify")
            .readOnly()
            .body(JsonBody.of("env", requiredEnv(options.env()), "token", options.token()))
            .secret(options.token())
            .options(requestOptions).build(verification);
    }

    HttpApiCall<StartSessionResult> refresh(RefreshSessionOptions options, RequestOptions requestOptions) {
        Checks.requireNonNull(options, "options");
        return sessionPost("refresh", SessionErrorCode.SESSION_REFRESH_FAILED, options.product(), options.tag(),
                "refresh")
            .body(JsonBody.of("env", requiredEnv(options.env()), "refreshToken", options.refreshToken()))
            .secret(options.refreshToken())
            .options(requestOptions).build(tokens);
    }

    HttpApiCall<RevokeSessionResult> revoke(RevokeSessionOptions options, RequestOptions requestOptions) {
        Checks.requireNonNull(options, "options");
        String product = product(options.product());
        String env = requiredEnv(options.env());
        return sessionPost("revoke", SessionErrorCode.SESSION_REVOKE_FAILED, product, options.tag(), "revoke")
            .body(JsonBody.of("env", env, "sessionId", options.sessionId(), "identifier", options.identifier()))
            .options(requestOptions).build(revocation)
            .map(result -> published(result, new Revocation(product, env, options.tag(),
                Optional.ofNullable(options.sessionId()), Optional.ofNullable(options.identifier()),
                result.revoked())));
    }

    HttpApiCall<RevokeSessionResult> revokeAll(RevokeAllSessionsOptions options, RequestOptions requestOptions) {
        Checks.requireNonNull(options, "options");
        String product = product(options.product());
        String env = requiredEnv(options.env());
        return sessionPost("revokeAll", SessionErrorCode.SESSION_REVOKE_FAILED, product, options.tag(), "revoke-all")
            .body(JsonBody.of("env", env, "identifier", options.identifier()))
            .options(requestOptions).build(revocation)
            .map(result -> published(result, new Revocation(product, env, options.tag(), Optional.empty(),
                Optional.of(options.identifier()), result.revoked())));
    }

    private RevokeSessionResult published(RevokeSessionResult result, Revocation what) {
        revocations.publish(what);
        return result;
    }

    HttpApiCall<ActiveSessionsPage> listActive(ListActiveSessionsOptions options, RequestOptions requestOptions) {
        Checks.requireNonNull(options, "options");
        return sessionGet("listActive", SessionErrorCode.LIST_ACTIVE_SESSIONS_FAILED, options.product(),
                options.tag(), "active")
            .query("env", requiredEnv(options.env()))
            .query("identifier", options.identifier())
            .query("page", options.page())
            .query("limit", options.limit())
            .options(requestOptions).build(activePage);
    }

    // ---- listings ----------------------------------------------------------------------------

    PagedCall<SessionActivityLog> activityLogs(FetchSessionActivityLogsOptions options, RequestOptions requestOptions) {
        fetchActivityLogs(options, requestOptions);
        return PagedCall.numbered(options.page(),
            page -> fetchActivityLogs(options.toBuilder().page(page).build(), requestOptions),
            page -> new PagedCall.Numbered<>(page.logs(), page.page(), page.limit(), page.totalPages()));
    }

    PagedCall<SessionUser> users(FetchSessionUsersOptions options, RequestOptions requestOptions) {
        fetchUsers(options, requestOptions);
        return PagedCall.numbered(options.page(),
            page -> fetchUsers(options.toBuilder().page(page).build(), requestOptions),
            page -> new PagedCall.Numbered<>(page.users(), page.page(), page.limit(), page.totalPages()));
    }

    PagedCall<ActiveSession> activeSessions(ListActiveSessionsOptions options, RequestOptions requestOptions) {
        listActive(options, requestOptions);
        return PagedCall.numbered(options.page(),
            page -> listActive(options.toBuilder().page(page).build(), requestOptions),
            page -> new PagedCall.Numbered<>(page.sessions(), page.page(), page.limit(), page.totalPages()));
    }

    // ---- configs -----------------------------------------------------------------------------

    HttpApiCall<SessionConfig> create(String product, SessionConfig config, RequestOptions requestOptions) {
        Checks.requireNonNull(config, "config");
        return HttpApiCall.post("create", SessionErrorCode.CREATE_CONFIG_FAILED, configsPath(product))
            .body(JsonBody.of("name", config.name(), "tag", config.tag(), "description", config.description(),
                "selector", config.selector(), "expiry", config.expiry(), "period", config.periodValue(),
                "schema", config.schema()))
            .options(requestOptions).build(this.config);
    }

    HttpApiCall<List<SessionConfig>> list(String product, RequestOptions requestOptions) {
        return HttpApiCall.get("list", SessionErrorCode.LIST_CONFIGS_FAILED, configsPath(product))
            .options(requestOptions).build(configs)
            .map(all -> all.stream().filter(Objects::nonNull).toList());
    }

    HttpApiCall<SessionConfig> fetch(String product, String tag, RequestOptions requestOptions) {
        return HttpApiCall.get("fetch", SessionErrorCode.FETCH_CONFIG_FAILED, configPath(product, tag))
            .notFound(SessionErrorCode.CONFIG_NOT_FOUND)
            .options(requestOptions).build(config);
    }

    HttpApiCall<SessionConfig> update(String product, String tag, SessionConfigUpdate update,
                                      RequestOptions requestOptions) {
        Checks.requireNonNull(update, "update");
        return HttpApiCall.patch("update", SessionErrorCode.UPDATE_CONFIG_FAILED, configPath(product, tag))
            .notFound(SessionErrorCode.CONFIG_NOT_FOUND)
            .body(update.fields())
            .options(requestOptions).build(config);
    }

    HttpApiCall<Void> delete(String product, String tag, RequestOptions requestOptions) {
        return HttpApiCall.delete("delete", SessionErrorCode.DELETE_CONFIG_FAILED, configPath(product, tag))
            .notFound(SessionErrorCode.CONFIG_NOT_FOUND)
            .options(requestOptions).build(nothing);
    }

    // ---- paths and defaults ------------------------------------------------------------------

    private HttpApiCall.Builder sessionGet(String operation, SessionErrorCode failure, String product, String tag,
                                           String action) {
        return HttpApiCall.get(operation, failure, "v1", "products", product(product), "sessions", tag, action);
    }

    private HttpApiCall.Builder sessionPost(String operation, SessionErrorCode failure, String product, String tag,
                                            String action) {
        return HttpApiCall.post(operation, failure, "v1", "products", product(product), "sessions", tag, action);
    }

    private static String[] configsPath(String product) {
        return new String[] {"v1", "products", Checks.requirePathSegment(product, "product"), "session-configs"};
    }

    private static String[] configPath(String product, String tag) {
        return new String[] {"v1", "products", Checks.requirePathSegment(product, "product"), "session-configs",
            Checks.requirePathSegment(tag, "tag")};
    }

    private String product(String fromOptions) {
        String product = fromOptions != null ? fromOptions : defaultProduct;
        if (product == null) {
            throw new IllegalArgumentException("`product` is required, but was not set: set it on the options or "
                + "as the client default with builder().product(...) (or DUCTAPE_PRODUCT with fromEnv())");
        }
        return product;
    }

    private String env(String fromOptions) {
        return fromOptions != null ? fromOptions : defaultEnv;
    }

    private String requiredEnv(String fromOptions) {
        String env = env(fromOptions);
        if (env == null) {
            throw new IllegalArgumentException("`env` is required, but was not set: set it on the options or as the "
                + "client default with builder().env(...) (or DUCTAPE_ENV with fromEnv())");
        }
        return env;
    }

    /** The session data as a JSON tree, or an error naming {@code data} when Jackson cannot write it. */
    private static JsonNode dataAsJson(Object data) {
        try {
            return DATA.valueToTree(data);
        } catch (IllegalArgumentException e) {
            String reason = e.getCause() instanceof InvalidDefinitionException
                ? "it has no properties Jackson can write" : "Jackson could not write it";
            throw new IllegalArgumentException("`data` (a " + data.getClass().getName() + ") cannot be sent as JSON: "
                + reason + "; pass a Map, a record, or a class with public getters", e);
        }
    }
}
