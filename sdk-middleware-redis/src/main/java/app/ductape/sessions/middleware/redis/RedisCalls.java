package app.ductape.sessions.middleware.redis;

import app.ductape.sessions.middleware.fleet.FleetMember;
import app.ductape.sessions.middleware.fleet.FleetRevocation;
import app.ductape.sessions.middleware.fleet.SharedAnswer;
import io.lettuce.core.Range;
import io.lettuce.core.ScoredValue;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.async.RedisAsyncCommands;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The commands a link sends, each bounded by the command timeout: reading and writing shared answers,
 * sending a revocation, reading the cutoffs.
 */
final class RedisCalls {
    private static final Logger LOG = LoggerFactory.getLogger(RedisCalls.class);

    private final FleetKeys keys;
    private final LinkSettings settings;
    private final FleetMember member;
    private final Supplier<StatefulRedisConnection<String, String>> connection;
    private final SharedAnswers answers;

    RedisCalls(FleetKeys keys, LinkSettings settings, FleetMember member,
               Supplier<StatefulRedisConnection<String, String>> connection) {
        this.keys = keys;
        this.settings = settings;
        this.member = member;
        this.connection = connection;
        this.answers = settings.answerKey() == null ? null : new SharedAnswers(keys.channel(), settings.answerKey());
    }

    /** The answer shared under a token's hash, or empty when there is none or Redis does not answer in time. */
    Optional<SharedAnswer> sharedAnswer(String tokenHash) {
        try {
            String stored = await(commands().get(keys.answer(tokenHash)));
            return stored == null ? Optional.empty() : answers.decode(tokenHash, stored);
        } catch (RedisUnanswered e) {
            LOG.debug("no shared answer read from {}: {}", keys.channel(), e.getMessage());
            return Optional.empty();
        }
    }

