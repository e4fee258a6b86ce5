package app.ductape.sessions.middleware;

import app.ductape.sessions.middleware.fleet.FleetRevocation;
import java.util.function.Supplier;

/**
 * Follows a {@link SessionVerifier}'s verifications that its cache does not answer fresh (and its hits, when
 * {@link #tracesHits()}), for tracing: a miss, a wait for another caller's request, an answer served stale.
 * Engine-neutral: the SDK's OpenTelemetry module is one. Told on the thread that asked; nothing passed here
 * holds a token or what a session carries. A verifier with a fleet tells it too of each revocation it broadcasts
 * to its peers and of each it applies from them. An exception a tracer throws is logged and never fails a
 * verification.
 */
public interface VerificationTracer {
    /** Traces nothing. */
    VerificationTracer NONE = (tag, result) -> Verification.NONE;

    /** How the cache answered. */
    enum CacheResult {
        /** A fresh cached answer. */
        HIT,
        /** No usable answer: a peer's shared one, or Ductape, was asked. */
        MISS,
        /** Another caller's request for the same token was waited for. */
        COALESCED,
        /** Ductape could not answer, and a recent valid answer was served ({@code serveStaleOnError}). */
        STALE
    }

    /** A revocation's way through a verifier's fleet. */
    enum FleetStep {
        /** A revocation learned here, applied to this instance's cache, then published to its peers. */
        BROADCAST,
        /** A peer's revocation, applied to this instance's cache. */
        APPLY
    }

    /**
     * Whether hits are traced too. They cost about 300 ns untraced, and a span costs more: off by default.
     *
     * @return {@code true} to be told of hits
     */
    default boolean tracesHits() {
        return false;
    }

    /**
     * A verification begins.
     *
     * @param tag    the verifier's session tag
     * @param result how the cache answered, as far as is known yet ({@link CacheResult#MISS} may become
     *               {@link CacheResult#STALE})
     * @return what follows it to its end
     */
    Verification start(String tag, CacheResult result);

    /**
     * A revocation goes through the verifier's fleet (only a verifier with a fleet tells this): told on the
     * thread that revoked for a broadcast, on the fleet's for an apply.
     *
     * @param tag  the verifier's session tag
     * @param step broadcast or apply
     * @param kind what the revocation names: one session, one user's sessions, or every answer
     * @return what hears its end
     */
    default FleetTrace fleet(String tag, FleetStep step, FleetRevocation.Kind kind) {
        return FleetTrace.NONE;
    }

    /** One revocation's step through the fleet. */
    @FunctionalInterface
    interface FleetTrace {
        /** Hears nothing. */
        FleetTrace NONE = (answers, failure) -> {};

        /**
         * It ended.
         *
         * @param answers how many cached answers it forgot or turned into refusals here
         * @param failure why it failed, or {@code null}
         */
        void ended(int answers, Throwable failure);
    }

    /** One verification. */
    interface Verification {
        /** Follows nothing. */
        Verification NONE = new Verification() {};

        /**
         * Runs {@code action} within this verification, so that the Ductape call it makes is part of it (a
         * tracer makes its span current); also on another thread than the one that asked.
         *
         * @param action what asks
         * @param <T>    its result
         * @return what {@code action} returns
         */
        default <T> T within(Supplier<T> action) {
            return action.get();
        }

        /**
         * How the cache answered, once known to differ from how it began.
         *
         * @param result the result
         */
        default void result(CacheResult result) {}

        /**
         * It ended.
         *
         * @param failure why it failed, or {@code null} when it answered (valid or not)
         */
        default void ended(Throwable failure) {}
    }
}
