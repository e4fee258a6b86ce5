package app.ductape.sessions;

import app.ductape.sessions.transport.HttpApiCall;
import java.util.Arrays;

/**
 * The REST reads of session analytics, as Ductape's workbench calls them: every route ends with the
 * workspace id, and every query starts with the credentials (see {@link DuctapeAccess}).
 */
final class DuctapeRoutes {

    /** A route, as its path segments before the workspace id. */
    enum Route {
        /** The users of a session: {@code sessionUsersService.ts} {@code fetchSessionUsers}. */
        USERS("integrations", "v1", "session", "users"),
        /** The users dashboard: {@code sessionUsersService.ts} {@code fetchSessionDashboard}. */
        USERS_DASHBOARD("integrations", "v1", "session", "dashboard"),
        /** The session dashboard: {@code logsServices.ts} {@code fetchSessionDashboard}. */
        DASHBOARD("log", "v1", "session", "dashboard"),
        /** The workspace's logs: {@code logsServices.ts} {@code fetchWorkspaceLogs}. */
        WORKSPACE_LOGS("log", "v1", "workspace-logs"),
        /** One user's logs: {@code logsServices.ts} {@code fetchSessionUserLogs}. */
        USER_LOGS("log", "v1", "session", "user-logs"),
        /** One user's dashboard: {@code logsServices.ts} {@code fetchSessionUserDashboard}. */
        USER_DASHBOARD("log", "v1", "session", "user-dashboard");

        private final String[] segments;

        Route(String... segments) {
            this.segments = segments;
        }
    }

    private final DuctapeAccess access;

    DuctapeRoutes(DuctapeAccess access) {
        this.access = access;
    }

    /** A GET of {@code route} for this workspace, its query starting with the credentials. */
    HttpApiCall.Builder get(String operation, ErrorCode failure, Route route) {
        return access.withCredentialQuery(HttpApiCall.get(operation, failure, path(route))
            .template(template(route)));
    }

    /** A GET of one item of {@code route} ({@code .../{workspace_id}/{identifier}}). */
    HttpApiCall.Builder getOne(String operation, ErrorCode failure, Route route, String identifier) {
        String[] path = path(route);
        String[] withItem = Arrays.copyOf(path, path.length + 1);
        withItem[path.length] = identifier;
        return access.withCredentialQuery(HttpApiCall.get(operation, failure, withItem)
            .template(template(route) + "/{identifier}"));
    }

    private String[] path(Route route) {
        String[] path = Arrays.copyOf(route.segments, route.segments.length + 1);
        path[route.segments.length] = access.workspaceId();
        return path;
    }

    private static String template(Route route) {
        return "/" + String.join("/", route.segments) + "/{workspace_id}";
    }
}
