package app.ductape.sessions;

import app.ductape.sessions.options.FetchSessionActivityLogsOptions;
import app.ductape.sessions.options.FetchSessionDashboardOptions;
import app.ductape.sessions.options.FetchSessionUserDetailsOptions;
import app.ductape.sessions.options.FetchSessionUsersOptions;
import java.util.function.Function;

/** Each analytics call with valid options and the code its failures carry; for parameterised tests. */
enum AnalyticsCall {
    FETCH_USERS(SessionErrorCode.FETCH_USERS_FAILED, s -> s.fetchUsers(FetchSessionUsersOptions.builder()
        .product("my-product").session("user-session").build())),
    FETCH_USER_DETAILS(SessionErrorCode.FETCH_USER_DETAILS_FAILED, s -> s.fetchUserDetails(
        FetchSessionUserDetailsOptions.builder().product("my-product").session("user-session")
            .identifier("user@example.com").build())),
    FETCH_ACTIVITY_LOGS(SessionErrorCode.FETCH_ACTIVITY_LOGS_FAILED, s -> s.fetchActivityLogs(
        FetchSessionActivityLogsOptions.builder().product("my-product").session("user-session").build())),
    FETCH_DASHBOARD(SessionErrorCode.FETCH_DASHBOARD_FAILED, s -> s.fetchDashboard(
        FetchSessionDashboardOptions.builder().product("my-product").session("user-session").build())),
    USER_BY_ID(SessionErrorCode.FETCH_USER_DETAILS_FAILED, s -> new ProductSessions(s).user("du_1"));

    final SessionErrorCode failure;
    final Function<SessionsService, Object> call;

    AnalyticsCall(SessionErrorCode failure, Function<SessionsService, Object> call) {
        this.failure = failure;
        this.call = call;
    }

    Object invoke(SessionsService sessions) {
        return call.apply(sessions);
    }
}
