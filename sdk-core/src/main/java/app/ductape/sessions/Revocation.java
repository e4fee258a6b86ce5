package app.ductape.sessions;

import java.util.Optional;
import java.util.OptionalLong;

/**
 * A revocation a {@link SessionsService} made, as its {@link RevocationListener}s hear of it: which
 * configuration, and which session or user. A cache of verified tokens (such as the middleware's
 * {@code SessionVerifier}) evicts what it names.
 *
 * @param product    the product's tag the call was made in
 * @param env        the environment the call was made in
 * @param tag        the session configuration's tag
 * @param sessionId  the revoked session, when the call named one
 * @param identifier the user whose sessions were revoked, when the call named a user
 * @param kept       the session of that user the revocation left valid ({@code excludeCurrentSession}), if any
 * @param revoked    how many sessions the server ended, when it said (see {@code RevokeSessionResult})
 */
public record Revocation(String product, String env, String tag, Optional<String> sessionId,
                         Optional<String> identifier, Optional<String> kept, OptionalLong revoked) {

    /**
     * A revocation; absent ids read as empty.
     *
     * @param product    the product's tag the call was made in
     * @param env        the environment the call was made in
     * @param tag        the session configuration's tag
     * @param sessionId  the revoked session, when the call named one
     * @param identifier the user whose sessions were revoked, when the call named a user
     * @param kept       the session of that user the revocation left valid, if any
     * @param revoked    how many sessions the server ended
     */
    public Revocation {
        sessionId = sessionId == null ? Optional.empty() : sessionId;
        identifier = identifier == null ? Optional.empty() : identifier;
        kept = kept == null ? Optional.empty() : kept;
        revoked = revoked == null ? OptionalLong.empty() : revoked;
    }
}
