package app.ductape.sessions.testkit;

import app.ductape.sessions.model.GroupBy;
import app.ductape.sessions.testkit.Records.Log;
import app.ductape.sessions.testkit.Records.Session;
import app.ductape.sessions.testkit.Records.User;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * The session dashboard of one scope ({@code /log/v1/session/dashboard}), computed in one pass over the
 * logs in range (sorted, so periods are filled by walking forward) and one pass over sessions and users.
 */
record Dashboard(long totalUsers, long activeUsers, long totalSessions, long activeSessions, long expiredSessions,
                 double successRate, double errorRate, double averageSessionDuration, Periods periods,
                 long[] created, long[] expired, long[][] operations, long[] byHourOfDay) {

    static Dashboard compute(Scope scope, String env, GroupBy groupBy, TimeRange range, Instant now) {
        GroupBy grouping = groupBy == null ? GroupBy.DAY : groupBy;
        LogIndex logs = scope == null ? new LogIndex() : scope.logs(env, null);
        long nowMillis = now.toEpochMilli();
        long fromMillis = range.hasStart() ? range.fromMillis()
            : logs.size() > 0 ? Math.min(logs.get(0).timestampMillis(), nowMillis) : nowMillis;
        long untilMillis = range.hasEnd() ? range.untilMillis()
            : Math.max(nowMillis, logs.size() > 0 ? logs.get(logs.size() - 1).timestampMillis() : nowMillis) + 1;
        Periods periods = Periods.of(grouping, fromMillis, untilMillis);
        long[][] operations = new long[4][periods.size()];
        long[] created = new long[periods.size()];
        long[] expired = new long[periods.size()];
        long[] byHour = new long[24];

        long total = 0;
        long successes = 0;
        long durationSum = 0;
        int period = 0;
        for (int i = logs.firstAtOrAfter(fromMillis), n = logs.firstAtOrAfter(untilMillis); i < n; i++) {
            Log log = logs.get(i);
            while (period + 1 < periods.size() && periods.starts()[period + 1] <= log.timestampMillis()) {
                period++;
            }
            operations[log.operation().ordinal()][period]++;
            byHour[Instant.ofEpochMilli(log.timestampMillis()).atZone(ZoneOffset.UTC).getHour()]++;
            total++;
            successes += log.success() ? 1 : 0;
            durationSum += log.endMillis() - log.startMillis();
        }

        long totalSessions = 0;
        long activeSessions = 0;
        long expiredSessions = 0;
        long totalUsers = 0;
        long activeUsers = 0;
        if (scope != null) {
            for (Session session : scope.sessions) {
                long startedAt = session.startAt.toEpochMilli();
                if ((env != null && !env.equals(session.env)) || startedAt < fromMillis || startedAt >= untilMillis) {
                    continue;
                }
                totalSessions++;
                created[periods.indexOf(startedAt)]++;
                if (session.activeAt(now)) {
                    activeSessions++;
                } else if (session.expiredAt(now)) {
                    expiredSessions++;
                    long endedAt = session.endAt.toEpochMilli();
                    if (endedAt >= fromMillis && endedAt < untilMillis) {
                        expired[periods.indexOf(endedAt)]++;
                    }
                }
            }
            Instant dayAgo = now.minus(Duration.ofHours(24));
            for (User user : scope.users.values()) {
                if (env == null || env.equals(user.env)) {
                    totalUsers++;
                    activeUsers += user.lastSeen.isAfter(dayAgo) ? 1 : 0;
                }
            }
        }
        return new Dashboard(totalUsers, activeUsers, totalSessions, activeSessions, expiredSessions,
            percent(successes, total), percent(total - successes, total),
            round2(total == 0 ? 0 : (double) durationSum / total), periods, created, expired, operations, byHour);
    }

    static double percent(long part, long total) {
        return total == 0 ? 0 : round2(100.0 * part / total);
    }

    static double round2(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
