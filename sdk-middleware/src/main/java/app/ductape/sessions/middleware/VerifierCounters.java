package app.ductape.sessions.middleware;

import app.ductape.sessions.SessionError;
import app.ductape.sessions.middleware.fleet.FleetHealth;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.LongAdder;

/** The counts behind {@link VerifierStats}: striped adders, cheap on the hot path. */
final class VerifierCounters {
    private final LongAdder hits = new LongAdder();
    private final LongAdder misses = new LongAdder();
    private final LongAdder coalesced = new LongAdder();
    private final LongAdder staleServed = new LongAdder();
    private final LongAdder evictions = new LongAdder();
    private final LongAdder invalidations = new LongAdder();
    private final LongAdder sharedHits = new LongAdder();
    private final LongAdder peerRevocations = new LongAdder();
    private final ConcurrentMap<String, LongAdder> errors = new ConcurrentHashMap<>();

    void hit() {
        hits.increment();
    }

    void miss() {
        misses.increment();
    }

    void coalesced() {
        coalesced.increment();
    }

    void staleServed() {
        staleServed.increment();
    }

    void failed(SessionError error) {
        errors.computeIfAbsent(error.code().name(), code -> new LongAdder()).increment();
    }

    void evicted() {
        evictions.increment();
    }

    void invalidated() {
        invalidations.increment();
    }

    void sharedHit() {
        sharedHits.increment();
    }

    void peerRevocation() {
        peerRevocations.increment();
    }

    VerifierStats snapshot(long size, Optional<FleetHealth> fleet) {
        Map<String, Long> errorsByCode = new TreeMap<>();
        errors.forEach((code, count) -> errorsByCode.put(code, count.sum()));
        return new VerifierStats(hits.sum(), misses.sum(), coalesced.sum(), staleServed.sum(), evictions.sum(),
            invalidations.sum(), size, errorsByCode, sharedHits.sum(), peerRevocations.sum(), fleet);
    }
}
