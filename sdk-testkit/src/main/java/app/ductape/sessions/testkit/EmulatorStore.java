package app.ductape.sessions.testkit;

import app.ductape.sessions.internal.SessionSelector;
import app.ductape.sessions.internal.TimeBound;
import app.ductape.sessions.model.ExpiryPeriod;
import app.ductape.sessions.model.GroupBy;
import app.ductape.sessions.testkit.Records.Config;
import app.ductape.sessions.testkit.Records.Log;
import app.ductape.sessions.testkit.Records.Operation;
import app.ductape.sessions.testkit.Records.Session;
import app.ductape.sessions.testkit.Records.StartAnswer;
import app.ductape.sessions.testkit.Records.User;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

/**
 * The emulator's state and the semantics of every endpoint, independent of HTTP. One read-write
 * lock: queries share it, mutations hold it alone, so an operation is visible to every query once
 * it has answered. Time comes in as a parameter so seeding can replay the past.
 */
final class EmulatorStore {
    /** How long a refresh token stays usable after it is issued. */
    static final Duration REFRESH_TOKEN_LIFETIME = Duration.ofDays(30);
    /** The most dashboard buckets one request may ask for. */
    static final int MAX_BUCKETS = 10_000;

    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final java.time.Clock clock;
    private final Tokens tokens = new Tokens();
    private final Map<String, Map<String, Config>> configs = new HashMap<>();
    private final Map<String, Scope> scopes = new HashMap<>();
    private final Map<String, Session> sessionsById = new HashMap<>();
    private final Map<String, Session> sessionsByRefreshToken = new HashMap<>();
    private final Map<String, User> usersByDuctapeId = new HashMap<>();
    private long sequence;

    /** A store whose live operations end when {@code clock} says they do. */
    EmulatorStore(java.time.Clock clock) {
        this.clock = clock;
    }

    /** Everything recorded about one session tag of one product. */
    static final class Scope {
        final String product;
        final String tag;
        final Map<String, LogIndex> logIndexes = new HashMap<>();
        final List<Session> sessions = new ArrayList<>();
        final Map<String, User> users = new LinkedHashMap<>();
        final Map<String, Session> sessionsByCacheTag = new HashMap<>();

        Scope(String product, String tag) {
            this.product = product;
            this.tag = tag;
        }

        LogIndex logs(String env, String status) {
            return logIndexes.getOrDefault(indexKey(env, status), EMPTY);
        }

        void add(Log log) {
            for (String key : new String[] {indexKey(null, null), indexKey(log.env(), null),
                indexKey(null, log.status()), indexKey(log.env(), log.status())}) {
                logIndexes.computeIfAbsent(key, k -> new LogIndex()).add(log);
            }
        }

        private static String indexKey(String env, String status) {
            return (env == null ? "*" : "e:" + env) + "|" + (status == null ? "*" : status);
        }

        private static final LogIndex EMPTY = new LogIndex();
    }

    /** When an operation happens: now, and its duration if simulated ({@code -1}: until the clock's now). */
    record When(Instant now, long simulatedMillis) {
        static When live(Instant now) {
            return new When(now, -1);
        }
    }

    // ---- session configurations -------------------------------------------------------------

    Config createConfig(String product, Config config) {
        return write(() -> {
            Map<String, Config> ofProduct = configs.computeIfAbsent(product, p -> new LinkedHashMap<>());
            if (ofProduct.containsKey(config.tag)) {
                throw new ApiException(409, "CONFIG_EXISTS",
                    "Session config '" + config.tag + "' already exists in product '" + product + "'");
            }
            ofProduct.put(config.tag, config);
            return config;
        });
    }

    List<Config> listConfigs(String product) {
        return read(() -> new ArrayList<>(configs.getOrDefault(product, Map.of()).values()));
    }

    Config fetchConfig(String product, String tag) {
        return read(() -> config(product, tag));
    }

    /** Applies {@code change} to a copy of the stored config, validates the result, then stores it. */
    Config updateConfig(String product, String tag, java.util.function.UnaryOperator<Config> change) {
        return write(() -> {
            Config updated = change.apply(copy(config(product, tag)));
            updated.selector.requirePrimitiveIn(updated.schema, "schema");
            configs.get(product).put(tag, updated);
            return updated;
        });
    }

    void deleteConfig(String product, String tag) {
        write(() -> {
            config(product, tag);
            configs.get(product).remove(tag);
            return null;
        });
    }

