package app.ductape.sessions;

import static app.ductape.sessions.SdkProxy.params;

import app.ductape.sessions.DuctapeRoutes.Route;
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
import app.ductape.sessions.transport.HttpApiCall;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Every call of the Ductape Sessions API, defined once: its operation and error codes, and either the
 * REST read it is ({@link DuctapeRoutes}) or the SDK proxy method it calls ({@link SdkProxy}), with how its
 * answer is read. The facades only choose how to run a definition (blocking, async, raw). Where each route
 * and method is confirmed: {@code docs/wire-contract.md}.
 */
final class SessionCalls {
    /** What a tracer records of a call ({@link HttpApiCall.Builder#attribute}): names, never a secret. */
    private static final String PRODUCT = "ductape.product";
    private static final String SESSION_TAG = "ductape.session_tag";
    private final DuctapeEnvelope<SessionUsersPage> usersPage = DuctapeEnvelope.of(SessionUsersPage.class);
    private final DuctapeEnvelope<SessionUserDetails> userDetails = DuctapeEnvelope.of(SessionUserDetails.class);
    private final DuctapeEnvelope<WorkspaceLogs> workspaceLogs = DuctapeEnvelope.of(WorkspaceLogs.class);
    private final DuctapeEnvelope<SessionActivityLogsPage> userLogs = DuctapeEnvelope.of(SessionActivityLogsPage.class);
    private final DuctapeEnvelope<SessionDashboard> dashboard = DuctapeEnvelope.of(SessionDashboard.class);
    private final DuctapeEnvelope<SessionUsersDashboard> usersDashboard =
        DuctapeEnvelope.of(SessionUsersDashboard.class);
    private final DuctapeEnvelope<SessionUserDashboard> userDashboard = DuctapeEnvelope.of(SessionUserDashboard.class);
    private final ProxyEnvelope<StartSessionResult> tokens = ProxyEnvelope.of(StartSessionResult.class);
    private final ProxyEnvelope<VerifySessionResult> verification = ProxyEnvelope.of(VerifySessionResult.class);
    private final ProxyEnvelope<JsonNode> anything = ProxyEnvelope.optional(JsonNode.class);
    private final ProxyEnvelope<ActiveSessionsPage> activePage = ProxyEnvelope.of(ActiveSessionsPage.class);
    private final ProxyEnvelope<SessionConfig> config = ProxyEnvelope.of(SessionConfig.class);
    private final ProxyEnvelope<List<SessionConfig>> configs = ProxyEnvelope.of(new TypeReference<>() {});
    private final ProxyEnvelope<SessionUsersPage> proxiedUsers = ProxyEnvelope.of(SessionUsersPage.class);
    private final ProxyEnvelope<SessionUserDetails> proxiedUser = ProxyEnvelope.of(SessionUserDetails.class);
    private final ClientScope scope;
    private final DuctapeRoutes routes;
    private final SdkProxy proxy;
    private final Revocations revocations;
    private final DuctapeAccess access;

    SessionCalls(ClientScope scope, DuctapeAccess access, Revocations revocations) {
        this.scope = scope;
        this.access = access;
        this.routes = new DuctapeRoutes(access);
        this.proxy = new SdkProxy(access);
        this.revocations = revocations;
    }

    // ---- analytics: REST reads -----------------------------------------------------------------

    HttpApiCall<SessionUsersPage> fetchUsers(FetchSessionUsersOptions options, RequestOptions requestOptions) {
        Checks.requireNonNull(options, "options");
        return routes.get("fetchUsers", SessionErrorCode.FETCH_USERS_FAILED, Route.USERS)
            .notFound(SessionErrorCode.SESSION_NOT_FOUND)
            .query("product_tag", scope.product(options.product()))
            .query("session_tag", options.session())
            .attribute(PRODUCT, scope.product(options.product())).attribute(SESSION_TAG, options.session())
            .query("env", scope.env(options.env()))
            .query("page", options.page())
            .query("limit", options.limit())
            .options(requestOptions).build(usersPage);
    }

