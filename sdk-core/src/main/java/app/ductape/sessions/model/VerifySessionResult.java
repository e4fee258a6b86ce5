package app.ductape.sessions.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.databind.DeserializationFeature;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * The answer to a verify: {@link #valid()} is {@code false} for an invalid, expired or revoked token
 * (that is an answer, not an error), and then the other fields are empty.
 *
 * @param valid     whether the token is genuine, unexpired and not revoked
 * @param data      the data the session was started with; empty when invalid; unmodifiable
 * @param sessionId the session's id, when valid
 * @param expiresAt when the token expires, when valid
 */
public record VerifySessionResult(boolean valid, Map<String, Object> data, Optional<String> sessionId,
                                  Optional<Instant> expiresAt) {

    private static final ObjectMapper CONVERTER = JsonMapper.builder().addModule(new JavaTimeModule())
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    /**
     * A result; the data is copied, unmodifiable all the way down (null reads as empty).
     *
     * @param valid whether the token is genuine, unexpired and not revoked
     * @param data the data the session was started with; empty when invalid; unmodifiable
     * @param sessionId the session's id, when valid
     * @param expiresAt when the token expires, when valid
     */
    public VerifySessionResult {
        data = Lists.deepCopy(data);
        sessionId = sessionId == null ? Optional.empty() : sessionId;
        expiresAt = expiresAt == null ? Optional.empty() : expiresAt;
    }

    @JsonCreator
    static VerifySessionResult fromWire(@JsonProperty("valid") boolean valid,
                                        @JsonProperty("data") Map<String, Object> data,
                                        @JsonProperty("sessionId") String sessionId,
                                        @JsonProperty("expiresAt") Instant expiresAt) {
        return new VerifySessionResult(valid, data, Optional.ofNullable(sessionId), Optional.ofNullable(expiresAt));
    }

    /**
     * The session data as your own type (a record or POJO), mapped by Jackson; unknown fields ignored.
     *
     * @param <T> the type of the value
     * @param type the type
     * @return the session data as your own type (a record or POJO), mapped by Jackson; unknown fields ignored
     * @throws IllegalArgumentException when the data does not fit {@code type}
     */
    public <T> T dataAs(Class<T> type) {
        return CONVERTER.convertValue(data, type);
    }
}
