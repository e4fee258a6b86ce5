package app.ductape.sessions.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.Optional;

/**
 * The tokens of a started or refreshed session. {@code toString()} masks both tokens: they are
 * credentials of the user.
 *
 * @param token        the session token, {@code tag:jwt}, passed by the frontend on every call
 * @param refreshToken the token that renews the session once
 * @param sessionId    the session's id
 * @param expiresAt    when the session token expires; empty when the server does not say
 */
public record StartSessionResult(String token, String refreshToken, String sessionId, Optional<Instant> expiresAt) {

    /**
     * A result; an absent expiry reads as empty.
     *
     * @param token the session token, {@code tag:jwt}, passed by the frontend on every call
     * @param refreshToken the token that renews the session once
     * @param sessionId the session's id
     * @param expiresAt when the session token expires; empty when the server does not say
     */
    public StartSessionResult {
        expiresAt = expiresAt == null ? Optional.empty() : expiresAt;
    }

    @JsonCreator
    static StartSessionResult fromWire(@JsonProperty("token") String token,
                                       @JsonProperty("refreshToken") String refreshToken,
                                       @JsonProperty("sessionId") String sessionId,
                                       @JsonProperty("expiresAt") Instant expiresAt) {
        return new StartSessionResult(token, refreshToken, sessionId, Optional.ofNullable(expiresAt));
    }

    @Override
    public String toString() {
        return "StartSessionResult[token=***, refreshToken=***, sessionId=" + sessionId + ", expiresAt="
            + expiresAt.map(Instant::toString).orElse("unknown") + "]";
    }
}