    HttpApiCall<SessionUserDetails> fetchUserDetails(FetchSessionUserDetailsOptions options,
                                                     RequestOptions requestOptions) {
        Checks.requireNonNull(options, "options");
        return routes.getOne("fetchUserDetails", SessionErrorCode.FETCH_USER_DETAILS_FAILED, Route.USERS,
                options.identifier())
            .notFound(SessionErrorCode.USER_NOT_FOUND)
            .query("product_tag", scope.product(options.product()))
            .query("session_tag", options.session())
            .attribute(PRODUCT, scope.product(options.product())).attribute(SESSION_TAG, options.session())
            .query("env", scope.env(options.env()))
            .options(requestOptions).build(userDetails);
    }

    HttpApiCall<SessionUsersDashboard> fetchUsersDashboard(FetchSessionUsersDashboardOptions options,
                                                           RequestOptions requestOptions) {
        Checks.requireNonNull(options, "options");
        return routes.get("fetchUsersDashboard", SessionErrorCode.FETCH_USERS_DASHBOARD_FAILED, Route.USERS_DASHBOARD)
            .notFound(SessionErrorCode.SESSION_NOT_FOUND)
            .query("product_tag", scope.product(options.product()))
            .query("session_tag", options.session())
            .attribute(PRODUCT, scope.product(options.product())).attribute(SESSION_TAG, options.session())
            .query("env", scope.env(options.env()))
            .options(requestOptions).build(usersDashboard);
    }

    HttpApiCall<SessionDashboard> fetchDashboard(FetchSessionDashboardOptions options, RequestOptions requestOptions) {
        Checks.requireNonNull(options, "options");
        return routes.get("fetchDashboard", SessionErrorCode.FETCH_DASHBOARD_FAILED, Route.DASHBOARD)
            .notFound(SessionErrorCode.SESSION_NOT_FOUND)
            .query("product_tag", scope.product(options.product()))
            .query("session_tag", options.session())
            .attribute(PRODUCT, scope.product(options.product())).attribute(SESSION_TAG, options.session())
            .query("env", scope.env(options.env()))
            .query("groupBy", options.groupBy() == null ? null : options.groupBy().wireValue())
            .query("start_date", options.start())
            .query("end_date", options.end())
            .options(requestOptions).build(dashboard);
    }

    HttpApiCall<SessionActivityLogsPage> fetchActivityLogs(FetchSessionActivityLogsOptions options,
                                                           RequestOptions requestOptions) {
        Checks.requireNonNull(options, "options");
        String product = scope.product(options.product());
        return routes.get("fetchActivityLogs", SessionErrorCode.FETCH_ACTIVITY_LOGS_FAILED, Route.WORKSPACE_LOGS)
            .notFound(SessionErrorCode.SESSION_NOT_FOUND)
            .query("type", "session")
            .query("session_tag", product + ":" + options.session())
            .query("product_tag", product)
            .attribute(PRODUCT, product).attribute(SESSION_TAG, options.session())
            .query("env", scope.env(options.env()))
            .query("status", options.status() == null ? null : options.status().wireValue())
            .query("start_date", options.start())
            .query("end_date", options.end())
            .query("page", options.page())
            .query("limit", options.limit())
            .query("include_counts", true)
            .options(requestOptions).build(workspaceLogs)
            .map(WorkspaceLogs::toPage);
    }

    HttpApiCall<SessionActivityLogsPage> fetchUserLogs(FetchSessionUserLogsOptions options,
                                                       RequestOptions requestOptions) {
        Checks.requireNonNull(options, "options");
        return routes.get("fetchUserLogs", SessionErrorCode.FETCH_USER_LOGS_FAILED, Route.USER_LOGS)
            .notFound(SessionErrorCode.SESSION_NOT_FOUND)
            .query("product_tag", scope.product(options.product()))
            .query("session_tag", options.session())
            .attribute(PRODUCT, scope.product(options.product())).attribute(SESSION_TAG, options.session())
            .query("identifier", options.identifier())
            .query("env", scope.env(options.env()))
            .query("status", options.status() == null ? null : options.status().wireValue())
            .query("start_date", options.start())
            .query("end_date", options.end())
            .query("page", options.page())
            .query("limit", options.limit())
            .query("process_id", options.processId())
            .options(requestOptions).build(userLogs);
    }

