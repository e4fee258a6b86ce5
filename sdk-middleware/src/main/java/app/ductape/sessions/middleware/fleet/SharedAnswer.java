package app.ductape.sessions.middleware.fleet;

import app.ductape.sessions.model.VerifySessionResult;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A valid answer one instance got from Ductape, for the others to reuse until {@code freshUntil}.
 *
 * @param result Ductape's answer (always valid)
 * @param askedAt when the instance asked Ductape: a revocation at or after it refuses the answer
 * @param freshUntil the instant the answer stops being reused, at most its {@code expiresAt}
 * @param identifier the user of the session, when the verifier knows its session config's selector
 */
public record SharedAnswer(VerifySessionResult result, Instant askedAt, Instant freshUntil,
                           Optional<String> identifier) {
    /**
     * Checks that only a valid answer is shared.
     *
     * @param result     Ductape's answer
     * @param askedAt    when the instance asked Ductape
     * @param freshUntil when the answer stops being reused
     * @param identifier the user of the session, when known
     */
    public SharedAnswer {
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(askedAt, "askedAt");
        Objects.requireNonNull(freshUntil, "freshUntil");
        identifier = identifier == null ? Optional.empty() : identifier;
        if (!result.valid()) {
            throw new IllegalArgumentException("only valid answers are shared");
        }
    }
}
