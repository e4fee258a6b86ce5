package app.ductape.sessions.middleware.redis;

import app.ductape.sessions.middleware.fleet.FleetRevocation;
import app.ductape.sessions.middleware.fleet.SharedAnswer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * This instance's copy of the fleet's recent cutoffs (each user's latest {@code revokeAll}, and the tag's),
 * read from Redis when the link connects and kept current by the messages: a shared answer asked for before a
 * cutoff that names its user is refused, and one whose user is unknown is refused when asked for before any.
 * A cutoff older than the staleness bound names no answer still fresh, so the copy keeps only those newer.
 */
final class Cutoffs {
    private final long horizonMillis;
    private final Map<String, Long> users = new ConcurrentHashMap<>();
    private volatile long all = Long.MIN_VALUE;
    private volatile long newestUser = Long.MIN_VALUE;

    Cutoffs(long horizonMillis) {
        this.horizonMillis = horizonMillis;
    }

    /** Records a user's or the tag's cutoff; a session revocation is none. */
    void record(FleetRevocation revocation, long now) {
        long at = revocation.at().toEpochMilli();
        switch (revocation.kind()) {
            case USER -> recordUser(revocation.identifier().orElseThrow(), at);
            case ALL -> recordAll(at);
            case SESSION -> {
                return;
            }
        }
        users.values().removeIf(cutoff -> cutoff < now - horizonMillis);
    }

    /** Merges the cutoffs read from Redis with those messages brought meanwhile. */
    void merge(Map<String, Long> usersInRedis, Long allInRedis) {
        usersInRedis.forEach(this::recordUser);
        if (allInRedis != null) {
            recordAll(allInRedis);
        }
    }

    boolean refuses(SharedAnswer answer) {
        long asked = answer.askedAt().toEpochMilli();
        if (asked < all) {
            return true;
        }
        if (answer.identifier().isEmpty()) {
            return asked < newestUser;
        }
        Long cutoff = users.get(answer.identifier().get());
        return cutoff != null && asked < cutoff;
    }

    private synchronized void recordUser(String identifier, long at) {
        users.merge(identifier, at, Math::max);
        newestUser = Math.max(newestUser, at);
    }

    private synchronized void recordAll(long at) {
        all = Math.max(all, at);
    }
}
