package app.ductape.sessions.testkit;

import app.ductape.sessions.model.ExpiryPeriod;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The emulator's stored entities. Mutable, guarded by {@link EmulatorState}'s lock. */
final class Records {
    private Records() {}

    /** A session configuration of a product. */
    static final class Config {
        String name;
        final String tag;
        String description;
        Selector selector;
        long expiry;
        ExpiryPeriod period;
        Map<String, Object> schema;

        Config(String name, String tag, String description, Selector selector, long expiry, ExpiryPeriod period,
               Map<String, Object> schema) {
            this.name = name;
            this.tag = tag;
            this.description = description;
            this.selector = selector;
            this.expiry = expiry;
            this.period = period;
            this.schema = schema;
        }

        Duration lifetime() {
            return period.toDuration(expiry);
        }
    }

    /** One started session. */
    static final class Session {
        final String id;
        final String env;
        final String identifier;
        final Instant startAt;
        final Duration lifetime;
        final Map<String, Object> data;
        final User user;
        Instant endAt;
        Instant revokedAt;
        String refreshToken;
        Instant refreshExpiresAt;
        String cacheTag;
        StartAnswer cachedAnswer;

        Session(String id, String env, String identifier, Instant startAt, Duration lifetime, Map<String, Object> data,
                User user) {
            this.id = id;
            this.env = env;
            this.identifier = identifier;
            this.startAt = startAt;
            this.lifetime = lifetime;
            this.data = data;
            this.user = user;
            this.endAt = startAt.plus(lifetime);
        }

        boolean activeAt(Instant now) {
            return revokedAt == null && endAt.isAfter(now);
        }

        boolean expiredAt(Instant now) {
            return revokedAt == null && !endAt.isAfter(now);
        }
    }

    /** What start and refresh answer. */
    record StartAnswer(String token, String refreshToken, String sessionId, Instant expiresAt) {}

    /** A user of one session tag in one environment. */
    static final class User {
        final String objectId;
        final String ductapeUserId;
        final String product;
        final String tag;
        final String env;
        final String identifier;
        final Instant firstSeen;
        Instant lastSeen;
        final List<Session> sessions = new ArrayList<>();

        User(String objectId, String ductapeUserId, String product, String tag, String env, String identifier,
             Instant seen) {
            this.objectId = objectId;
            this.ductapeUserId = ductapeUserId;
            this.product = product;
            this.tag = tag;
            this.env = env;
            this.identifier = identifier;
            this.firstSeen = seen;
            this.lastSeen = seen;
        }

        boolean hasActiveSession(Instant now) {
            for (Session session : sessions) {
                if (session.activeAt(now)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** The operations an activity log records, as the seed's {@code parent_tag}. */
    enum Operation {
        CREATE, VERIFY, REFRESH, REVOKE;

        String tag() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** One activity log entry; compact, since a bench emulator holds a million. */
    record Log(long sequence, Operation operation, boolean success, String env, String message, String sessionId,
               String identifier, long startMillis, long endMillis) {

        long timestampMillis() {
            return endMillis;
        }

        String status() {
            return success ? "success" : "fail";
        }
    }
}