    HttpApiCall<SessionUserDashboard> fetchUserDashboard(FetchSessionUserDashboardOptions options,
                                                         RequestOptions requestOptions) {
        Checks.requireNonNull(options, "options");
        return routes.get("fetchUserDashboard", SessionErrorCode.FETCH_USER_DASHBOARD_FAILED, Route.USER_DASHBOARD)
            .notFound(SessionErrorCode.SESSION_NOT_FOUND)
            .query("product_tag", scope.product(options.product()))
            .query("session_tag", options.session())
            .attribute(PRODUCT, scope.product(options.product())).attribute(SESSION_TAG, options.session())
            .query("identifier", options.identifier())
            .query("env", scope.env(options.env()))
            .query("groupBy", options.groupBy() == null ? null : options.groupBy().wireValue())
            .query("start_date", options.start())
            .query("end_date", options.end())
            .options(requestOptions).build(userDashboard);
    }

    // ---- the proxy: users of the Ductape class, lifecycle, configurations ------------------------

    HttpApiCall<SessionUsersPage> ductapeUsers(FetchSessionUsersOptions options, RequestOptions requestOptions) {
        Checks.requireNonNull(options, "options");
        return SdkProxy.answer(proxy.call("users", SessionErrorCode.FETCH_USERS_FAILED, "users",
                params("product", scope.product(options.product()), "session", options.session(), "env",
                    scope.env(options.env()), "page", options.page(), "limit", options.limit()))
            .notFound(SessionErrorCode.SESSION_NOT_FOUND)
            .attribute(PRODUCT, scope.product(options.product())).attribute(SESSION_TAG, options.session())
            .readOnly().options(requestOptions), proxiedUsers);
    }

    HttpApiCall<SessionUserDetails> ductapeUser(String ductapeUserId, RequestOptions requestOptions) {
        Checks.requireNonBlank(ductapeUserId, "ductapeUserId");
        return SdkProxy.answer(proxy.call("user", SessionErrorCode.FETCH_USER_DETAILS_FAILED, "user", ductapeUserId)
            .readOnly().notFound(SessionErrorCode.USER_NOT_FOUND).options(requestOptions), proxiedUser);
    }

    HttpApiCall<StartSessionResult> start(StartSessionOptions options, RequestOptions requestOptions) {
        Checks.requireNonNull(options, "options");
        JsonNode data = SessionData.toJson(options.data());
        Long expiresIn = options.expiresIn() == null ? null : options.expiresIn().getSeconds();
        return SdkProxy.answer(proxy.call("start", SessionErrorCode.CREATE_FAILED, "start",
                params("product", scope.product(options.product()), "env", scope.requiredEnv(options.env()), "tag",
                    options.tag(), "data", data, "expiresIn", expiresIn, "cache", options.cache()))
            .notFound(SessionErrorCode.SESSION_NOT_FOUND)
            .attribute(PRODUCT, scope.product(options.product())).attribute(SESSION_TAG, options.tag())
            .options(notRetriedUnlessAsked(requestOptions)), tokens);
    }

    HttpApiCall<VerifySessionResult> verify(VerifySessionOptions options, RequestOptions requestOptions) {
        Checks.requireNonNull(options, "options");
        return SdkProxy.answer(proxy.call("verify", SessionErrorCode.VERIFY_FAILED, "verify",
                params("product", scope.product(options.product()), "env", scope.requiredEnv(options.env()), "tag",
                    options.tag(), "token", options.token()))
            .notFound(SessionErrorCode.SESSION_NOT_FOUND)
            .attribute(PRODUCT, scope.product(options.product())).attribute(SESSION_TAG, options.tag())
            .readOnly().secret(options.token()).options(requestOptions), verification);
    }