    private Config config(String product, String tag) {
        Config config = configs.getOrDefault(product, Map.of()).get(tag);
        if (config == null) {
            throw ApiException.notFound("CONFIG_NOT_FOUND",
                "Session config '" + tag + "' not found in product '" + product + "'");
        }
        return config;
    }

    private static Config copy(Config c) {
        return new Config(c.name, c.tag, c.description, c.selector, c.expiry, c.period, c.schema);
    }

    // ---- lifecycle ---------------------------------------------------------------------------

    StartAnswer start(String product, String tag, String env, Map<String, Object> data, Long expiresInSeconds,
                      String cacheTag, When when) {
        return write(() -> {
            Config config = config(product, tag);
            Scope scope = scope(product, tag);
            Object identifierValue = config.selector.valueIn(data);
            if (!SessionSelector.isPrimitive(identifierValue)) {
                String message = "Session data has no string, number or boolean at '" + config.selector.fieldPath()
                    + "' (selector " + config.selector + ")";
                log(scope, Operation.CREATE, false, env, message, null, null, when);
                throw new ApiException(422, "INVALID_SESSION_DATA", message);
            }
            String identifier = String.valueOf(identifierValue);
            if (cacheTag != null) {
                Session cached = scope.sessionsByCacheTag.get(cacheKey(env, identifier, cacheTag));
                if (cached != null && cached.activeAt(when.now()) && cached.cachedAnswer != null
                    && cached.cachedAnswer.refreshToken().equals(cached.refreshToken)) {
                    touchUser(cached.user, when.now());
                    log(scope, Operation.CREATE, true, env, "Session returned from cache", cached.id, identifier,
                        when);
                    return cached.cachedAnswer;
                }
            }
            Duration lifetime = expiresInSeconds != null ? Duration.ofSeconds(expiresInSeconds) : config.lifetime();
            User user = user(scope, env, identifier, when.now());
            Session session = new Session(nextSessionId(), env, identifier, when.now(), lifetime, data, user);
            user.sessions.add(session);
            scope.sessions.add(session);
            sessionsById.put(session.id, session);
            StartAnswer answer = issue(product, tag, session, when.now());
            if (cacheTag != null) {
                session.cacheTag = cacheTag;
                session.cachedAnswer = answer;
                scope.sessionsByCacheTag.put(cacheKey(env, identifier, cacheTag), session);
            }
            log(scope, Operation.CREATE, true, env, "Session started", session.id, identifier, when);
            return answer;
        });
    }

    /** The answer to a verify: the session when the token is valid, else {@code null}. */
    record Verification(Session session, Map<String, Object> data) {}

    Verification verify(String product, String tag, String env, String token, When when) {
        return write(() -> {
            config(product, tag);
            Scope scope = scope(product, tag);
            Tokens.Claims claims = tokens.read(token, tag);
            String failure = null;
            Session session = null;
            if (claims == null) {
                failure = "Invalid session token";
            } else if (!product.equals(claims.product()) || !env.equals(claims.env())) {
                failure = "Session token was issued for another product or environment";
            } else if (!claims.expiresAt().isAfter(when.now())) {
                failure = "Session token expired";
            } else {
                session = sessionsById.get(claims.sessionId());
                if (session == null || session.revokedAt != null) {
                    failure = "Session revoked";
                } else if (!session.endAt.isAfter(when.now())) {
                    failure = "Session expired";
                }
            }
            if (failure != null) {
                log(scope, Operation.VERIFY, false, env, failure, claims == null ? null : claims.sessionId(),
                    session == null ? null : session.identifier, when);
                return new Verification(null, null);
            }
            touchUser(session.user, when.now());
            log(scope, Operation.VERIFY, true, env, "Session verified", session.id, session.identifier, when);
            return new Verification(session, claims.data());
        });
    }

