package app.ductape.sessions.middleware;

import app.ductape.sessions.middleware.TokenDigest.TokenKey;
import app.ductape.sessions.model.VerifySessionResult;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.RemovalCause;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/**
 * The answers a {@link SessionVerifier} reuses: a bounded Caffeine cache of token hashes to answers, each
 * living until its {@code staleUntil}, and an index of the cached tokens by session id, so that forgetting
 * one session costs what it forgets rather than a scan of every entry (a revocation runs on the thread
 * that read its response, OkHttp's dispatcher for {@code async()}).
 *
 * <p>An answer fetched before an invalidation is never kept after it: every invalidation moves the epoch
 * first, and {@link #store} checks the epoch after its entry is in place and removes the entry when it
 * moved. Either the check sees the move, or the invalidation, which comes after, sees the entry.
 */
final class VerifiedTokens {
    /** The index bucket of answers that name no session: every session's invalidation forgets them too. */
    private static final String NO_SESSION = "";

    /**
     * A cached answer: fresh before {@code freshUntil}, usable on a Ductape failure before {@code staleUntil}
     * (epoch milliseconds, so that a hit reads the clock without allocating); asked of Ductape at
     * {@code askedAt}; of the user {@code identifier}, or null when the verifier does not know it.
     */
    record CachedAnswer(VerifySessionResult result, long freshUntil, long staleUntil, long askedAt,
                        String identifier) {
        /** {@code until}, or the answer's {@code expiresAt} if that comes first: never valid past its expiry. */
        static long notPastExpiry(VerifySessionResult result, long until) {
            // the expiry's own millisecond is past it: a token is never answered valid at or after expiresAt
            return result.expiresAt().map(expiresAt -> Math.min(until, expiresAt.toEpochMilli())).orElse(until);
        }

        String sessionKey() {
            return result.sessionId().orElse(NO_SESSION);
        }

        /** Whether a revocation of the user {@code revoked} may name this answer (an unknown user may be anyone). */
        boolean mayBelongTo(String revoked) {
            return identifier == null || identifier.equals(revoked);
        }

        /** This answer turned into a refusal of its token, fresh no longer than the answer was, never stale. */
        CachedAnswer refused() {
            return new CachedAnswer(new VerifySessionResult(false, Map.of(), result.sessionId(), Optional.empty()),
                freshUntil, freshUntil, askedAt, identifier);
        }
    }

    private final Cache<TokenKey, CachedAnswer> cache;
    private final ConcurrentMap<String, Set<TokenKey>> bySession = new ConcurrentHashMap<>();
    private final AtomicLong epoch = new AtomicLong();
    private final VerifierCounters counters;

