package app.ductape.sessions.transport;

import app.ductape.sessions.SessionError;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The retry rules of one call as a state machine, shared by the synchronous and the asynchronous
 * drivers: each attempt's {@link Outcome} goes in, and the next {@link Step} comes out (return the
 * value, fail with the final error, or wait and try again). It counts the attempts, keeps the earlier
 * failures as suppressed errors of the final one, and tells the listeners and the call's trace of retries
 * and the end.
 *
 * @param <T> the call's result
 */
final class RetryLoop<T> {
    /** What the driver does next. */
    sealed interface Step<T> {
        /** Return the value of this successful attempt, the {@code attempts}-th. */
        record Done<T>(Outcome.Success<T> success, int attempts) implements Step<T> {}

        /** Fail with this error. */
        record Fail<T>(SessionError error) implements Step<T> {}

        /** Wait this long, then make the next attempt. */
        record Wait<T>(Duration delay) implements Step<T> {}
    }

    private final HttpApiCall<T> call;
    private final int maxRetries;
    private final RetryPolicy policy;
    private final Redaction redaction;
    private final CallListener listener;
    private final CallTracer.Trace trace;
    private final long startNanos = System.nanoTime();
    private final List<SessionError> earlier = new ArrayList<>();
    private int attempts;

    RetryLoop(HttpApiCall<T> call, int clientMaxRetries, RetryPolicy policy, Redaction redaction,
              CallListener listener, CallTracer.Trace trace) {
        this.trace = trace;
        this.call = call;
        this.maxRetries = call.options().maxRetries() != null ? call.options().maxRetries() : clientMaxRetries;
        this.policy = policy;
        this.redaction = redaction;
        this.listener = listener;
    }

    /** The number the next attempt will carry, from 1. */
    int nextAttempt() {
        return attempts + 1;
    }

    Step<T> next(Outcome<T> outcome) {
        attempts++;
        if (outcome instanceof Outcome.Success<T> success) {
            complete(null);
            return new Step.Done<>(success, attempts);
        }
        Outcome.Failure<T> failure = redaction.redact((Outcome.Failure<T>) outcome, call);
        RetryPolicy.Advice advice = policy.advise(failure);
        if (!advice.retry() || attempts > maxRetries) {
            return fail(ErrorMapper.toError(call, failure, attempts, advice.refusal()));
        }
        earlier.add(ErrorMapper.toError(call, failure, attempts, null));
        Duration delay = advice.serverDelay() != null ? advice.serverDelay() : policy.backoff(attempts);
        CallListener.Retry retry = new CallListener.Retry(call.operation(), attempts, delay,
            failure.status() != null ? "HTTP " + failure.status() : failure.detail());
        listener.onRetry(retry);
        trace.retrying(retry);
        return new Step.Wait<>(delay);
    }

    /** The step after the wait before a retry was interrupted. */
    Step<T> interrupted(InterruptedException cause) {
        return fail(ErrorMapper.interrupted(call, attempts, cause));
    }

    private Step<T> fail(SessionError error) {
        earlier.forEach(error::addSuppressed);
        complete(error);
        return new Step.Fail<>(error);
    }

    private void complete(SessionError error) {
        CallListener.Completion completion = new CallListener.Completion(call.operation(), elapsed(), attempts,
            Optional.ofNullable(error));
        listener.onCompletion(completion);
        trace.ended(completion);
    }

    private Duration elapsed() {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }
}
