package app.ductape.sessions.middleware.fleet;

import java.time.Clock;
import java.time.Instant;

/**
 * A verifier as its fleet sees it. The engine calls these on its own threads; each returns quickly.
 */
public interface FleetMember {
    /**
     * What the verifier verifies, from which an engine derives its default channel.
     *
     * @return the verifier's product, env, tag and staleness
     */
    FleetScope scope();

    /**
     * The verifier's clock: the instants an engine records and compares (cutoffs, outages, shared
     * answers' bounds) are on it, so that they compare with the verifier's own.
     *
     * @return the verifier's clock
     */
    Clock clock();

    /**
     * A revocation a peer published: the verifier forgets what it names, and never publishes it again.
     *
     * @param revocation what a peer learned
     */
    void revokedByPeer(FleetRevocation revocation);

    /**
     * The engine hears its peers again after it could not: whatever the verifier cached before
     * {@code lostAt} may have missed a revocation, and is forgotten.
     *
     * @param lostAt when the engine stopped hearing its peers
     */
    void reconnected(Instant lostAt);
}
