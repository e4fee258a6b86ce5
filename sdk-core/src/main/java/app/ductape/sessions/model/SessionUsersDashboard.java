package app.ductape.sessions.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The users of one session configuration in figures, as {@code fetchUsersDashboard} gives them (Ductape's
 * {@code /integrations/v1/session/dashboard}).
 *
 * <p>The user figures answer different questions, so they do not add up: {@code activeUsers} counts users
 * with a live session, {@code inactiveUsers} users with none now, {@code expiredUsers} users whose sessions
 * have all expired.
 *
 * @param totalUsers             unique users
 * @param activeUsers            users with a live session
 * @param inactiveUsers          users with no live session now
 * @param expiredUsers           users whose sessions have all expired
 * @param newUsersToday          users first seen today
 * @param newUsersThisWeek       users first seen this week
 * @param totalSessions          sessions of every user
 * @param activeSessions         sessions live now
 * @param averageSessionsPerUser sessions per user
 */
public record SessionUsersDashboard(
    @JsonProperty("totalUsers") long totalUsers,
    @JsonProperty("activeUsers") long activeUsers,
    @JsonProperty("inactiveUsers") long inactiveUsers,
    @JsonProperty("expiredUsers") long expiredUsers,
    @JsonProperty("newUsersToday") long newUsersToday,
    @JsonProperty("newUsersThisWeek") long newUsersThisWeek,
    @JsonProperty("totalSessions") long totalSessions,
    @JsonProperty("activeSessions") long activeSessions,
    @JsonProperty("averageSessionsPerUser") double averageSessionsPerUser) {
}
