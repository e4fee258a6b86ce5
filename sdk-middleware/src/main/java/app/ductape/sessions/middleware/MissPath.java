package app.ductape.sessions.middleware;

import app.ductape.sessions.SessionError;
import app.ductape.sessions.SessionsService;
import app.ductape.sessions.middleware.TokenDigest.TokenKey;
import app.ductape.sessions.middleware.VerificationTracer.CacheResult;
import app.ductape.sessions.middleware.VerificationTracer.Verification;
import app.ductape.sessions.middleware.VerifiedTokens.CachedAnswer;
import app.ductape.sessions.model.VerifySessionResult;
import app.ductape.sessions.options.VerifySessionOptions;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What a verification does when the cache cannot answer: a peer's shared answer, else one request to
 * Ductape, its answer cached (and shared) when it may be. One request per token is in flight at a time,
 * shared by the blocking and the async callers alike: the blocking path asks on the caller's thread, the
 * async one through {@code sessions.async()}, never on the caller's.
 */
final class MissPath {
    private final SessionsService sessions;
    private final Function<String, VerifySessionOptions> options;
    private final Duration maxStaleness;
    private final Duration negativeFor;
    private final Duration staleOnError;
    private final Clock clock;
    private final VerifierCounters counters;
    private final VerifiedTokens answers;
    private final FleetBridge fleet;
    private final Function<CacheResult, Verification> tracer;
    private final ConcurrentMap<TokenKey, CompletableFuture<VerifySessionResult>> inFlight = new ConcurrentHashMap<>();

    MissPath(SessionsService sessions, Function<String, VerifySessionOptions> options, Duration maxStaleness,
             Duration negativeFor, Duration staleOnError, Clock clock, VerifierCounters counters,
             VerifiedTokens answers, FleetBridge fleet, Function<CacheResult, Verification> tracer) {
        this.tracer = tracer;
        this.sessions = sessions;
        this.options = options;
        this.maxStaleness = maxStaleness;
        this.negativeFor = negativeFor;
        this.staleOnError = staleOnError;
        this.clock = clock;
        this.counters = counters;
        this.answers = answers;
        this.fleet = fleet;
    }

    /** The answer on the caller's thread, or the wait for the request another caller already made. */
    VerifySessionResult verify(TokenKey key, String token, CachedAnswer previous) {
        CompletableFuture<VerifySessionResult> mine = new CompletableFuture<>();
        CompletableFuture<VerifySessionResult> first = inFlight.putIfAbsent(key, mine);
        if (first != null) {
            counters.coalesced();
            return traced(tracer.apply(CacheResult.COALESCED), () -> await(first));
        }
        Verification verification = tracer.apply(CacheResult.MISS);
        try {
            long epochAtAsking = answers.epoch();
            mine.complete(verification.within(() -> {
                CachedAnswer shared = fleet.shared(key);
                if (shared != null) {
                    answers.store(key, shared, epochAtAsking);
                    return shared.result();
                }
                return askDuctape(key, token, previous, epochAtAsking, verification);
            }));
        } catch (RuntimeException e) {
            mine.completeExceptionally(e);
        } finally {
            inFlight.remove(key, mine);
        }
        return traced(verification, () -> await(mine));
    }

    /** What {@code answer} gives, with the verification ended by it. */
    private static VerifySessionResult traced(Verification verification, Supplier<VerifySessionResult> answer) {
        try {
            VerifySessionResult result = answer.get();
            verification.ended(null);
            return result;
        } catch (RuntimeException e) {
            verification.ended(e);
            throw e;
        }
    }

