package app.ductape.sessions.spring;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;

/** The {@code ductape} health indicator on Spring Boot 3 ({@code spring-boot-actuator}'s health contract). */
final class DuctapeBoot3HealthIndicator implements HealthIndicator {
    private final DuctapeHealthProbe probe;

    DuctapeBoot3HealthIndicator(DuctapeHealthProbe probe) {
        this.probe = probe;
    }

    @Override
    public Health health() {
        DuctapeHealthProbe.Status status = probe.status();
        return Health.status(status.state()).withDetails(status.details()).build();
    }
}
