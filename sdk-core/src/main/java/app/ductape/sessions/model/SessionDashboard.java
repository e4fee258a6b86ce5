package app.ductape.sessions.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Duration;
import java.util.List;

/**
 * Dashboard metrics of one session configuration, as {@code fetchDashboard} gives them (Ductape's
 * {@code /log/v1/session/dashboard}). Rates are percentages (0 to 100); durations are milliseconds. The
 * figures of the users themselves (inactive, expired, new) are {@link SessionUsersDashboard}'s.
 *
 * @param totalUsers             unique users
 * @param activeUsers            users seen (any operation) in the last 24 hours
 * @param totalSessions          sessions started in the range
 * @param activeSessions         of those, sessions still live now (unexpired, unrevoked)
 * @param expiredSessions        of those, sessions that expired (revoked ones count as neither)
 * @param successRate            percentage of operations in the range that succeeded
 * @param errorRate              percentage of operations in the range that failed
 * @param averageSessionDuration despite its wire name, the average duration of one <em>operation</em>
 *                               (start, verify, refresh, revoke) in milliseconds, not the length of a
 *                               session; {@link #averageOperationTime()} gives it as a {@code Duration}
 * @param sessionsOverTime       sessions per time bucket, never null
 * @param operationsOverTime     operations per time bucket, never null
 * @param hourlyActivity         operations per hour of the day, when Ductape sends them; never null
 */
public record SessionDashboard(
    @JsonProperty("totalUsers") long totalUsers,
    @JsonProperty("activeUsers") long activeUsers,
    @JsonProperty("totalSessions") long totalSessions,
    @JsonProperty("activeSessions") long activeSessions,
    @JsonProperty("expiredSessions") long expiredSessions,
    @JsonProperty("successRate") double successRate,
    @JsonProperty("errorRate") double errorRate,
    @JsonProperty("averageSessionDuration") double averageSessionDuration,
    @JsonProperty("sessionsOverTime") List<SessionsOverTime> sessionsOverTime,
    @JsonProperty("operationsOverTime") List<OperationsOverTime> operationsOverTime,
    @JsonProperty("hourlyActivity") List<HourCount> hourlyActivity) {

    /**
     * Metrics; the lists are copied, absent ones read as empty.
     *
     * @param totalUsers             unique users
     * @param activeUsers            users seen in the last 24 hours
     * @param totalSessions          sessions started in the range
     * @param activeSessions         sessions still live now
     * @param expiredSessions        sessions that expired
     * @param successRate            percentage of operations that succeeded
     * @param errorRate              percentage of operations that failed
     * @param averageSessionDuration the average duration of one operation, in milliseconds
     * @param sessionsOverTime       sessions per time bucket
     * @param operationsOverTime     operations per time bucket
     * @param hourlyActivity         operations per hour of the day
     */
    public SessionDashboard {
        sessionsOverTime = Lists.copyOf(sessionsOverTime);
        operationsOverTime = Lists.copyOf(operationsOverTime);
        hourlyActivity = Lists.copyOf(hourlyActivity);
    }

    /**
     * The average time one operation took.
     *
     * @return {@code averageSessionDuration} as a duration (to the microsecond)
     */
    public Duration averageOperationTime() {
        return Duration.ofNanos(Math.round(averageSessionDuration * 1000) * 1000);
    }
}
