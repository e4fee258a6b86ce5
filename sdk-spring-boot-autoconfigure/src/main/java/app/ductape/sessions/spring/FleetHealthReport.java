package app.ductape.sessions.spring;

import app.ductape.sessions.middleware.SessionVerifier;
import app.ductape.sessions.middleware.VerifierStats;
import app.ductape.sessions.middleware.fleet.FleetHealth;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the {@code ductapeFleet} health indicator says, on either Boot line: UP while the verifier hears its
 * fleet, DEGRADED with the reason and the instant it stopped (answers are then reused for the fallback
 * staleness only), UNKNOWN without a verifier.
 */
record FleetHealthReport(String status, Map<String, Object> details) {
    static FleetHealthReport of(SessionVerifier verifier) {
        Map<String, Object> details = new LinkedHashMap<>();
        if (verifier == null) {
            details.put("reason", "no SessionVerifier: set ductape.sessions.verifier.tag");
            return new FleetHealthReport("UNKNOWN", details);
        }
        VerifierStats stats = verifier.stats();
        details.put("tag", verifier.tag());
        if (stats.fleet().isEmpty()) {
            details.put("reason", "the verifier has no fleet");
            return new FleetHealthReport("UNKNOWN", details);
        }
        FleetHealth health = stats.fleet().get();
        health.reason().ifPresent(reason -> details.put("reason", reason));
        health.since().ifPresent(since -> details.put("since", since.toString()));
        details.put("sharedHits", stats.sharedHits());
        details.put("peerRevocations", stats.peerRevocations());
        return new FleetHealthReport(health.isUp() ? "UP" : "DEGRADED", details);
    }
}