    StartAnswer refresh(String product, String tag, String env, String refreshToken, When when) {
        return write(() -> {
            config(product, tag);
            Scope scope = scope(product, tag);
            Session session = sessionsByRefreshToken.get(refreshToken);
            String failure = null;
            if (session == null || !session.user.product.equals(product) || !session.user.tag.equals(tag)
                || !session.env.equals(env)) {
                failure = "Unknown or already used refresh token";
            } else if (session.revokedAt != null) {
                failure = "Session revoked";
            } else if (!session.refreshExpiresAt.isAfter(when.now())) {
                failure = "Refresh token expired";
            }
            if (failure != null) {
                log(scope, Operation.REFRESH, false, env, failure, session == null ? null : session.id,
                    session == null ? null : session.identifier, when);
                throw new ApiException(401, "INVALID_REFRESH_TOKEN", failure);
            }
            sessionsByRefreshToken.remove(refreshToken);
            session.endAt = when.now().plus(session.lifetime);
            StartAnswer answer = issue(product, tag, session, when.now());
            touchUser(session.user, when.now());
            log(scope, Operation.REFRESH, true, env, "Session refreshed", session.id, session.identifier, when);
            return answer;
        });
    }

    /** Revokes one session by id, or all active sessions of {@code identifier}; returns how many ended. */
    int revoke(String product, String tag, String env, String sessionId, String identifier, When when) {
        return write(() -> {
            config(product, tag);
            Scope scope = scope(product, tag);
            List<Session> targets = new ArrayList<>();
            if (sessionId != null) {
                Session session = sessionsById.get(sessionId);
                if (session != null && session.env.equals(env) && session.user.product.equals(product)
                    && session.user.tag.equals(tag) && session.activeAt(when.now())) {
                    targets.add(session);
                }
            } else {
                User user = scope.users.get(userKey(env, identifier));
                if (user != null) {
                    user.sessions.stream().filter(s -> s.activeAt(when.now())).forEach(targets::add);
                }
            }
            for (Session session : targets) {
                session.revokedAt = when.now();
                if (session.refreshToken != null) {
                    sessionsByRefreshToken.remove(session.refreshToken);
                }
            }
            String loggedIdentifier = sessionId == null ? identifier
                : targets.isEmpty() ? null : targets.get(0).identifier;
            log(scope, Operation.REVOKE, true, env, "Revoked " + targets.size() + " session(s)", sessionId,
                loggedIdentifier, when);
            return targets.size();
        });
    }

    /** A page of items and the total they were cut from. */
    record Page<T>(List<T> items, long total, int page, int limit) {
        int totalPages() {
            return (int) ((total + limit - 1) / limit);
        }

        static <T> Page<T> of(List<T> all, int page, int limit) {
            long from = (long) (page - 1) * limit;
            List<T> items = from >= all.size() ? List.of()
                : all.subList((int) from, (int) Math.min(all.size(), from + limit));
            return new Page<>(new ArrayList<>(items), all.size(), page, limit);
        }
    }

    Page<Session> listActive(String product, String tag, String env, String identifier, int page, int limit,
                             Instant now) {
        return read(() -> {
            Scope scope = scopes.get(scopeKey(product, tag));
            List<Session> active = new ArrayList<>();
            if (scope != null) {
                for (Session session : scope.sessions) {
                    if (session.env.equals(env) && (identifier == null || identifier.equals(session.identifier))
                        && session.activeAt(now)) {
                        active.add(session);
                    }
                }
            }
            active.sort(Comparator.comparing((Session s) -> s.startAt).reversed().thenComparing(s -> s.id));
            return Page.of(active, page, limit);
        });
    }

    // ---- analytics ---------------------------------------------------------------------------

    Page<User> users(String product, String tag, String env, int page, int limit) {
        return read(() -> {
            List<User> users = new ArrayList<>();
            Scope scope = scopes.get(scopeKey(product, tag));
            if (scope != null) {
                for (User user : scope.users.values()) {
                    if (env == null || env.equals(user.env)) {
                        users.add(user);
                    }
                }
            }
            users.sort(Comparator.comparing((User u) -> u.lastSeen).reversed().thenComparing(u -> u.identifier));
            return Page.of(users, page, limit);
        });
    }

    User userDetails(String product, String tag, String env, String identifier) {
        return read(() -> {
            Scope scope = scopes.get(scopeKey(product, tag));
            User found = null;
            if (scope != null) {
                for (User user : scope.users.values()) {
                    if (user.identifier.equals(identifier) && (env == null || env.equals(user.env))
                        && (found == null || user.lastSeen.isAfter(found.lastSeen))) {
                        found = user;
                    }
                }
            }
            if (found == null) {
                throw ApiException.notFound("USER_NOT_FOUND", "No user '" + identifier + "' in session '" + tag + "'");
            }
            return found;
        });
    }

    User userByDuctapeId(String ductapeUserId) {
        return read(() -> {
            User user = usersByDuctapeId.get(ductapeUserId);
            if (user == null) {
                throw ApiException.notFound("USER_NOT_FOUND", "No session user '" + ductapeUserId + "'");
            }
            return user;
        });
    }

