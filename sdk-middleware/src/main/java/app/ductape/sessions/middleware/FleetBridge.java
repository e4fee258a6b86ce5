package app.ductape.sessions.middleware;

import app.ductape.sessions.SessionError;
import app.ductape.sessions.SessionsService;
import app.ductape.sessions.middleware.TokenDigest.TokenKey;
import app.ductape.sessions.middleware.VerifiedTokens.CachedAnswer;
import app.ductape.sessions.middleware.fleet.Fleet;
import app.ductape.sessions.middleware.fleet.FleetHealth;
import app.ductape.sessions.middleware.fleet.FleetLink;
import app.ductape.sessions.middleware.fleet.FleetMember;
import app.ductape.sessions.middleware.fleet.FleetRevocation;
import app.ductape.sessions.middleware.fleet.FleetScope;
import app.ductape.sessions.middleware.fleet.SharedAnswer;
import app.ductape.sessions.model.SessionConfig;
import app.ductape.sessions.model.VerifySessionResult;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.IntSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A verifier's side of its fleet, or of none: which cached answers it may still use (all of them while the
 * fleet is heard, those younger than the fallback staleness while not), the shared answers it reads and
 * writes, the revocations it applies and publishes, and the user each answer belongs to (the session
 * config's selector, learned once from Ductape, so that a peer's {@code revokeAll} forgets one user's
 * answers rather than all).
 */
final class FleetBridge implements FleetMember {
    private static final Logger LOG = LoggerFactory.getLogger(FleetBridge.class);
    /** How long a failed look-up of the session config waits before the next one. */
    private static final long CONFIG_RETRY_MILLIS = Duration.ofSeconds(30).toMillis();

    private final FleetScope scope;
    private final SessionsService sessions;
    private final VerifiedTokens answers;
    private final VerifierCounters counters;
    private final Clock clock;
    private final long staleOnErrorMillis;
    private final long fallbackMillis;
    private final VerificationTracer tracer;
    private final FleetLink link;
    private volatile SessionConfig config;
    private volatile long configRetryAt;

    FleetBridge(Fleet fleet, FleetScope scope, SessionsService sessions, VerifiedTokens answers,
                VerifierCounters counters, Clock clock, Duration staleOnError, VerificationTracer tracer) {
        this.scope = scope;
        this.tracer = tracer;
        this.sessions = sessions;
        this.answers = answers;
        this.counters = counters;
        this.clock = clock;
        this.staleOnErrorMillis = staleOnError.toMillis();
        // last: the engine may deliver to this member as soon as it has joined
        this.link = fleet == null ? null : fleet.join(this);
        this.fallbackMillis = link == null ? 0 : link.fallbackStaleness().toMillis();
    }

    /** Whether a cached answer may be used now: always without a fleet or while it is heard. */
    boolean admits(CachedAnswer answer, long now) {
        return link == null || link.isUp() || now - answer.askedAt() < fallbackMillis;
    }

    /** The answer a peer shared for this token, as a cached answer, or null. */
    CachedAnswer shared(TokenKey key) {
        if (!readsShared()) {
            return null;
        }
        return usable(link.sharedAnswer(key.hex()));
    }

    /** {@link #shared}, without blocking the caller: completed at once without a fleet that shares answers. */
    CompletableFuture<CachedAnswer> sharedAsync(TokenKey key) {
        if (!readsShared()) {
            return CompletableFuture.completedFuture(null);
        }
        return link.sharedAnswerAsync(key.hex()).thenApply(this::usable);
    }

    private boolean readsShared() {
        return link != null && link.sharesAnswers() && link.isUp();
    }

    private CachedAnswer usable(Optional<SharedAnswer> found) {
        if (found.isEmpty()) {
            return null;
        }
        SharedAnswer shared = found.get();
        long freshUntil = shared.freshUntil().toEpochMilli();
        long staleUntil = CachedAnswer.notPastExpiry(shared.result(), freshUntil + staleOnErrorMillis);
        if (clock.millis() >= freshUntil) {
            return null;
        }
        counters.sharedHit();
        return new CachedAnswer(shared.result(), freshUntil, staleUntil, shared.askedAt().toEpochMilli(),
            shared.identifier().orElse(null));
    }

