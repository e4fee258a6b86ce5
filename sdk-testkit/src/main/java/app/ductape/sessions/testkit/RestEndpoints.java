package app.ductape.sessions.testkit;

import app.ductape.sessions.model.GroupBy;
import app.ductape.sessions.model.LogStatus;
import app.ductape.sessions.testkit.Records.User;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/**
 * The REST reads of session analytics, as Ductape's workbench calls them: a GET of the route with the
 * workspace id last, the credentials and filters in the query, each checked before anything is read.
 */
final class RestEndpoints {
    private final Queries queries;
    private final Clock clock;
    private final EmulatorCredentials credentials;

    private RestEndpoints(Queries queries, Clock clock, EmulatorCredentials credentials) {
        this.queries = queries;
        this.clock = clock;
        this.credentials = credentials;
    }

    static void register(Routes routes, Queries queries, Clock clock, EmulatorCredentials credentials) {
        RestEndpoints rest = new RestEndpoints(queries, clock, credentials);
        routes.add("GET", "integrations/v1/session/users/{workspace}", rest.read(rest::users))
            .add("GET", "integrations/v1/session/users/{workspace}/{identifier}", rest.read(rest::userDetails))
            .add("GET", "integrations/v1/session/dashboard/{workspace}", rest.read(rest::usersDashboard))
            .add("GET", "log/v1/session/dashboard/{workspace}", rest.read(rest::dashboard))
            .add("GET", "log/v1/workspace-logs/{workspace}", rest.read(rest::workspaceLogs))
            .add("GET", "log/v1/session/user-logs/{workspace}", rest.read(rest::userLogs))
            .add("GET", "log/v1/session/user-dashboard/{workspace}", rest.read(rest::userDashboard));
    }

    /** A read whose credentials are checked first. */
    private Routes.Handler read(Routes.Handler handler) {
        return (request, path) -> {
            credentials.checkRead(request, path.get("workspace"));
            return handler.handle(request, path);
        };
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private EmulatorResponse users(EmulatorRequest request, Map<String, String> path) {
        Map<String, String> q = request.query();
        Queries.Page<User> page = queries.users(product(q), session(q), q.get("env"), RequestParams.page(q),
            RequestParams.limit(q));
        return WireWriter.ok(g -> EntityWriter.users(g, page));
    }

    private EmulatorResponse userDetails(EmulatorRequest request, Map<String, String> path) {
        Map<String, String> q = request.query();
        User user = queries.userDetails(product(q), session(q), q.get("env"), path.get("identifier"));
        Instant now = now();
        return WireWriter.ok(g -> EntityWriter.userDetails(g, user, now));
    }

    private EmulatorResponse usersDashboard(EmulatorRequest request, Map<String, String> path) {
        Map<String, String> q = request.query();
        UsersDashboard dashboard = queries.usersDashboard(product(q), session(q), q.get("env"), now());
        return WireWriter.ok(g -> ActivityWriter.usersDashboard(g, dashboard));
    }

    private EmulatorResponse dashboard(EmulatorRequest request, Map<String, String> path) {
        Map<String, String> q = request.query();
        Dashboard dashboard = queries.dashboard(product(q), session(q), q.get("env"), groupBy(q), RequestParams.range(q),
            now());
        return WireWriter.ok(g -> ActivityWriter.dashboard(g, dashboard));
    }

    /** The workspace's logs; the emulator holds session logs only, so another {@code type} finds none. */
    private EmulatorResponse workspaceLogs(EmulatorRequest request, Map<String, String> path) {
        Map<String, String> q = request.query();
        String product = product(q);
        String combined = RequestParams.required(q, "session_tag");
        String session = combined.startsWith(product + ":") ? combined.substring(product.length() + 1) : combined;
        int page = RequestParams.page(q);
        int limit = RequestParams.limit(q);
        Queries.LogPage logs = q.get("type") == null || q.get("type").equals("session")
            ? queries.logs(product, session, q.get("env"), status(q), RequestParams.range(q), page, limit)
            : new Queries.LogPage(List.of(), 0);
        return WireWriter.ok(g -> ActivityWriter.workspaceLogs(g, product, session, logs, page, limit));
    }

    private EmulatorResponse userLogs(EmulatorRequest request, Map<String, String> path) {
        Map<String, String> q = request.query();
        String product = product(q);
        String session = session(q);
        int page = RequestParams.page(q);
        int limit = RequestParams.limit(q);
        Queries.LogPage logs = queries.userLogs(product, session, RequestParams.required(q, "identifier"), q.get("env"),
            status(q), RequestParams.range(q), q.get("process_id"), page, limit);
        return WireWriter.ok(g -> ActivityWriter.userLogs(g, product, session, logs, page, limit));
    }

    private EmulatorResponse userDashboard(EmulatorRequest request, Map<String, String> path) {
        Map<String, String> q = request.query();
        UserDashboard dashboard = queries.userDashboard(product(q), session(q), q.get("env"),
            RequestParams.required(q, "identifier"), groupBy(q), RequestParams.range(q), now());
        return WireWriter.ok(g -> ActivityWriter.userDashboard(g, dashboard));
    }

    private static String product(Map<String, String> query) {
        return RequestParams.required(query, "product_tag");
    }

    private static String session(Map<String, String> query) {
        return RequestParams.required(query, "session_tag");
    }

    private static GroupBy groupBy(Map<String, String> query) {
        return query.get("groupBy") == null ? GroupBy.DAY : GroupBy.from(query.get("groupBy"));
    }

    private static String status(Map<String, String> query) {
        return query.get("status") == null ? null : LogStatus.from(query.get("status")).wireValue();
    }
}