    /** Logs matching the filters, newest first, and their total. */
    record LogPage(List<Log> logs, long total) {}

    LogPage logs(String product, String tag, String env, String status, TimeBound start, TimeBound end, int page,
                 int limit) {
        return read(() -> {
            Scope scope = scopes.get(scopeKey(product, tag));
            if (scope == null) {
                return new LogPage(List.of(), 0);
            }
            LogIndex index = scope.logs(env, status);
            int from = start == null ? 0 : index.firstAtOrAfter(ceilMillis(start.from()));
            int until = end == null ? index.size() : index.firstAtOrAfter(ceilMillis(end.untilExclusive()));
            if (until < from) {
                until = from;
            }
            return new LogPage(index.newestFirst(from, until, page, limit), until - from);
        });
    }

    Dashboard dashboard(String product, String tag, String env, GroupBy groupBy, TimeBound start, TimeBound end,
                        Instant now) {
        return read(() -> Dashboard.compute(scopes.get(scopeKey(product, tag)), env, groupBy, start, end, now));
    }

    // ---- helpers -----------------------------------------------------------------------------

    private StartAnswer issue(String product, String tag, Session session, Instant now) {
        String token = tokens.issue(new Tokens.Claims(session.id, product, tag, session.env, session.data,
            session.endAt), now);
        session.refreshToken = tokens.newRefreshToken();
        session.refreshExpiresAt = now.plus(REFRESH_TOKEN_LIFETIME);
        sessionsByRefreshToken.put(session.refreshToken, session);
        return new StartAnswer(token, session.refreshToken, session.id, session.endAt);
    }

    private User user(Scope scope, String env, String identifier, Instant now) {
        User user = scope.users.get(userKey(env, identifier));
        if (user == null) {
            long id = ++sequence;
            user = new User(String.format("%08x%016x", now.getEpochSecond(), id), String.format("du_%010x", id),
                scope.product, scope.tag, env, identifier, now);
            scope.users.put(userKey(env, identifier), user);
            usersByDuctapeId.put(user.ductapeUserId, user);
        } else {
            touchUser(user, now);
        }
        return user;
    }

    private static void touchUser(User user, Instant now) {
        if (now.isAfter(user.lastSeen)) {
            user.lastSeen = now;
        }
    }

    private String nextSessionId() {
        return String.format("sess_%012x", ++sequence);
    }

    private void log(Scope scope, Operation operation, boolean success, String env, String message, String sessionId,
                     String identifier, When when) {
        long start = when.now().toEpochMilli();
        long duration = when.simulatedMillis() >= 0 ? when.simulatedMillis()
            : Math.max(0, clock.millis() - start);
        scope.add(new Log(++sequence, operation, success, env, message, sessionId, identifier, start,
            start + duration));
    }

    private Scope scope(String product, String tag) {
        return scopes.computeIfAbsent(scopeKey(product, tag), key -> new Scope(product, tag));
    }

    private static String scopeKey(String product, String tag) {
        return product + "\u0000" + tag;
    }

    private static String userKey(String env, String identifier) {
        return env + "\u0000" + identifier;
    }

    private static String cacheKey(String env, String identifier, String cacheTag) {
        return env + "\u0000" + identifier + "\u0000" + cacheTag;
    }

    static long ceilMillis(Instant instant) {
        long millis = instant.toEpochMilli();
        return instant.getNano() % 1_000_000 == 0 ? millis : millis + 1;
    }

    static Config newConfig(String name, String tag, String description, String selector, long expiry, String period,
                            Map<String, Object> schema) {
        SessionSelector parsed = SessionSelector.parse(selector);
        if (expiry <= 0) {
            throw new IllegalArgumentException("`expiry` must be > 0, but was " + expiry);
        }
        Config config = new Config(name, tag, description, parsed, expiry, ExpiryPeriod.from(period), schema);
        parsed.requirePrimitiveIn(schema, "schema");
        return config;
    }

    private <T> T read(Supplier<T> action) {
        lock.readLock().lock();
        try {
            return action.get();
        } finally {
            lock.readLock().unlock();
        }
    }

    private <T> T write(Supplier<T> action) {
        lock.writeLock().lock();
        try {
            return action.get();
        } finally {
            lock.writeLock().unlock();
        }
    }
}
