package app.ductape.sessions.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * Dashboard metrics of one session. The optional values are those only newer servers send; they are
 * empty (never null) when absent. Rates are percentages (0 to 100); durations are milliseconds.
 *
 * <p>The user figures answer different questions, so they do not add up: {@code activeUsers} counts
 * users <em>seen</em> in the last 24 hours, {@code inactiveUsers} users with no <em>live session</em> now.
 * A user who verified an hour ago and whose session has since expired is in both.
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
 * @param inactiveUsers          users with no live session now (a different test from {@code activeUsers})
 * @param expiredUsers           users whose sessions have all expired
 * @param newUsersToday          users first seen today
 * @param newUsersThisWeek       users first seen this week
 * @param averageSessionsPerUser sessions per user
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
    @JsonProperty("inactiveUsers") OptionalLong inactiveUsers,
    @JsonProperty("expiredUsers") OptionalLong expiredUsers,
    @JsonProperty("newUsersToday") OptionalLong newUsersToday,
    @JsonProperty("newUsersThisWeek") OptionalLong newUsersThisWeek,
    @JsonProperty("averageSessionsPerUser") OptionalDouble averageSessionsPerUser) {

    /**
     * Dashboard metrics; the series are copied, absent optionals read as empty.
     *
     * @param totalUsers unique users
     * @param activeUsers users seen (any operation) in the last 24 hours
     * @param totalSessions sessions started in the range
     * @param activeSessions of those, sessions still live now (unexpired, unrevoked)
     * @param expiredSessions of those, sessions that expired (revoked ones count as neither)
     * @param successRate percentage of operations in the range that succeeded
     * @param errorRate percentage of operations in the range that failed
     * @param averageSessionDuration despite its wire name, the average duration of one <em>operation</em> (start,
     *                               verify, refresh, revoke) in milliseconds, not the length of a session; {@link #averageOperationTime()} gives it
     *                               as a {@code Duration}
     * @param sessionsOverTime sessions per time bucket, never null
     * @param operationsOverTime operations per time bucket, never null
     * @param inactiveUsers users with no live session now (a different test from {@code activeUsers})
     * @param expiredUsers users whose sessions have all expired
     * @param newUsersToday users first seen today
     * @param newUsersThisWeek users first seen this week
     * @param averageSessionsPerUser sessions per user
     */
    public SessionDashboard {
        sessionsOverTime = Lists.copyOf(sessionsOverTime);
        operationsOverTime = Lists.copyOf(operationsOverTime);
        inactiveUsers = orEmpty(inactiveUsers);
        expiredUsers = orEmpty(expiredUsers);
        newUsersToday = orEmpty(newUsersToday);
        newUsersThisWeek = orEmpty(newUsersThisWeek);
        averageSessionsPerUser = averageSessionsPerUser == null ? OptionalDouble.empty() : averageSessionsPerUser;
    }

    /**
     * The average time one operation took ({@link #averageSessionDuration()}, which is named after the wire
     * field but measures operations, not sessions).
     *
     * @return the average operation time, rounded to the microsecond
     */
    public java.time.Duration averageOperationTime() {
        return java.time.Duration.ofNanos(Math.round(averageSessionDuration * 1000) * 1000);
    }

    private static OptionalLong orEmpty(OptionalLong value) {
        return value == null ? OptionalLong.empty() : value;
    }
}
