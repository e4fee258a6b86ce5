package app.ductape.sessions.report;

import app.ductape.sessions.SessionsService;
import app.ductape.sessions.connectors.ActivityOutcome;
import app.ductape.sessions.connectors.ActivityQuery;
import app.ductape.sessions.connectors.ActivityRecord;
import app.ductape.sessions.connectors.ductape.DuctapeActivitySource;
import app.ductape.sessions.model.GroupBy;
import app.ductape.sessions.model.OperationsOverTime;
import app.ductape.sessions.model.SessionDashboard;
import app.ductape.sessions.model.SessionsOverTime;
import app.ductape.sessions.options.FetchSessionDashboardOptions;
import app.ductape.sessions.options.FetchSessionUsersOptions;
import app.ductape.sessions.testkit.DuctapeEmulator;
import app.ductape.sessions.testkit.EmulatorSeed;
import app.ductape.sessions.testkit.MutableClock;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

/** The reports the tests look at: the demo data's, and a dense one of 90 days of hourly buckets. */
final class DemoReports {
    static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");
    static final String SCRIPT = "<script>document.title='pwned'</script> & \"quotes\"";

    private DemoReports() {}

    /** A demo report and the dashboard it was built from. */
    record Demo(DashboardReport report, SessionDashboard dashboard) {}

    /** The demo emulator's last 14 days by day, its users and activity, plus one record whose message is a script. */
    static DashboardReport demo() {
        return demoWithItsDashboard().report();
    }

    /** As {@link #demo()}, with the dashboard it shows. */
    static Demo demoWithItsDashboard() {
        try (DuctapeEmulator emulator = DuctapeEmulator.builder().clock(MutableClock.at(NOW)).seed(EmulatorSeed.demo())
                 .start();
             SessionsService sessions = emulator.newSessionsService()) {
            LocalDate today = LocalDate.ofInstant(NOW, ZoneOffset.UTC);
            SessionDashboard dashboard = sessions.fetchDashboard(FetchSessionDashboardOptions.builder()
                .session("user-session").groupBy(GroupBy.DAY).start(today.minusDays(13)).end(today).build());
            return new Demo(DashboardReport.builder().title("User sessions, last 14 days")
                .subtitle("user-session, production, " + today.minusDays(13) + " to " + today)
                .clock(Clock.fixed(NOW, ZoneOffset.UTC)).dashboard(dashboard)
                .users(sessions.fetchUsers(FetchSessionUsersOptions.builder().session("user-session").page(1).limit(10)
                    .build()).users())
                .activity(new DuctapeActivitySource(sessions, "my-product", "user-session").records(ActivityQuery.all()))
                .activity(Stream.of(new ActivityRecord("saymon", "x1", "s-1", "mallory", "session",
                    ActivityOutcome.FAILURE, NOW, SCRIPT, Map.of())))
                .build(), dashboard);
        }
    }

    /** 90 days of hourly buckets, every one busy, and a dashboard to match. */
    static SessionDashboard ninetyDaysHourly() {
        return busy(GroupBy.HOUR, NOW.truncatedTo(ChronoUnit.HOURS).minus(90, ChronoUnit.DAYS), 90 * 24);
    }

    /** {@code count} busy periods of {@code grouping} from the one holding {@code from}, and a dashboard to match. */
    static SessionDashboard busy(GroupBy grouping, Instant from, int count) {
        Random random = new Random(count);
        List<OperationsOverTime> operations = new ArrayList<>();
        List<SessionsOverTime> sessions = new ArrayList<>();
        Instant start = grouping.periodStart(from);
        for (int bucket = 0; bucket < count; bucket++, start = grouping.nextPeriodStart(start)) {
            String period = grouping.label(start);
            operations.add(new OperationsOverTime(period, 100 + random.nextInt(900), 1000 + random.nextInt(9000),
                50 + random.nextInt(500), 10 + random.nextInt(90)));
            sessions.add(new SessionsOverTime(period, 100 + random.nextInt(900), 90 + random.nextInt(900)));
        }
        return new SessionDashboard(120_000, 9_000, 1_200_000, 40_000, 1_100_000, 99.2, 0.8, 41.5, sessions, operations,
            List.of());
    }
}