    /** Shares a valid answer Ductape gave this instance. */
    void share(TokenKey key, CachedAnswer answer) {
        if (link != null && link.sharesAnswers() && link.isUp() && answer.result().valid()) {
            link.share(key.hex(), new SharedAnswer(answer.result(), Instant.ofEpochMilli(answer.askedAt()),
                Instant.ofEpochMilli(answer.freshUntil()), Optional.ofNullable(answer.identifier())));
        }
    }

    /** The user of an answer, or null: without a fleet, or while the session config is unknown. */
    String identifierOf(VerifySessionResult result) {
        if (link == null || !result.valid()) {
            return null;
        }
        SessionConfig known = sessionConfig();
        return known == null ? null : known.identifierIn(result.data()).orElse(null);
    }

    private SessionConfig sessionConfig() {
        SessionConfig known = config;
        if (known != null || clock.millis() < configRetryAt) {
            return known;
        }
        try {
            known = sessions.fetch(scope.product(), scope.tag());
            config = known;
        } catch (SessionError e) {
            configRetryAt = clock.millis() + CONFIG_RETRY_MILLIS;
            LOG.warn("the session config of {} could not be read ({}): a peer's revokeAll of one user forgets "
                + "every cached answer until it is", scope.tag(), e.code());
        }
        return known;
    }

    /**
     * Forgets what a revocation learned here names, then tells the peers, if there is a fleet (traced as its
     * broadcast).
     */
    void revoke(FleetRevocation revocation) {
        if (link == null) {
            apply(revocation);
            return;
        }
        traced(VerificationTracer.FleetStep.BROADCAST, revocation, () -> {
            int answers = apply(revocation);
            link.publish(revocation);
            return answers;
        });
    }

    private void traced(VerificationTracer.FleetStep step, FleetRevocation revocation, IntSupplier work) {
        VerificationTracer.FleetTrace trace = tracer.fleet(scope.tag(), step, revocation.kind());
        int answers;
        try {
            answers = work.getAsInt();
        } catch (RuntimeException | Error e) {
            trace.ended(0, e);
            throw e;
        }
        trace.ended(answers, null);
    }

    /**
     * Forgets what a revocation names here, or, for sessions Ductape ended, keeps their answers as refusals
     * (until they would have stopped being fresh) so that their tokens are refused without asking Ductape;
     * returns how many answers.
     */
    private int apply(FleetRevocation revocation) {
        return switch (revocation.kind()) {
            case SESSION -> revocation.ended() ? answers.refuseSession(revocation.sessionId().orElseThrow())
                : answers.forgetSession(revocation.sessionId().orElseThrow());
            case USER -> {
                String identifier = revocation.identifier().orElseThrow();
                yield revocation.ended() ? answers.refuseUser(identifier, revocation::keeps)
                    : answers.forgetWhere(answer -> answer.mayBelongTo(identifier)
                        && !revocation.keeps(answer.result().sessionId().orElse(null)));
            }
            case ALL -> answers.forgetAll();
        };
    }

    Optional<FleetHealth> health() {
        return link == null ? Optional.empty() : Optional.of(link.health());
    }

    void close() {
        if (link != null) {
            link.close();
        }
    }

    @Override
    public FleetScope scope() {
        return scope;
    }

    @Override
    public Clock clock() {
        return clock;
    }

    @Override
    public void revokedByPeer(FleetRevocation revocation) {
        traced(VerificationTracer.FleetStep.APPLY, revocation, () -> apply(revocation));
        // counted once applied: a caller who sees the count sees its effect
        counters.peerRevocation();
    }

    @Override
    public void reconnected(Instant lostAt) {
        long lost = lostAt.toEpochMilli();
        int forgotten = answers.forgetWhere(answer -> answer.askedAt() < lost);
        LOG.info("the fleet of {} is heard again after an outage since {}: {} cached answers older than it "
            + "forgotten", scope.tag(), lostAt, forgotten);
    }
}
