package app.ductape.sessions.connectors.saymon;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.Optional;

/**
 * One user session as SAYMON logs it. Times arrive as epoch milliseconds.
 *
 * @param id        the record's id
 * @param userId    the user's id
 * @param login     the user's login
 * @param startTime when the session began
 * @param endTime   when it ended, or {@code null} while it is active (see {@link #active()})
 * @param expiredAt when it is expected to end for inactivity, or {@code null}
 */
public record SaymonSessionRecord(
    @JsonProperty("id") String id,
    @JsonProperty("userId") String userId,
    @JsonProperty("login") String login,
    @JsonProperty("startTime") Instant startTime,
    @JsonProperty("endTime") Instant endTime,
    @JsonProperty("expiredAt") Instant expiredAt) {

    /**
     * Whether the session is still open: SAYMON sends no {@code endTime} (or null) until it ends.
     *
     * @return whether the session is still open: SAYMON sends no {@code endTime} (or null) until it ends
     */
    public boolean active() {
        return endTime == null;
    }

    /**
     * {@link #endTime()} as an optional.
     *
     * @return {@link #endTime()} as an optional
     */
    public Optional<Instant> endTimeIfEnded() {
        return Optional.ofNullable(endTime);
    }
}
