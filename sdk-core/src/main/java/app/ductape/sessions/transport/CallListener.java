package app.ductape.sessions.transport;

import app.ductape.sessions.SessionError;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Hears what a client's calls do: each HTTP attempt, each retry, and each call's end. For metrics and
 * tracing (the Spring Boot starter's Micrometer timers use it); the SDK's own logging is one. Methods
 * run on the thread that made the attempt (OkHttp's dispatcher for async calls), so keep them quick;
 * an exception they throw is logged and ignored. Nothing passed here holds a secret.
 */
public interface CallListener {

    /**
     * One HTTP attempt ended, with a response or without one.
     *
     * @param attempt what happened
     */
    default void onAttempt(Attempt attempt) {}

    /**
     * A failed attempt will be retried after {@code retry.delay()}.
     *
     * @param retry what is retried and why
     */
    default void onRetry(Retry retry) {}

    /**
     * A call ended, after all its attempts.
     *
     * @param completion how it ended
     */
    default void onCompletion(Completion completion) {}

    /**
     * One attempt.
     *
     * @param operation the SDK method, such as {@code verify}
     * @param method    the HTTP method
     * @param path      the call's {@link PathTemplate}, such as {@code /log/v1/session/dashboard/{workspace_id}}:
     *                  never an id, an identifier or a key
     * @param status    the HTTP status, empty when no response arrived
     * @param elapsed   how long the attempt took
     * @param number    the attempt's number, from 1
     * @param requestId the server's {@code X-Request-Id}
     * @param failure   for an attempt without a response, the exception's class name
     */
    record Attempt(String operation, String method, String path, OptionalInt status, Duration elapsed, int number,
                   Optional<String> requestId, Optional<String> failure) {}

    /**
     * A retry about to wait.
     *
     * @param operation the SDK method
     * @param attempt   the number of the attempt that failed
     * @param delay     how long the SDK waits before the next attempt
     * @param reason    the failure, such as {@code HTTP 503} or {@code timed out (SocketTimeoutException)}
     */
    record Retry(String operation, int attempt, Duration delay, String reason) {}

    /**
     * A call's end.
     *
     * @param operation the SDK method
     * @param elapsed   from the first attempt's start to the end, waits included
     * @param attempts  how many attempts were made
     * @param error     the failure, empty when the call succeeded
     */
    record Completion(String operation, Duration elapsed, int attempts, Optional<SessionError> error) {

        /**
         * Whether the call succeeded.
         *
         * @return {@code true} when it returned a value
         */
        public boolean succeeded() {
            return error.isEmpty();
        }
    }
}
