package app.ductape.sessions.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.Map;

/**
 * One session of a user: when it started, when it ends or ended, whether it is active, and the data it
 * was started with.
 *
 * @param sessionId the session's id ({@code session_id})
 * @param startAt   when it started ({@code start_at})
 * @param endAt     when it expires, expired or was revoked ({@code end_at}); {@code null} when not sent
 * @param active    whether it is active now ({@code is_active}; the seed's pages call it {@code active})
 * @param data      the session data it was started with; unmodifiable, empty when not sent
 */
public record UserSessionInfo(String sessionId, Instant startAt, Instant endAt, boolean active,
                              Map<String, Object> data) {

    /**
     * A session; the data is copied deeply and made unmodifiable.
     *
     * @param sessionId the session's id
     * @param startAt   when it started
     * @param endAt     when it ends or ended
     * @param active    whether it is active now
     * @param data      the session data
     */
    public UserSessionInfo {
        data = Lists.deepCopy(data);
    }

    @JsonCreator
    static UserSessionInfo fromWire(@JsonProperty("session_id") String sessionId,
                                    @JsonProperty("start_at") Instant startAt,
                                    @JsonProperty("end_at") Instant endAt,
                                    @JsonProperty("is_active") Boolean isActive,
                                    @JsonProperty("active") Boolean active,
                                    @JsonProperty("data") Map<String, Object> data) {
        return new UserSessionInfo(sessionId, startAt, endAt, Boolean.TRUE.equals(isActive != null ? isActive : active),
            data);
    }
}
