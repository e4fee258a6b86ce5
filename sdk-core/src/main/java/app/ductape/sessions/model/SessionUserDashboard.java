package app.ductape.sessions.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.OptionalDouble;

/**
 * The activity of one user of a session configuration, as {@code fetchUserDashboard} gives it (Ductape's
 * {@code /log/v1/session/user-dashboard}): per period of the range, the operations, their latency and
 * their outcomes, and the user's busiest hours.
 *
 * @param totalLogs        the user's activity logs in the range
 * @param successRate      percentage of them that succeeded
 * @param activityTimeline operations per period; never null
 * @param latencyTimeline  average latency per period; never null
 * @param outcomeTimeline  successes and failures per period; never null
 * @param peakHours        operations per hour of the day; never null
 */
public record SessionUserDashboard(
    @JsonProperty("totalLogs") long totalLogs,
    @JsonProperty("successRate") double successRate,
    @JsonProperty("activityTimeline") List<Activity> activityTimeline,
    @JsonProperty("latencyTimeline") List<Latency> latencyTimeline,
    @JsonProperty("outcomeTimeline") List<Outcomes> outcomeTimeline,
    @JsonProperty("peakHours") List<HourCount> peakHours) {

    /**
     * A dashboard; the lists are copied, absent ones read as empty.
     *
     * @param totalLogs        the user's activity logs in the range
     * @param successRate      percentage of them that succeeded
     * @param activityTimeline operations per period
     * @param latencyTimeline  average latency per period
     * @param outcomeTimeline  successes and failures per period
     * @param peakHours        operations per hour of the day
     */
    public SessionUserDashboard {
        activityTimeline = Lists.copyOf(activityTimeline);
        latencyTimeline = Lists.copyOf(latencyTimeline);
        outcomeTimeline = Lists.copyOf(outcomeTimeline);
        peakHours = Lists.copyOf(peakHours);
    }

    /**
     * Operations in one period.
     *
     * @param date       the period, as Ductape labels it ({@code 2026-11-25}, {@code 2026-11-25T14})
     * @param operations how many
     */
    public record Activity(@JsonProperty("date") String date, @JsonProperty("operations") long operations) {
    }

    /**
     * The average latency of one period's operations.
     *
     * @param date         the period
     * @param avgLatencyMs the average in milliseconds; empty for a period without operations
     * @param count        how many operations it averages
     */
    public record Latency(@JsonProperty("date") String date, @JsonProperty("avgLatencyMs") OptionalDouble avgLatencyMs,
                          @JsonProperty("count") long count) {

        /**
         * A latency; an absent average reads as empty.
         *
         * @param date         the period
         * @param avgLatencyMs the average in milliseconds
         * @param count        how many operations it averages
         */
        public Latency {
            avgLatencyMs = avgLatencyMs == null ? OptionalDouble.empty() : avgLatencyMs;
        }
    }

    /**
     * The outcomes of one period's operations.
     *
     * @param date       the period
     * @param successful how many succeeded
     * @param failed     how many failed
     */
    public record Outcomes(@JsonProperty("date") String date, @JsonProperty("successful") long successful,
                           @JsonProperty("failed") long failed) {
    }
}
