package app.ductape.sessions.testkit;

import app.ductape.sessions.model.GroupBy;
import app.ductape.sessions.testkit.Records.Log;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * One user's dashboard ({@code /log/v1/session/user-dashboard}): their operations in range per period, the
 * periods' average latency and outcomes, and their operations per hour of the day.
 */
record UserDashboard(long totalLogs, double successRate, Periods periods, long[] operations, long[] latencySum,
                     long[] successful, long[] byHourOfDay) {

    static UserDashboard compute(Scope scope, String env, String identifier, GroupBy groupBy, TimeRange range,
                                 Instant now) {
        LogIndex logs = scope == null ? new LogIndex() : scope.logs(env, null);
        long nowMillis = now.toEpochMilli();
        long fromMillis = range.hasStart() ? range.fromMillis() : nowMillis - 7L * 24 * 3600 * 1000;
        long untilMillis = range.hasEnd() ? range.untilMillis() : nowMillis + 1;
        Periods periods = Periods.of(groupBy == null ? GroupBy.DAY : groupBy, fromMillis, untilMillis);
        long[] operations = new long[periods.size()];
        long[] latency = new long[periods.size()];
        long[] successful = new long[periods.size()];
        long[] byHour = new long[24];
        long total = 0;
        long successes = 0;
        for (int i = logs.firstAtOrAfter(fromMillis), n = logs.firstAtOrAfter(untilMillis); i < n; i++) {
            Log log = logs.get(i);
            if (!identifier.equals(log.identifier())) {
                continue;
            }
            int period = periods.indexOf(log.timestampMillis());
            operations[period]++;
            latency[period] += log.endMillis() - log.startMillis();
            successful[period] += log.success() ? 1 : 0;
            byHour[Instant.ofEpochMilli(log.timestampMillis()).atZone(ZoneOffset.UTC).getHour()]++;
            total++;
            successes += log.success() ? 1 : 0;
        }
        return new UserDashboard(total, Dashboard.percent(successes, total), periods, operations, latency, successful,
            byHour);
    }
}
