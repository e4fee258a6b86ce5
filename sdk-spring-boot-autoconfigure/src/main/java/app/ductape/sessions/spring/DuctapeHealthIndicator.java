package app.ductape.sessions.spring;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/** The {@code ductape} health indicator on Spring Boot 4 ({@code spring-boot-health}). */
final class DuctapeHealthIndicator implements HealthIndicator {
    private final DuctapeHealthProbe probe;

    DuctapeHealthIndicator(DuctapeHealthProbe probe) {
        this.probe = probe;
    }

    @Override
    public Health health() {
        DuctapeHealthProbe.Status status = probe.status();
        return Health.status(status.state()).withDetails(status.details()).build();
    }
}
