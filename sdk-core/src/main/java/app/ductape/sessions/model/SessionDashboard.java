package app.ductape.sessions.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * Dashboard metrics of one session. The optional values are those only newer servers send; they are
 * empty (never null) when absent. Rates are percentages (0 to 100); durations are milliseconds.
 *
 * @param totalUsers             unique users
 * @param activeUsers            users active in the last 24 hours
 * @param totalSessions          sessions started
 * @param activeSessions         sessions currently active
 * @param expiredSessions        sessions expired
 * @param successRate            percentage of successful operations
 * @param errorRate              percentage of failed operations
 * @param averageSessionDuration average operation duration in milliseconds
 * @param sessionsOverTime       sessions per time bucket, never null
 * @param operationsOverTime     operations per time bucket, never null
 * @param inactiveUsers          users with no active session
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

    public SessionDashboard {
        sessionsOverTime = Lists.copyOf(sessionsOverTime);
        operationsOverTime = Lists.copyOf(operationsOverTime);
        inactiveUsers = orEmpty(inactiveUsers);
        expiredUsers = orEmpty(expiredUsers);
        newUsersToday = orEmpty(newUsersToday);
        newUsersThisWeek = orEmpty(newUsersThisWeek);
        averageSessionsPerUser = averageSessionsPerUser == null ? OptionalDouble.empty() : averageSessionsPerUser;
    }

    private static OptionalLong orEmpty(OptionalLong value) {
        return value == null ? OptionalLong.empty() : value;
    }
}