    HttpApiCall<StartSessionResult> refresh(RefreshSessionOptions options, RequestOptions requestOptions) {
        Checks.requireNonNull(options, "options");
        return SdkProxy.answer(proxy.call("refresh", SessionErrorCode.REFRESH_FAILED, "refresh",
                params("product", scope.product(options.product()), "env", scope.requiredEnv(options.env()), "tag",
                    options.tag(), "refreshToken", options.refreshToken()))
            .notFound(SessionErrorCode.SESSION_NOT_FOUND)
            .attribute(PRODUCT, scope.product(options.product())).attribute(SESSION_TAG, options.tag())
            .secret(options.refreshToken()).options(notRetriedUnlessAsked(requestOptions)), tokens);
    }

    HttpApiCall<RevokeSessionResult> revoke(RevokeSessionOptions options, RequestOptions requestOptions) {
        Checks.requireNonNull(options, "options");
        String product = scope.product(options.product());
        String env = scope.requiredEnv(options.env());
        return SdkProxy.answer(proxy.call("revoke", SessionErrorCode.SESSION_REVOKE_FAILED, "revoke",
                params("product", product, "env", env, "tag", options.tag(), "sessionId", options.sessionId(),
                    "identifier", options.identifier()))
            .notFound(SessionErrorCode.SESSION_NOT_FOUND)
            .attribute(PRODUCT, product).attribute(SESSION_TAG, options.tag())
            .options(requestOptions), anything)
            .map(revocations.onRevoked(product, env, options.tag(), Optional.ofNullable(options.sessionId()),
                Optional.ofNullable(options.identifier()), Optional.empty()));
    }

    HttpApiCall<RevokeSessionResult> revokeAll(RevokeAllSessionsOptions options, RequestOptions requestOptions) {
        Checks.requireNonNull(options, "options");
        String product = scope.product(options.product());
        String env = scope.requiredEnv(options.env());
        return SdkProxy.answer(proxy.call("revokeAll", SessionErrorCode.SESSION_REVOKE_FAILED, "revokeAll",
                params("product", product, "env", env, "tag", options.tag(), "identifier", options.identifier(),
                    "excludeCurrentSession", options.excludeCurrentSession()))
            .notFound(SessionErrorCode.SESSION_NOT_FOUND)
            .attribute(PRODUCT, product).attribute(SESSION_TAG, options.tag())
            .options(requestOptions), anything)
            .map(revocations.onRevoked(product, env, options.tag(), Optional.empty(),
                Optional.of(options.identifier()), Optional.ofNullable(options.excludeCurrentSession())));
    }

    HttpApiCall<ActiveSessionsPage> listActive(ListActiveSessionsOptions options, RequestOptions requestOptions) {
        Checks.requireNonNull(options, "options");
        return SdkProxy.answer(proxy.call("listActive", SessionErrorCode.LIST_ACTIVE_SESSIONS_FAILED, "listActive",
                params("product", scope.product(options.product()), "env", scope.requiredEnv(options.env()), "tag",
                    options.tag(), "identifier", options.identifier(), "page", options.page(), "limit",
                    options.limit()))
            .notFound(SessionErrorCode.SESSION_NOT_FOUND)
            .attribute(PRODUCT, scope.product(options.product())).attribute(SESSION_TAG, options.tag())
            .readOnly().options(requestOptions), activePage)
            .map(page -> ProxyAnswers.placed(page, options.page(), options.limit()));
    }