    /** {@link #sharedAnswer} on Lettuce's asynchronous API: it never blocks the caller, and never fails. */
    CompletableFuture<Optional<SharedAnswer>> sharedAnswerAsync(String tokenHash) {
        try {
            return commands().get(keys.answer(tokenHash)).toCompletableFuture()
                .orTimeout(settings.commandTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .handle((stored, failure) -> {
                    if (failure != null) {
                        LOG.debug("no shared answer read from {}: {}", keys.channel(), failure.toString());
                        return Optional.<SharedAnswer>empty();
                    }
                    return stored == null ? Optional.<SharedAnswer>empty() : answers.decode(tokenHash, stored);
                });
        } catch (RuntimeException notConnected) {
            return CompletableFuture.completedFuture(Optional.empty());
        }
    }

    /**
     * Shares an answer until its {@code freshUntil}, unless a revocation since it was asked names it; waits (up
     * to the command timeout) until it is stored, so that a peer asked next finds it.
     */
    void share(String tokenHash, SharedAnswer answer) {
        long now = member.clock().millis();
        long ttl = answer.freshUntil().toEpochMilli() - now;
        if (ttl <= 0) {
            return;
        }
        List<String> indexes = new ArrayList<>();
        indexes.add(keys.allAnswers());
        answer.result().sessionId().ifPresent(id -> indexes.add(keys.sessionAnswers(id)));
        answer.identifier().ifPresent(identifier -> indexes.add(keys.userAnswers(identifier)));
        List<String> scriptKeys = new ArrayList<>(List.of(keys.answer(tokenHash), keys.allCutoff(),
            keys.userCutoffs(), keys.sessionRevoked(answer.result().sessionId().orElse(""))));
        scriptKeys.addAll(indexes);
        try {
            await(commands().eval(FleetScripts.SHARE, ScriptOutputType.INTEGER, scriptKeys.toArray(String[]::new),
                answers.encode(tokenHash, answer), Long.toString(answer.askedAt().toEpochMilli()), Long.toString(ttl),
                Long.toString(now), answer.identifier().orElse(""), tokenHash));
        } catch (RedisUnanswered e) {
            LOG.debug("an answer was not shared on {}: {}", keys.channel(), e.getMessage());
        }
    }

    /** Deletes the shared answers a revocation names, records its cutoff and publishes it: the receivers. */
    CompletableFuture<Long> revoke(FleetRevocation revocation, String message) {
        String index;
        String cutoff;
        long keep;
        switch (revocation.kind()) {
            case SESSION -> {
                index = keys.sessionAnswers(revocation.sessionId().orElseThrow());
                cutoff = keys.sessionRevoked(revocation.sessionId().orElseThrow());
                // an answer asked before the revocation is fresh for the staleness bound at most
                keep = member.scope().maxStaleness().multipliedBy(2).toMillis();
            }
            case USER -> {
                index = keys.userAnswers(revocation.identifier().orElseThrow());
                cutoff = keys.userCutoffs();
                keep = settings.cutoffRetention().toMillis();
            }
            default -> {
                index = keys.allAnswers();
                cutoff = keys.allCutoff();
                keep = settings.cutoffRetention().toMillis();
            }
        }
        return commands().<Long>eval(FleetScripts.REVOKE, ScriptOutputType.INTEGER,
                new String[] {index, cutoff, keys.recentRevocations()},
                revocation.kind().name().toLowerCase(Locale.ROOT), Long.toString(revocation.at().toEpochMilli()),
                Long.toString(Math.max(keep, 1)), revocation.identifier().orElse(""), keys.channel(), message,
                keys.answerPrefix(), Long.toString(member.clock().millis()), Long.toString(recentMillis()))
            .toCompletableFuture().orTimeout(settings.commandTimeout().toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * The messages published since an instant, or null when Redis does not answer: what an instance that did
     * not hear its fleet from then on missed.
     */
    List<String> revocationsSince(java.time.Instant since) {
        try {
            return await(commands().zrangebyscore(keys.recentRevocations(),
                Range.create(since.toEpochMilli(), Double.POSITIVE_INFINITY)));
        } catch (RedisUnanswered e) {
            LOG.warn("the recent revocations of {} could not be read ({}); tried again at the next heartbeat",
                keys.channel(), e.getMessage());
            return null;
        }
    }

    /** How long a message is kept among the recent ones: an answer asked before it is fresh no longer. */
    private long recentMillis() {
        return member.scope().maxStaleness().multipliedBy(2).toMillis();
    }

    /** Reads the recent cutoffs into this instance's copy: whether Redis answered. */
    boolean loadCutoffs(Cutoffs into) {
        long since = member.clock().millis() - member.scope().maxStaleness().toMillis();
        try {
            Map<String, Long> users = new HashMap<>();
            for (ScoredValue<String> cutoff : await(commands().zrangebyscoreWithScores(keys.userCutoffs(),
                Range.create(since, Double.POSITIVE_INFINITY)))) {
                users.put(cutoff.getValue(), (long) cutoff.getScore());
            }
            String all = await(commands().get(keys.allCutoff()));
            into.merge(users, all == null ? null : Long.parseLong(all));
            return true;
        } catch (RedisUnanswered | NumberFormatException e) {
            LOG.warn("the cutoffs of {} could not be read ({}); tried again at the next heartbeat", keys.channel(),
                e.getMessage());
            return false;
        }
    }

    private RedisAsyncCommands<String, String> commands() {
        StatefulRedisConnection<String, String> current = connection.get();
        if (current == null) {
            throw new IllegalStateException("not connected to Redis yet");
        }
        return current.async();
    }

    private <T> T await(io.lettuce.core.RedisFuture<T> future) throws RedisUnanswered {
        try {
            return future.get(settings.commandTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new RedisUnanswered(String.valueOf(e.getCause()));
        } catch (TimeoutException e) {
            throw new RedisUnanswered("no answer in " + settings.commandTimeout().toMillis() + " ms");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RedisUnanswered("interrupted");
        }
    }

    /** Redis did not answer a command, or answered with an error. */
    private static final class RedisUnanswered extends Exception {
        RedisUnanswered(String reason) {
            super(reason);
        }
    }
}
