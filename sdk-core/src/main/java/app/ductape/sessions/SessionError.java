package app.ductape.sessions;

import app.ductape.sessions.internal.Availability;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The one exception a call throws when it fails after its options were accepted: I/O errors,
 * timeouts, non-2xx answers, {@code "status": false} envelopes and unreadable bodies. Invalid options
 * fail earlier, before any request, with {@link IllegalArgumentException}.
 *
 * <p>The message names the code, the operation, the HTTP status and the server's message; it never
 * contains a credential, a session token or a refresh token. Built by the SDK's transport with
 * {@link #builder(ErrorCode, String)}; test doubles may build one too.
 */
public final class SessionError extends RuntimeException {
    private static final long serialVersionUID = 2L;

    /** What failed. */
    private final ErrorCode code;
    /** The SDK method that failed. */
    private final String operation;
    /** The HTTP status of the last response, or {@code null} when none arrived. */
    private final Integer httpStatus;
    /** The server's {@code X-Request-Id}, or {@code null}. */
    private final String requestId;
    /** The server's message, or {@code null}. */
    private final String serverMessage;
    /** The server's own code, or {@code null}. */
    private final String serverCode;
    /** How many attempts the call made. */
    private final int attempts;
    /** The server's validation messages by field. */
    private final Map<String, List<String>> fieldErrors;

    private SessionError(Builder builder) {
        super(builder.message(), builder.cause);
        this.code = builder.code;
        this.operation = builder.operation;
        this.httpStatus = builder.httpStatus;
        this.requestId = builder.requestId;
        this.serverMessage = builder.serverMessage;
        this.serverCode = builder.serverCode;
        this.attempts = builder.attempts;
        this.fieldErrors = builder.fieldErrors;
    }

    /**
     * A builder of an error of {@code operation} with {@code code}.
     *
     * @param code      what failed
     * @param operation the SDK method that failed, such as {@code fetchDashboard}
     * @return a builder; everything else is optional
     */
    public static Builder builder(ErrorCode code, String operation) {
        return new Builder(code, operation);
    }

    /**
     * What failed.
     *
     * @return the code, never null
     */
    public ErrorCode code() {
        return code;
    }

    /**
     * The SDK method that failed.
     *
     * @return the method name, such as {@code fetchDashboard}
     */
    public String operation() {
        return operation;
    }

    /**
     * The HTTP status of the last response.
     *
     * @return the status, empty when no response arrived (I/O error, timeout)
     */
    public OptionalInt httpStatus() {
        return httpStatus == null ? OptionalInt.empty() : OptionalInt.of(httpStatus);
    }

    /**
     * The server's {@code X-Request-Id}, for support requests.
     *
     * @return the request id, when the server sent one
     */
    public Optional<String> requestId() {
        return Optional.ofNullable(requestId);
    }

    /**
     * The server's own message about the failure.
     *
     * @return the {@code message} of the error body, when there was one
     */
    public Optional<String> serverMessage() {
        return Optional.ofNullable(serverMessage);
    }

    /**
     * The server's own code for the failure.
     *
     * @return the {@code code} of the error body as sent, when there was one
     */
    public Optional<String> serverCode() {
        return Optional.ofNullable(serverCode);
    }

    /**
     * How many HTTP attempts the call made before failing. The failures of earlier attempts are
     * attached as {@linkplain #getSuppressed() suppressed} exceptions.
     *
     * @return 1 when the call was not retried
     */
    public int attempts() {
        return attempts;
    }

    /**
     * The server's validation messages by request field, such as {@code {action_type=[invalid]}}, for a
     * call the server refused as invalid (HTTP 422).
     *
     * @return the messages in the server's order; empty otherwise, never null, unmodifiable
     */
    public Map<String, List<String>> fieldErrors() {
        return fieldErrors;
    }

    /**
     * Whether the server answered 404.
     *
     * @return {@code true} for HTTP 404
     */
    public boolean isNotFound() {
        return httpStatus != null && httpStatus == 404;
    }

    /**
     * Whether the server refused the credentials.
     *
     * @return {@code true} for HTTP 401 or 403
     */
    public boolean isAuthenticationError() {
        return httpStatus != null && (httpStatus == 401 || httpStatus == 403);
    }

    /**
     * Whether the service could not answer now, so that the same call may succeed later: no response
     * arrived (a connection failure or a timeout), or the status was 408, 429, 500, 502, 503 or 504. These
     * are the failures the client retries; a middleware answers them with 503 and {@code Retry-After}. Any
     * other failure (a 4xx, a 501, a body that says {@code "status": false}) is an answer, and asking again
     * will not change it.
     *
     * @return {@code true} when the failure says "later" rather than "no"
     */
    public boolean isUnavailable() {
        return Availability.unavailable(httpStatus);
    }

    /** Builds a {@link SessionError}; not thread-safe. */
    public static final class Builder {
        private final ErrorCode code;
        private final String operation;
        private String detail;
        private Integer httpStatus;
        private String requestId;
        private String serverMessage;
        private String serverCode;
        private Map<String, List<String>> fieldErrors = Map.of();
        private Throwable cause;
        private int attempts = 1;

        private Builder(ErrorCode code, String operation) {
            this.code = Objects.requireNonNull(code, "code");
            this.operation = Objects.requireNonNull(operation, "operation");
        }

        /**
         * What went wrong, in the SDK's words.
         *
         * @param detail the description, already free of secrets; may be null
         * @return this builder
         */
        public Builder detail(String detail) {
            this.detail = detail;
            return this;
        }

        /**
         * The HTTP status of the last response.
         *
         * @param httpStatus the status, or {@code null} when no response arrived
         * @return this builder
         */
        public Builder httpStatus(Integer httpStatus) {
            this.httpStatus = httpStatus;
            return this;
        }

        /**
         * The server's {@code X-Request-Id}.
         *
         * @param requestId the id, or {@code null}
         * @return this builder
         */
        public Builder requestId(String requestId) {
            this.requestId = requestId;
            return this;
        }

        /**
         * What the server said.
         *
         * @param message the server's message, or {@code null}
         * @param code    the server's own code, or {@code null}
         * @return this builder
         */
        public Builder server(String message, String code) {
            this.serverMessage = message;
            this.serverCode = code;
            return this;
        }

        /**
         * The server's validation messages by field.
         *
         * @param fieldErrors the messages (copied, order kept); null or empty for none
         * @return this builder
         */
        public Builder fieldErrors(Map<String, List<String>> fieldErrors) {
            this.fieldErrors = copy(fieldErrors);
            return this;
        }

        /**
         * The underlying exception.
         *
         * @param cause the I/O or JSON exception, or {@code null}
         * @return this builder
         */
        public Builder cause(Throwable cause) {
            this.cause = cause;
            return this;
        }

        /**
         * How many attempts the call made; the message says so when more than one.
         *
         * @param attempts at least 1
         * @return this builder
         */
        public Builder attempts(int attempts) {
            if (attempts < 1) {
                throw new IllegalArgumentException("`attempts` must be >= 1, but was " + attempts);
            }
            this.attempts = attempts;
            return this;
        }

        /**
         * Builds the error.
         *
         * @return the error, its message composed from what was set
         */
        public SessionError build() {
            return new SessionError(this);
        }

        private String message() {
            StringBuilder message = new StringBuilder().append(code.name()).append(": ").append(operation)
                .append(" failed");
            if (attempts > 1) {
                message.append(" after ").append(attempts).append(" attempts");
            }
            if (httpStatus != null) {
                message.append(" with HTTP ").append(httpStatus);
            }
            if (detail != null && !detail.isEmpty()) {
                message.append(": ").append(detail);
            }
            if (serverMessage != null && !serverMessage.isEmpty()) {
                message.append(": ").append(serverMessage);
            }
            if (!fieldErrors.isEmpty()) {
                message.append(' ').append(fieldErrors);
            }
            if (requestId != null) {
                message.append(" (request id ").append(requestId).append(')');
            }
            return message.toString();
        }

        private static Map<String, List<String>> copy(Map<String, List<String>> fieldErrors) {
            if (fieldErrors == null || fieldErrors.isEmpty()) {
                return Map.of();
            }
            Map<String, List<String>> copy = new LinkedHashMap<>();
            fieldErrors.forEach((field, messages) -> copy.put(field, messages == null ? List.of()
                : List.copyOf(messages)));
            return Collections.unmodifiableMap(copy);
        }
    }
}