    HttpApiCall<SessionConfig> create(String product, SessionConfig config, RequestOptions requestOptions) {
        Checks.requireNonNull(config, "config");
        return SdkProxy.answer(proxy.call("create", SessionErrorCode.CREATE_CONFIG_FAILED, "create",
                Checks.requireNonBlank(product, "product"), params("tag", config.tag(), "name", config.name(),
                    "description", config.description(), "expiry", config.expiry(), "period", config.periodValue(),
                    "selector", config.selector(), "schema", config.schema()))
            .attribute(PRODUCT, product).attribute(SESSION_TAG, config.tag())
            .options(notRetriedUnlessAsked(requestOptions)), this.config);
    }

    HttpApiCall<List<SessionConfig>> list(String product, RequestOptions requestOptions) {
        return SdkProxy.answer(proxy.call("list", SessionErrorCode.LIST_CONFIGS_FAILED, "list",
                Checks.requireNonBlank(product, "product"))
            .attribute(PRODUCT, product).readOnly().options(requestOptions), configs)
            .map(all -> all.stream().filter(Objects::nonNull).toList());
    }

    HttpApiCall<SessionConfig> fetch(String product, String tag, RequestOptions requestOptions) {
        return SdkProxy.answer(proxy.call("fetch", SessionErrorCode.FETCH_CONFIG_FAILED, "fetch",
                Checks.requireNonBlank(product, "product"), Checks.requireNonBlank(tag, "tag"))
            .readOnly().notFound(SessionErrorCode.SESSION_NOT_FOUND)
            .attribute(PRODUCT, product).attribute(SESSION_TAG, tag).options(requestOptions), config);
    }

    HttpApiCall<SessionConfig> update(String product, String tag, SessionConfigUpdate update,
                                      RequestOptions requestOptions) {
        Checks.requireNonNull(update, "update");
        return SdkProxy.answer(proxy.call("update", SessionErrorCode.UPDATE_CONFIG_FAILED, "update",
                Checks.requireNonBlank(product, "product"), Checks.requireNonBlank(tag, "tag"), update.fields())
            .notFound(SessionErrorCode.SESSION_NOT_FOUND)
            .attribute(PRODUCT, product).attribute(SESSION_TAG, tag).options(requestOptions), config);
    }

    HttpApiCall<Void> delete(String product, String tag, RequestOptions requestOptions) {
        return SdkProxy.answer(proxy.call("delete", SessionErrorCode.DELETE_CONFIG_FAILED, "delete",
                Checks.requireNonBlank(product, "product"), Checks.requireNonBlank(tag, "tag"))
            .notFound(SessionErrorCode.SESSION_NOT_FOUND)
            .attribute(PRODUCT, product).attribute(SESSION_TAG, tag).options(requestOptions), anything)
            .map(ignored -> null);
    }

    /**
     * Start, refresh and create are not idempotent, and Ductape publishes no idempotency keys for its
     * proxy: a retried attempt whose first reached the server would start a second session, or spend the
     * refresh token. They are retried only when the call's options ask.
     */
    private static RequestOptions notRetriedUnlessAsked(RequestOptions requestOptions) {
        Checks.requireNonNull(requestOptions, "requestOptions");
        return requestOptions.maxRetries() != null ? requestOptions : requestOptions.toBuilder().maxRetries(0).build();
    }

    // ---- listings --------------------------------------------------------------------------------

    PagedCall<SessionActivityLog> activityLogs(FetchSessionActivityLogsOptions options, RequestOptions requestOptions) {
        fetchActivityLogs(options, requestOptions);
        return PagedCall.numbered(options.page(),
            page -> fetchActivityLogs(options.toBuilder().page(page).build(), requestOptions),
            page -> new PagedCall.Numbered<>(page.logs(), page.page(), page.limit(), page.totalPages()));
    }

    PagedCall<SessionActivityLog> userLogs(FetchSessionUserLogsOptions options, RequestOptions requestOptions) {
        fetchUserLogs(options, requestOptions);
        return PagedCall.numbered(options.page(),
            page -> fetchUserLogs(options.toBuilder().page(page).build(), requestOptions),
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

    ClientDefaults defaults() {
        return scope.defaults();
    }

    @Override
    public String toString() {
        return access + ", " + scope;
    }
}
