package app.ductape.sessions.spring;

import app.ductape.sessions.middleware.SessionVerifier;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;

/** The {@code ductapeFleet} health indicator on Boot 3.5's health contract: {@link FleetHealthReport}. */
final class DuctapeFleetBoot3HealthIndicator implements HealthIndicator {
    private final ObjectProvider<SessionVerifier> verifier;

    DuctapeFleetBoot3HealthIndicator(ObjectProvider<SessionVerifier> verifier) {
        this.verifier = verifier;
    }

    @Override
    public Health health() {
        FleetHealthReport report = FleetHealthReport.of(verifier.getIfAvailable());
        return Health.status(report.status()).withDetails(report.details()).build();
    }
}
