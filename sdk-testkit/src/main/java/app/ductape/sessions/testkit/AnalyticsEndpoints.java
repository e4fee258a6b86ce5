package app.ductape.sessions.testkit;

import app.ductape.sessions.model.GroupBy;
import app.ductape.sessions.model.LogStatus;
import app.ductape.sessions.testkit.Records.User;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

/** The read endpoints of session analytics: users, one user, activity logs, dashboard, session users by id. */
final class AnalyticsEndpoints {
    private static final String SESSION = "v1/products/{product}/sessions/{tag}/";

    private AnalyticsEndpoints() {}

    static void register(Routes routes, Queries queries, Clock clock) {
        routes.add("GET", SESSION + "users", (request, path) -> {
            Map<String, String> q = request.query();
            Queries.Page<User> page = queries.users(path.get("product"), path.get("tag"), q.get("env"),
                RequestParams.page(q), RequestParams.limit(q));
            return WireWriter.ok(g -> WireWriter.users(g, page));
        }).add("GET", SESSION + "users/{identifier}", (request, path) -> {
            User user = queries.userDetails(path.get("product"), path.get("tag"), request.query().get("env"),
                path.get("identifier"));
            return WireWriter.ok(g -> WireWriter.userDetails(g, user, now(clock)));
        }).add("GET", "v1/session-users/{id}", (request, path) -> {
            User user = queries.userByDuctapeId(path.get("id"));
            return WireWriter.ok(g -> WireWriter.userDetails(g, user, now(clock)));
        }).add("GET", SESSION + "activity", (request, path) -> {
            Map<String, String> q = request.query();
            String status = q.get("status") == null ? null : LogStatus.from(q.get("status")).wireValue();
            int page = RequestParams.page(q);
            int limit = RequestParams.limit(q);
            Queries.LogPage logs = queries.logs(path.get("product"), path.get("tag"), q.get("env"), status,
                RequestParams.range(q), page, limit);
            return WireWriter.ok(g -> WireWriter.logs(g, path.get("product"), path.get("tag"), logs, page, limit));
        }).add("GET", SESSION + "dashboard", (request, path) -> {
            Map<String, String> q = request.query();
            GroupBy groupBy = q.get("groupBy") == null ? GroupBy.DAY : GroupBy.from(q.get("groupBy"));
            Dashboard dashboard = queries.dashboard(path.get("product"), path.get("tag"), q.get("env"), groupBy,
                RequestParams.range(q), now(clock));
            return WireWriter.ok(g -> WireWriter.dashboard(g, dashboard));
        });
    }

    private static Instant now(Clock clock) {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
