package app.ductape.sessions.middleware;

import java.util.Map;

/**
 * What a {@link SessionVerifier} has done since it was built.
 *
 * @param hits           verifications answered from the cache
 * @param misses         verifications that asked Ductape (one request each)
 * @param coalescedWaits verifications that waited for another caller's request for the same token
 * @param staleServed    cached answers served past their freshness because Ductape failed
 *                       ({@code serveStaleOnError})
 * @param evictions      entries dropped by the size bound or their lifetime
 * @param invalidations  entries dropped on purpose: a revocation, {@code invalidateSession},
 *                       {@code invalidateAll}
 * @param size           entries held now (an estimate)
 * @param errorsByCode   failed requests to Ductape, by {@link app.ductape.sessions.ErrorCode} name
 */
public record VerifierStats(long hits, long misses, long coalescedWaits, long staleServed, long evictions,
                            long invalidations, long size, Map<String, Long> errorsByCode) {

    /**
     * Statistics; the error counts are copied.
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
    public VerifierStats {
        errorsByCode = Map.copyOf(errorsByCode);
    }
}