    VerifiedTokens(long maxEntries, Clock clock, VerifierCounters counters) {
        this.counters = counters;
        this.cache = Caffeine.newBuilder()
            .maximumSize(maxEntries)
            // the verifier's clock, so that an answer leaves memory when it stops being usable by that clock
            .ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis()))
            .expireAfter(new Expiry<TokenKey, CachedAnswer>() {
                @Override
                public long expireAfterCreate(TokenKey key, CachedAnswer answer, long currentTime) {
                    return TimeUnit.MILLISECONDS.toNanos(Math.max(0, answer.staleUntil() - clock.millis()));
                }

                @Override
                public long expireAfterUpdate(TokenKey key, CachedAnswer answer, long currentTime,
                                              long currentDuration) {
                    return expireAfterCreate(key, answer, currentTime);
                }

                @Override
                public long expireAfterRead(TokenKey key, CachedAnswer answer, long currentTime,
                                            long currentDuration) {
                    return currentDuration;
                }
            })
            // synchronous, inside the removal: the index never loses a key that a later put brought back
            .evictionListener((TokenKey key, CachedAnswer answer, RemovalCause cause) -> {
                unindex(key, answer);
                counters.evicted();
            })
            .build();
    }

    /**
     * The answer cached for {@code key}, fresh or not. A read leaves the eviction policy alone: recording
     * every read costs as much as the rest of a hit, and an entry lives at most its staleness anyway.
     */
    CachedAnswer peek(TokenKey key) {
        return cache.policy().getIfPresentQuietly(key);
    }

    /** The epoch to pass to {@link #store} for an answer about to be asked for. */
    long epoch() {
        return epoch.get();
    }

    /**
     * Caches {@code answer}, unless an invalidation came since {@code epochAtAsking}; returns whether none
     * came (so that an answer asked for before a revocation is not passed on either).
     */
    boolean store(TokenKey key, CachedAnswer answer, long epochAtAsking) {
        if (epoch.get() != epochAtAsking) {
            return false;
        }
        cache.put(key, answer);
        index(key, answer);
        boolean invalidatedMeanwhile = epoch.get() != epochAtAsking;
        if (invalidatedMeanwhile && cache.asMap().remove(key, answer)) {
            unindex(key, answer);
        } else if (peek(key) == null) {
            unindex(key, answer); // evicted between the put and the index: keep the index to what is cached
        }
        return !invalidatedMeanwhile;
    }

    /** Forgets the answer of one token (it is no longer valid). */
    void forget(TokenKey key) {
        CachedAnswer removed = cache.asMap().remove(key);
        if (removed != null) {
            unindex(key, removed);
        }
    }

    /** Forgets every answer of one session, and those that name none; returns how many. */
    int forgetSession(String sessionId) {
        epoch.incrementAndGet();
        return forgetBucket(sessionId) + forgetBucket(NO_SESSION);
    }

    /** Forgets every answer; returns how many. */
    /** Refuses the tokens of a session Ductape ended, and forgets the answers that name no session. */
    int refuseSession(String sessionId) {
        epoch.incrementAndGet();
        int refused = 0;
        Set<TokenKey> keys = bySession.get(sessionId);
        if (keys != null) {
            for (TokenKey key : keys) {
                if (cache.asMap().computeIfPresent(key, (same, answer) -> answer.refused()) != null) {
                    refused++;
                    counters.invalidated();
                }
            }
        }
        return refused + forgetBucket(NO_SESSION);
    }

    /**
     * Refuses the tokens of a user whose sessions Ductape ended, but those of the session it kept (if any), and
     * forgets the answers of no known user.
     */
    int refuseUser(String identifier, Predicate<String> kept) {
        epoch.incrementAndGet();
        int changed = 0;
        for (Map.Entry<TokenKey, CachedAnswer> entry : cache.asMap().entrySet()) {
            CachedAnswer answer = entry.getValue();
            if (kept.test(answer.result().sessionId().orElse(null))) {
                continue;
            }
            if (identifier.equals(answer.identifier()) && answer.result().valid()) {
                if (cache.asMap().replace(entry.getKey(), answer, answer.refused())) {
                    changed++;
                    counters.invalidated();
                }
            } else if (answer.identifier() == null && cache.asMap().remove(entry.getKey(), answer)) {
                unindex(entry.getKey(), answer);
                changed++;
                counters.invalidated();
            }
        }
        return changed;
    }

    int forgetAll() {
        epoch.incrementAndGet();
        int forgotten = 0;
        for (String session : bySession.keySet()) {
            forgotten += forgetBucket(session);
        }
        return forgotten;
    }

    /**
     * Forgets every answer that {@code doomed} names; returns how many. A scan of the cache, for what the
     * session index cannot name: one user's answers, or those asked before a fleet outage.
     */
    int forgetWhere(Predicate<CachedAnswer> doomed) {
        epoch.incrementAndGet();
        int forgotten = 0;
        for (Map.Entry<TokenKey, CachedAnswer> entry : cache.asMap().entrySet()) {
            if (doomed.test(entry.getValue()) && cache.asMap().remove(entry.getKey(), entry.getValue())) {
                unindex(entry.getKey(), entry.getValue());
                forgotten++;
                counters.invalidated();
            }
        }
        return forgotten;
    }

    private int forgetBucket(String session) {
        Set<TokenKey> keys = bySession.remove(session);
        if (keys == null) {
            return 0;
        }
        int forgotten = 0;
        for (TokenKey key : keys) {
            if (cache.asMap().remove(key) != null) {
                forgotten++;
                counters.invalidated();
            }
        }
        return forgotten;
    }

    // The index changes only inside compute calls on its session, so that adding a key and dropping an
    // emptied set of the same session never interleave (a key added to a set already dropped is lost).
    private void index(TokenKey key, CachedAnswer answer) {
        bySession.compute(answer.sessionKey(), (session, keys) -> {
            Set<TokenKey> held = keys != null ? keys : ConcurrentHashMap.newKeySet();
            held.add(key);
            return held;
        });
    }

    private void unindex(TokenKey key, CachedAnswer answer) {
        bySession.computeIfPresent(answer.sessionKey(), (session, keys) -> {
            keys.remove(key);
            return keys.isEmpty() ? null : keys;
        });
    }

    long size() {
        return cache.estimatedSize();
    }

    /** How many keys the index holds, for the tests' look at its bound. */
    int indexedKeys() {
        return bySession.values().stream().mapToInt(Set::size).sum();
    }

    /** The cached keys, for the tests' look at what the heap holds. */
    Set<TokenKey> keys() {
        cache.cleanUp();
        return Set.copyOf(cache.asMap().keySet());
    }
}
