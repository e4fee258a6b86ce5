package app.ductape.sessions.middleware.redis;

import app.ductape.sessions.middleware.fleet.FleetMember;
import app.ductape.sessions.middleware.fleet.FleetRevocation;
import app.ductape.sessions.middleware.fleet.FleetScope;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A fleet member that only records what its link tells it: for the link's own tests. */
final class QuietMember implements FleetMember {
    final List<FleetRevocation> revocations = new CopyOnWriteArrayList<>();
    final List<Instant> reconnections = new CopyOnWriteArrayList<>();
    private final FleetScope scope;

    QuietMember(Duration maxStaleness) {
        this.scope = new FleetScope("my-product", "prd", "user-session", maxStaleness);
    }

    @Override
    public FleetScope scope() {
        return scope;
    }

    @Override
    public Clock clock() {
        return Clock.systemUTC();
    }

    @Override
    public void revokedByPeer(FleetRevocation revocation) {
        revocations.add(revocation);
    }

    @Override
    public void reconnected(Instant lostAt) {
        reconnections.add(lostAt);
    }
}
