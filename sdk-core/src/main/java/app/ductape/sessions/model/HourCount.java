package app.ductape.sessions.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A count for one hour of the day: the session dashboard's {@code hourlyActivity} and a user dashboard's
 * {@code peakHours}.
 *
 * @param hour  the hour as Ductape sends it (such as {@code 14} or {@code 14:00})
 * @param count how many operations in it
 */
public record HourCount(@JsonProperty("hour") String hour, @JsonProperty("count") long count) {
}
