package app.ductape.sessions.transport;

import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Follows each call of a client through its attempts, for tracing: told when a call starts, on the thread
 * that made it (the caller's, for an async call too, so that a tracer can take the caller's context),
 * when each attempt starts (and may add headers to that attempt's request, such as W3C
 * {@code traceparent}), when a retry waits, and when the call ends. Engine-neutral: the SDK's OpenTelemetry
 * module is one. A tracer's exception is logged and ignored; nothing passed here holds a secret.
 */
public interface CallTracer {

    /**
     * A call starts, before its first attempt.
     *
     * @param call what it is
     * @return what follows it through its attempts; {@link Trace#NONE} to follow nothing
     */
    Trace start(Start call);

    /**
     * A call about to be made.
     *
     * @param operation  the SDK method, such as {@code verify}
     * @param method     the HTTP method
     * @param path       the call's path template: never an id, an identifier or a key
     * @param host       the host it is sent to
     * @param port       the port it is sent to
     * @param attributes what the call names that is no secret, such as {@code ductape.session_tag}; unmodifiable
     */
    record Start(String operation, String method, String path, String host, int port, Map<String, String> attributes) {

        /**
         * A start; the attributes are copied.
         *
         * @param operation  the SDK method
         * @param method     the HTTP method
         * @param path       the path template
         * @param host       the host
         * @param port       the port
         * @param attributes what the call names that is no secret
         */
        public Start {
            attributes = Map.copyOf(attributes);
        }
    }

    /** One call, followed through its attempts. */
    interface Trace {
        /** Follows nothing. */
        Trace NONE = new Trace() {};

        /**
         * Attempt {@code number} starts.
         *
         * @param number the attempt's number, from 1
         * @param header adds a header to this attempt's request (a header the SDK sets itself cannot be replaced)
         * @return what hears the attempt's end
         */
        default AttemptTrace attempt(int number, BiConsumer<String, String> header) {
            return AttemptTrace.NONE;
        }

        /**
         * A failed attempt will be retried after a wait.
         *
         * @param retry what is retried, why, and the wait
         */
        default void retrying(CallListener.Retry retry) {}

        /**
         * The call ended, after all its attempts.
         *
         * @param completion how it ended, with its {@code SessionError} when it failed
         */
        default void ended(CallListener.Completion completion) {}
    }

    /** One attempt of a call. */
    @FunctionalInterface
    interface AttemptTrace {
        /** Hears nothing. */
        AttemptTrace NONE = attempt -> {};

        /**
         * The attempt ended, with a response or without one.
         *
         * @param attempt what happened
         */
        void ended(CallListener.Attempt attempt);
    }
}
