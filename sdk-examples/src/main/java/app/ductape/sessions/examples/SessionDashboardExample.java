package app.ductape.sessions.examples;

import app.ductape.sessions.SessionsService;
import app.ductape.sessions.connectors.ActivityQuery;
import app.ductape.sessions.connectors.ductape.DuctapeActivitySource;
import app.ductape.sessions.model.GroupBy;
import app.ductape.sessions.model.LogStatus;
import app.ductape.sessions.model.OperationsOverTime;
import app.ductape.sessions.model.SessionActivityLog;
import app.ductape.sessions.model.SessionDashboard;
import app.ductape.sessions.model.SessionUser;
import app.ductape.sessions.model.SessionUsersDashboard;
import app.ductape.sessions.options.FetchSessionActivityLogsOptions;
import app.ductape.sessions.options.FetchSessionDashboardOptions;
import app.ductape.sessions.options.FetchSessionUsersDashboardOptions;
import app.ductape.sessions.options.FetchSessionUsersOptions;
import app.ductape.sessions.report.DashboardReport;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The seed's "complete example" in Java: dashboard metrics, the 10 most recent users, the 10 most
 * recent operations, and operations over the last 14 days as a table with a text bar chart. With
 * {@code --html report.html} it also writes the same as a {@link DashboardReport} (charts, tables, the
 * slowest and failed operations) and prints the file's path.
 */
public final class SessionDashboardExample {
    private static final String PRODUCT = "my-product";
    private static final String SESSION = "user-session";
    private static final String ENV = "production";

    private SessionDashboardExample() {}

    public static void main(String[] args) {
        Path html = html(args);
        ExampleConnection.runMain((sessions, out) -> run(sessions, out, html));
    }

    /** The file of {@code --html FILE}, or {@code null}. */
    static Path html(String[] args) {
        List<String> given = List.of(args).stream().filter(arg -> !arg.isBlank()).toList();
        if (given.isEmpty()) {
            return null;
        }
        if (given.size() != 2 || !given.get(0).equals("--html")) {
            throw new IllegalArgumentException("usage: [--html report.html], but was " + given);
        }
        return Path.of(given.get(1));
    }

    static void run(SessionsService sessions, PrintStream out) {
        run(sessions, out, null);
    }

    static void run(SessionsService sessions, PrintStream out, Path html) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        SessionDashboard dashboard = sessions.fetchDashboard(FetchSessionDashboardOptions.builder()
            .product(PRODUCT).session(SESSION).env(ENV).groupBy(GroupBy.DAY)
            .start(today.minusDays(13)).end(today).build());

        SessionUsersDashboard users = sessions.fetchUsersDashboard(FetchSessionUsersDashboardOptions.builder()
            .product(PRODUCT).session(SESSION).env(ENV).build());

        out.printf("=== Session Dashboard (%s, %s, %s to %s) ===%n", SESSION, ENV, today.minusDays(13), today);
        out.printf("Users:      %d in total; %d seen in the last 24 hours; %d without a live session now%n",
            dashboard.totalUsers(), dashboard.activeUsers(), users.inactiveUsers());
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
        if (html != null) {
            Path written = DashboardReport.builder().title("User sessions, last 14 days")
                .subtitle(SESSION + ", " + ENV + ", " + today.minusDays(13) + " to " + today)
                .dashboard(dashboard)
                .users(sessions.fetchUsers(FetchSessionUsersOptions.builder().product(PRODUCT).session(SESSION).env(ENV)
                    .page(1).limit(10).build()).users())
                .activity(new DuctapeActivitySource(sessions, PRODUCT, SESSION).records(ActivityQuery.builder()
                    .from(today.minusDays(13).atStartOfDay(ZoneOffset.UTC).toInstant()).pageSize(1000).build()))
                .build().writeTo(html);
            out.println();
            out.println("Report written to " + written.toAbsolutePath());
        }
    }
}
