package app.ductape.sessions.examples;

import app.ductape.sessions.SessionsService;
import app.ductape.sessions.model.GroupBy;
import app.ductape.sessions.model.LogStatus;
import app.ductape.sessions.model.OperationsOverTime;
import app.ductape.sessions.model.SessionActivityLog;
import app.ductape.sessions.model.SessionDashboard;
import app.ductape.sessions.model.SessionUser;
import app.ductape.sessions.options.FetchSessionActivityLogsOptions;
import app.ductape.sessions.options.FetchSessionDashboardOptions;
import app.ductape.sessions.options.FetchSessionUsersOptions;
import java.io.PrintStream;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The seed's "complete example" in Java: dashboard metrics, the 10 most recent users, the 10 most
 * recent operations, and operations over the last 14 days as a table with a text bar chart.
 */
public final class SessionDashboardExample {
    private static final String PRODUCT = "my-product";
    private static final String SESSION = "user-session";
    private static final String ENV = "production";

    private SessionDashboardExample() {}

    public static void main(String[] args) {
        ExampleConnection.runMain(SessionDashboardExample::run);
    }

    static void run(SessionsService sessions, PrintStream out) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        SessionDashboard dashboard = sessions.fetchDashboard(FetchSessionDashboardOptions.builder()
            .product(PRODUCT).session(SESSION).env(ENV).groupBy(GroupBy.DAY)
            .start(today.minusDays(13)).end(today).build());

        out.printf("=== Session Dashboard (%s, %s, %s to %s) ===%n", SESSION, ENV, today.minusDays(13), today);
        out.printf("Users:      %d in total; %d seen in the last 24 hours; %d without a live session now%n",
            dashboard.totalUsers(), dashboard.activeUsers(), dashboard.inactiveUsers().orElse(0));
        out.printf("Sessions:   %d started in these 14 days; %d of them still live, %d expired%n",
            dashboard.totalSessions(), dashboard.activeSessions(), dashboard.expiredSessions());
        out.printf("Operations: %.2f%% succeeded, %.2f%% failed; %.1f ms average time per operation%n",
            dashboard.successRate(), dashboard.errorRate(), dashboard.averageSessionDuration());

        out.println();
        out.println("=== Recent Users ===");
        for (SessionUser user : sessions.fetchUsers(FetchSessionUsersOptions.builder()
            .product(PRODUCT).session(SESSION).env(ENV).page(1).limit(10).build()).users()) {
            out.println(user.identifier() + " - Last seen: " + user.lastSeen());
        }

        out.println();
        out.println("=== Recent Activity ===");
        for (SessionActivityLog log : sessions.fetchActivityLogs(FetchSessionActivityLogsOptions.builder()
            .product(PRODUCT).session(SESSION).env(ENV).page(1).limit(10).build()).logs()) {
            String mark = log.status() == LogStatus.SUCCESS ? "✓" : "✗";
            out.println(mark + " " + log.parentTag() + " - " + log.message());
        }

        out.println();
        out.println("=== Operations over time (last 14 days) ===");
        out.printf("%-10s %6s %6s %7s %6s %6s%n", "period", "create", "verify", "refresh", "revoke", "total");
        long busiest = dashboard.operationsOverTime().stream().mapToLong(OperationsOverTime::total).max().orElse(0);
        for (OperationsOverTime bucket : dashboard.operationsOverTime()) {
            int width = busiest == 0 ? 0 : (int) Math.round(30.0 * bucket.total() / busiest);
            out.printf("%-10s %6d %6d %7d %6d %6d %s%n", bucket.period(), bucket.create(), bucket.verify(),
                bucket.refresh(), bucket.revoke(), bucket.total(), "█".repeat(width));
        }
    }
}
