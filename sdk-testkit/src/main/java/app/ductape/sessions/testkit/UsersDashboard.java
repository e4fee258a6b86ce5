package app.ductape.sessions.testkit;

import app.ductape.sessions.testkit.Records.Session;
import app.ductape.sessions.testkit.Records.User;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;

/**
 * The users dashboard of one scope ({@code /integrations/v1/session/dashboard}): every user of the env, by
 * whether they hold a live session now ({@code activeUsers} and {@code inactiveUsers} add up to
 * {@code totalUsers}), whose sessions have all expired, and who is new today (UTC) or this ISO week.
 */
record UsersDashboard(long totalUsers, long activeUsers, long inactiveUsers, long expiredUsers, long newUsersToday,
                      long newUsersThisWeek, long totalSessions, long activeSessions, double averageSessionsPerUser) {

    static UsersDashboard compute(Scope scope, String env, Instant now) {
        long total = 0;
        long active = 0;
        long expired = 0;
        long newToday = 0;
        long newThisWeek = 0;
        long sessions = 0;
        long liveSessions = 0;
        if (scope != null) {
            LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
            Instant startOfToday = today.atStartOfDay(ZoneOffset.UTC).toInstant();
            Instant startOfWeek = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                .atStartOfDay(ZoneOffset.UTC).toInstant();
            for (User user : scope.users.values()) {
                if (env != null && !env.equals(user.env)) {
                    continue;
                }
                total++;
                if (user.hasActiveSession(now)) {
                    active++;
                } else if (!user.sessions.isEmpty() && user.sessions.stream().allMatch(s -> s.expiredAt(now))) {
                    expired++;
                }
                newToday += user.firstSeen.isBefore(startOfToday) ? 0 : 1;
                newThisWeek += user.firstSeen.isBefore(startOfWeek) ? 0 : 1;
                sessions += user.sessions.size();
                for (Session session : user.sessions) {
                    liveSessions += session.activeAt(now) ? 1 : 0;
                }
            }
        }
        return new UsersDashboard(total, active, total - active, expired, newToday, newThisWeek, sessions, liveSessions,
            Dashboard.round2(total == 0 ? 0 : (double) sessions / total));
    }
}