    /** The answer, never made on the caller's thread; a copy of the one in flight when there is one. */
    CompletableFuture<VerifySessionResult> verifyAsync(TokenKey key, String token, CachedAnswer previous) {
        CompletableFuture<VerifySessionResult> mine = new CompletableFuture<>();
        CompletableFuture<VerifySessionResult> first = inFlight.putIfAbsent(key, mine);
        if (first != null) {
            counters.coalesced();
            Verification waited = tracer.apply(CacheResult.COALESCED);
            // a copy: a caller that cancels or completes its future leaves the others' alone
            return first.copy().whenComplete((result, failure) -> waited.ended(failure == null ? null : unwrapped(failure)));
        }
        Verification verification = tracer.apply(CacheResult.MISS);
        long epochAtAsking = answers.epoch();
        verification.within(() -> fleet.sharedAsync(key)).thenCompose(shared -> {
            if (shared != null) {
                answers.store(key, shared, epochAtAsking);
                return CompletableFuture.completedFuture(shared.result());
            }
            // maybe on the fleet's thread: the call joins the verification, not whatever is current there
            return verification.within(() -> askDuctapeAsync(key, token, previous, epochAtAsking, verification));
        }).whenComplete((result, failure) -> {
            inFlight.remove(key, mine);
            verification.ended(failure == null ? null : unwrapped(failure));
            if (failure != null) {
                mine.completeExceptionally(unwrapped(failure));
            } else {
                mine.complete(result);
            }
        });
        return mine.copy();
    }

    private VerifySessionResult askDuctape(TokenKey key, String token, CachedAnswer previous, long epochAtAsking,
                                           Verification verification) {
        long askedAt = clock.millis();
        counters.miss();
        VerifySessionResult result;
        try {
            result = sessions.verify(options.apply(token));
        } catch (SessionError e) {
            return failed(e, previous, verification);
        }
        return answered(key, result, previous, askedAt, epochAtAsking);
    }

    private CompletableFuture<VerifySessionResult> askDuctapeAsync(TokenKey key, String token, CachedAnswer previous,
                                                                  long epochAtAsking, Verification verification) {
        long askedAt = clock.millis();
        counters.miss();
        return sessions.async().verify(options.apply(token)).handle((result, failure) -> {
            if (failure == null) {
                return answered(key, result, previous, askedAt, epochAtAsking);
            }
            if (unwrapped(failure) instanceof SessionError e) {
                return failed(e, previous, verification);
            }
            throw failure instanceof CompletionException completion ? completion : new CompletionException(failure);
        });
    }

    /** Caches (and shares) Ductape's answer when it may be, or forgets the previous one. */
    private VerifySessionResult answered(TokenKey key, VerifySessionResult result, CachedAnswer previous,
                                         long askedAt, long epochAtAsking) {
        CachedAnswer answer = cacheable(result, askedAt, clock.millis());
        if (answer != null) {
            if (answers.store(key, answer, epochAtAsking)) {
                fleet.share(key, answer);
            }
        } else if (previous != null) {
            answers.forget(key);
        }
        return result;
    }

    /** A recent valid answer while Ductape is unavailable, if {@code serveStaleOnError} allows; else the failure. */
    private VerifySessionResult failed(SessionError e, CachedAnswer previous, Verification verification) {
        counters.failed(e);
        long now = clock.millis();
        if (e.isUnavailable() && previous != null && now < previous.staleUntil() && fleet.admits(previous, now)) {
            counters.staleServed();
            verification.result(CacheResult.STALE);
            return previous.result();
        }
        throw e;
    }

    /** How long an answer may be reused, or {@code null} when it may not be cached. */
    private CachedAnswer cacheable(VerifySessionResult result, long askedAt, long now) {
        if (!result.valid()) {
            long until = now + negativeFor.toMillis();
            return negativeFor.isZero() ? null : new CachedAnswer(result, until, until, askedAt, null);
        }
        if (maxStaleness.isZero()) {
            return null;
        }
        long freshUntil = CachedAnswer.notPastExpiry(result, now + maxStaleness.toMillis());
        long staleUntil = CachedAnswer.notPastExpiry(result, now + maxStaleness.toMillis() + staleOnError.toMillis());
        return now < freshUntil ? new CachedAnswer(result, freshUntil, staleUntil, askedAt, fleet.identifierOf(result))
            : null;
    }

    private static Throwable unwrapped(Throwable failure) {
        return failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
    }

    private static VerifySessionResult await(CompletableFuture<VerifySessionResult> answer) {
        try {
            return answer.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }
}
