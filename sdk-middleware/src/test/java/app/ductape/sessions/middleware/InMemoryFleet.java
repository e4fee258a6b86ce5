package app.ductape.sessions.middleware;

import app.ductape.sessions.middleware.fleet.Fleet;
import app.ductape.sessions.middleware.fleet.FleetHealth;
import app.ductape.sessions.middleware.fleet.FleetLink;
import app.ductape.sessions.middleware.fleet.FleetMember;
import app.ductape.sessions.middleware.fleet.FleetRevocation;
import app.ductape.sessions.middleware.fleet.SharedAnswer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A fleet in one JVM, for the verifier's side of the seam: every link delivers what it publishes to the
 * others at once, shares one map of answers, and can be taken down and brought back like a lost connection.
 * Not an engine: the Redis module's tests run the real one.
 */
final class InMemoryFleet implements Fleet {
    final List<Link> links = new CopyOnWriteArrayList<>();
    final Map<String, SharedAnswer> shared = new ConcurrentHashMap<>();
    private final Clock clock;
    private final boolean sharing;

    InMemoryFleet(Clock clock, boolean sharing) {
        this.clock = clock;
        this.sharing = sharing;
    }

    @Override
    public FleetLink join(FleetMember member) {
        Link link = new Link(member);
        links.add(link);
        return link;
    }

    final class Link implements FleetLink {
        final FleetMember member;
        final List<FleetRevocation> published = new CopyOnWriteArrayList<>();
        private volatile Instant lostAt;

        Link(FleetMember member) {
            this.member = member;
        }

        void goDown() {
            lostAt = clock.instant();
        }

        void comeBack() {
            Instant lost = lostAt;
            lostAt = null;
            member.reconnected(lost);
        }

        @Override
        public void publish(FleetRevocation revocation) {
            published.add(revocation);
            for (Link other : links) {
                if (other != this && other.isUp()) {
                    other.member.revokedByPeer(revocation);
                }
            }
        }

        @Override
        public boolean isUp() {
            return lostAt == null;
        }

        @Override
        public FleetHealth health() {
            Instant lost = lostAt;
            return lost == null ? FleetHealth.up() : FleetHealth.degraded("taken down by the test", lost);
        }

        @Override
        public Duration fallbackStaleness() {
            return Duration.ofSeconds(1);
        }

        @Override
        public boolean sharesAnswers() {
            return sharing;
        }

        @Override
        public Optional<SharedAnswer> sharedAnswer(String tokenHash) {
            return Optional.ofNullable(shared.get(tokenHash));
        }

        @Override
        public void share(String tokenHash, SharedAnswer answer) {
            shared.put(tokenHash, answer);
        }

        @Override
        public void close() {
            links.remove(this);
        }
    }
}
