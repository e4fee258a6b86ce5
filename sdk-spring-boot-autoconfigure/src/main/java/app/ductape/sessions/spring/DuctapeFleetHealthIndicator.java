package app.ductape.sessions.spring;

import app.ductape.sessions.middleware.SessionVerifier;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/** The {@code ductapeFleet} health indicator on Boot 4's health contract: {@link FleetHealthReport}. */
final class DuctapeFleetHealthIndicator implements HealthIndicator {
    private final ObjectProvider<SessionVerifier> verifier;

    DuctapeFleetHealthIndicator(ObjectProvider<SessionVerifier> verifier) {
        this.verifier = verifier;
    }

    @Override
    public Health health() {
        FleetHealthReport report = FleetHealthReport.of(verifier.getIfAvailable());
        return Health.status(report.status()).withDetails(report.details()).build();
    }
}
