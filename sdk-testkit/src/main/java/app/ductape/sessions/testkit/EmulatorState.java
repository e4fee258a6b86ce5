package app.ductape.sessions.testkit;

import app.ductape.sessions.testkit.Records.Config;
import app.ductape.sessions.testkit.Records.Log;
import app.ductape.sessions.testkit.Records.Operation;
import app.ductape.sessions.testkit.Records.Session;
import app.ductape.sessions.testkit.Records.User;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

/**
 * The emulator's data and its one read-write lock: queries share it, changes hold it alone, so an
 * operation is visible to every query once it has answered. The endpoint logic lives in
 * {@link ConfigStore}, {@link SessionLifecycle} and {@link Queries}; this holds what they share.
 */
final class EmulatorState {
    final Clock clock;
    /** The environments every product has; a call naming another answers {@code ENV_NOT_FOUND}. */
    private final Set<String> environments;
    final Tokens tokens = new Tokens();
    final Map<String, Map<String, Config>> configs = new HashMap<>();
    final Map<String, Session> sessionsById = new HashMap<>();
    final Map<String, Session> sessionsByRefreshToken = new HashMap<>();
    private final Map<String, Scope> scopes = new HashMap<>();
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private long sequence;

    EmulatorState(Clock clock, Set<String> environments) {
        this.clock = clock;
        this.environments = Set.copyOf(environments);
    }

    /**
     * When an operation happens: now, and its duration when simulated ({@code -1}: it lasts until the
     * clock's now, as a live request does).
     */
    record When(Instant now, long simulatedMillis) {
        static When live(Instant now) {
            return new When(now, -1);
        }
    }

    <T> T read(Supplier<T> action) {
        lock.readLock().lock();
        try {
            return action.get();
        } finally {
            lock.readLock().unlock();
        }
    }

    <T> T write(Supplier<T> action) {
        lock.writeLock().lock();
        try {
            return action.get();
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** The stored configuration, or a 404 {@code SESSION_NOT_FOUND}. */
    Config config(String product, String tag) {
        Config config = configs.getOrDefault(product, Map.of()).get(tag);
        if (config == null) {
            throw ApiException.notFound("SESSION_NOT_FOUND",
                "Session config '" + tag + "' not found in product '" + product + "'");
        }
        return config;
    }

    /**
     * The stored configuration of a call in {@code env}: a 404 {@code ENV_NOT_FOUND} when the product has no
     * such environment ({@code null} names none, as an analytics read across every environment does), else
     * as {@link #config(String, String)}.
     */
    Config config(String product, String tag, String env) {
        if (env != null && !environments.contains(env)) {
            throw ApiException.notFound("ENV_NOT_FOUND", "Environment '" + env + "' not found in product '"
                + product + "'; it has " + new TreeSet<>(environments));
        }
        return config(product, tag);
    }

    /** The scope of a tag, made on first use. */
    Scope scope(String product, String tag) {
        return scopes.computeIfAbsent(scopeKey(product, tag), key -> new Scope(product, tag));
    }

    /**
     * The scope of a tag a read names, or {@code null} when nothing happened in it yet; an unknown tag or
     * environment is a 404, as in {@link #config(String, String, String)}.
     */
    Scope existingScope(String product, String tag, String env) {
        config(product, tag, env);
        return scopes.get(scopeKey(product, tag));
    }

    /** The user of an identifier in an env of a scope, made (first seen now) or touched (seen now). */
    User user(Scope scope, String env, String identifier, Instant now) {
        User user = scope.users.get(userKey(env, identifier));
        if (user == null) {
            long id = ++sequence;
            user = new User(String.format("%08x%016x", now.getEpochSecond(), id), String.format("du_%010x", id),
                scope.product, scope.tag, env, identifier, now);
            scope.users.put(userKey(env, identifier), user);
        } else {
            touch(user, now);
        }
        return user;
    }

    User user(Scope scope, String env, String identifier) {
        return scope.users.get(userKey(env, identifier));
    }

    static void touch(User user, Instant now) {
        if (now.isAfter(user.lastSeen)) {
            user.lastSeen = now;
        }
    }

    String nextSessionId() {
        return String.format("sess_%012x", ++sequence);
    }

    /** Appends an activity log of {@code operation}; its duration is simulated or runs to the clock's now. */
    void log(Scope scope, Operation operation, boolean success, String env, String message, String sessionId,
             String identifier, When when) {
        long start = when.now().toEpochMilli();
        long duration = when.simulatedMillis() >= 0 ? when.simulatedMillis() : Math.max(0, clock.millis() - start);
        scope.add(new Log(++sequence, operation, success, env, message, sessionId, identifier, start,
            start + duration));
    }

    private static String scopeKey(String product, String tag) {
        return product + "\u0000" + tag;
    }

    private static String userKey(String env, String identifier) {
        return env + "\u0000" + identifier;
    }
}
