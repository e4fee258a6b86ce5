package app.ductape.sessions.middleware.fleet;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * One verifier's link to its fleet. Every method returns quickly and never throws for an engine that is
 * down: a publish that cannot be sent is logged (the peers drop what they cached before the outage when
 * they hear the fleet again), a lookup that cannot be made finds nothing.
 */
public interface FleetLink extends AutoCloseable {
    /**
     * Tells every other instance of a revocation this one learned. The link never delivers it back here.
     *
     * @param revocation what this instance learned
     */
    void publish(FleetRevocation revocation);

    /**
     * Whether the link hears its peers now. Read on every cache hit: it must be a field read.
     *
     * @return {@code true} while connected and subscribed
     */
    boolean isUp();

    /**
     * The health, with the reason while degraded.
     *
     * @return the health
     */
    FleetHealth health();

    /**
     * How long an answer is reused while the link is down (the verifier's staleness drops to it).
     *
     * @return the fallback staleness
     */
    Duration fallbackStaleness();

    /**
     * Whether answers are shared between instances.
     *
     * @return {@code true} when {@link #sharedAnswer} and {@link #share} are served
     */
    boolean sharesAnswers();

    /**
     * The answer another instance shared for a token, unless a revocation since its {@code askedAt} names it.
     *
     * @param tokenHash the token's SHA-256, in lower-case hex
     * @return the answer, or empty (also when the link is down or the lookup fails)
     */
    Optional<SharedAnswer> sharedAnswer(String tokenHash);

    /**
     * {@link #sharedAnswer}, for a caller that must not block (a verification on a Netty event loop). An
     * engine with an asynchronous client overrides it; this default looks the answer up on the common
     * fork-join pool.
     *
     * @param tokenHash the token's SHA-256, in lower-case hex
     * @return the answer, or empty; it never fails
     */
    default CompletableFuture<Optional<SharedAnswer>> sharedAnswerAsync(String tokenHash) {
        return CompletableFuture.supplyAsync(() -> sharedAnswer(tokenHash));
    }

    /**
     * Shares a valid answer until its {@code freshUntil}.
     *
     * @param tokenHash the token's SHA-256, in lower-case hex
     * @param answer the answer
     */
    void share(String tokenHash, SharedAnswer answer);

    @Override
    void close();
}
