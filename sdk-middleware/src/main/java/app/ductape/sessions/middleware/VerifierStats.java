package app.ductape.sessions.middleware;

import app.ductape.sessions.middleware.fleet.FleetHealth;
import java.util.Map;
import java.util.Optional;

/**
 * What a {@link SessionVerifier} has done since it was built.
 *
 * @param hits            verifications answered from the cache
 * @param misses          verifications that asked Ductape (one request each)
 * @param coalescedWaits  verifications that waited for another caller's request for the same token
 * @param staleServed     cached answers served past their freshness because Ductape failed
 *                        ({@code serveStaleOnError})
 * @param evictions       entries dropped by the size bound or their lifetime
 * @param invalidations   entries dropped on purpose: a revocation, {@code invalidateSession},
 *                        {@code invalidateAll}, a peer's revocation, the end of a fleet outage
 * @param size            entries held now (an estimate)
 * @param errorsByCode    failed requests to Ductape, by {@link app.ductape.sessions.ErrorCode} name
 * @param sharedHits      misses answered from the fleet's shared cache instead of Ductape
 * @param peerRevocations revocations published by other instances and applied here
 * @param fleet           whether the verifier hears its fleet; empty without one
 */
public record VerifierStats(long hits, long misses, long coalescedWaits, long staleServed, long evictions,
                            long invalidations, long size, Map<String, Long> errorsByCode, long sharedHits,
                            long peerRevocations, Optional<FleetHealth> fleet) {

    /**
     * Statistics; the error counts are copied.
     *
     * @param hits            verifications answered from the cache
     * @param misses          verifications that asked Ductape, or the shared cache first
     * @param coalescedWaits  verifications that waited for another caller's request
     * @param staleServed     cached answers served past their freshness because Ductape failed
     * @param evictions       entries dropped by the size bound or their lifetime
     * @param invalidations   entries dropped on purpose
     * @param size            entries held now
     * @param errorsByCode    failed requests to Ductape, by code
     * @param sharedHits      misses answered from the shared cache
     * @param peerRevocations revocations of other instances applied here
     * @param fleet           the fleet's health, or empty
     */
    public VerifierStats {
        errorsByCode = Map.copyOf(errorsByCode);
        fleet = fleet == null ? Optional.empty() : fleet;
    }

    /**
     * Statistics of a verifier without a fleet.
     *
     * @param hits           verifications answered from the cache
     * @param misses         verifications that asked Ductape
     * @param coalescedWaits verifications that waited for another caller's request
     * @param staleServed    cached answers served past their freshness because Ductape failed
     * @param evictions      entries dropped by the size bound or their lifetime
     * @param invalidations  entries dropped on purpose
     * @param size           entries held now
     * @param errorsByCode   failed requests to Ductape, by code
     */
    public VerifierStats(long hits, long misses, long coalescedWaits, long staleServed, long evictions,
                         long invalidations, long size, Map<String, Long> errorsByCode) {
        this(hits, misses, coalescedWaits, staleServed, evictions, invalidations, size, errorsByCode, 0, 0,
            Optional.empty());
    }
}
