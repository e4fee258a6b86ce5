package app.ductape.sessions.transport;

import java.time.Duration;
import okhttp3.Headers;

/**
 * What one attempt of a call came to: a decoded value, or a failure with everything the retry rules
 * and the final error need.
 *
 * @param <T> the decoded value
 */
sealed interface Outcome<T> {

    /** A 2xx whose body decoded. */
    record Success<T>(T value, int status, Headers headers, String requestId, Duration elapsed)
        implements Outcome<T> {}

    /**
     * A failed attempt, as the server or the connection left it; text is not redacted yet.
     *
     * @param kind    which retry rule applies
     * @param detail  what went wrong in the SDK's words, or {@code null}
     * @param status  the HTTP status, or {@code null} when no response arrived
     * @param headers the response headers ({@code Retry-After}, {@code x-should-retry}), empty without one
     * @param server  what the server said
     * @param cause   the exception behind it, or {@code null}
     */
    record Failure<T>(Kind kind, String detail, Integer status, Headers headers, String requestId,
                      ServerError server, Throwable cause, Duration elapsed) implements Outcome<T> {

        /** The same failure for another value type: a failure carries no value. */
        @SuppressWarnings("unchecked")
        <R> Failure<R> cast() {
            return (Failure<R>) this;
        }

        /** A failure with no response: a connection failure, a timeout, a cancelled call. */
        static <T> Failure<T> io(String detail, Throwable cause, boolean cancelled, Duration elapsed) {
            return new Failure<>(cancelled ? Kind.FINAL : Kind.CONNECTION, detail, null, Headers.EMPTY, null,
                ServerError.NONE, cause, elapsed);
        }
    }

    /** Which retry rule a failure falls under. */
    enum Kind {
        /** No response arrived: retried. */
        CONNECTION,
        /** A response arrived: its status and headers decide. */
        RESPONSE,
        /** Retrying cannot help (a body over the size limit, one that cannot be mapped, a cancelled call). */
        FINAL
    }
}
