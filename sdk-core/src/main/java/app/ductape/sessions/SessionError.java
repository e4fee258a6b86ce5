package app.ductape.sessions;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The one exception a Ductape Sessions call throws when it fails after its options were accepted:
 * I/O errors, timeouts, non-2xx answers, {@code "status": false} envelopes and unreadable bodies.
 * Invalid options fail earlier, before any request, with {@link IllegalArgumentException}.
 *
 * <p>The message names the operation, the HTTP status and the server's message; it never contains
 * a credential, a session token or a refresh token.
 */
public final class SessionError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final SessionErrorCode code;
    private final String operation;
    private final Integer httpStatus;
    private final String requestId;
    private final String serverMessage;
    private final String serverCode;
    private final int attempts;
    private final Map<String, List<String>> fieldErrors;

    /**
     * Creates an error; SDK code and test doubles use it, callers normally only catch it.
     *
     * @param code          what failed
     * @param operation     the SDK method name, such as {@code fetchDashboard}
     * @param detail        what went wrong, already free of secrets
     * @param httpStatus    the HTTP status, or {@code null} when no response arrived
     * @param requestId     the server's {@code X-Request-Id}, or {@code null}
     * @param serverMessage the server's {@code message}, or {@code null}
     * @param serverCode    the server's {@code code}, or {@code null}
     * @param cause         the underlying exception, or {@code null}
     */
    public SessionError(SessionErrorCode code, String operation, String detail, Integer httpStatus, String requestId,
                        String serverMessage, String serverCode, Throwable cause) {
        this(code, operation, detail, httpStatus, requestId, serverMessage, serverCode, cause, 1);
    }

    /**
     * Creates an error of a call that made {@code attempts} attempts; the message says so when more than one.
     *
     * @param attempts how many HTTP attempts the call made (at least 1)
     */
    public SessionError(SessionErrorCode code, String operation, String detail, Integer httpStatus, String requestId,
                        String serverMessage, String serverCode, Throwable cause, int attempts) {
        this(code, operation, detail, httpStatus, requestId, serverMessage, serverCode, Map.of(), cause, attempts);
    }

    /**
     * Creates an error that carries the server's validation messages by field.
     *
     * @param fieldErrors the server's messages by request field (copied; may be empty, not null)
     */
    public SessionError(SessionErrorCode code, String operation, String detail, Integer httpStatus, String requestId,
                        String serverMessage, String serverCode, Map<String, List<String>> fieldErrors,
                        Throwable cause, int attempts) {
        super(format(code, operation, detail, httpStatus, requestId, serverMessage, fieldErrors, attempts), cause);
        this.fieldErrors = copy(fieldErrors);
        this.attempts = attempts;
        this.code = Objects.requireNonNull(code, "code");
        this.operation = Objects.requireNonNull(operation, "operation");
        this.httpStatus = httpStatus;
        this.requestId = requestId;
        this.serverMessage = serverMessage;
        this.serverCode = serverCode;
    }

    private static String format(SessionErrorCode code, String operation, String detail, Integer httpStatus,
                                 String requestId, String serverMessage, Map<String, List<String>> fieldErrors,
                                 int attempts) {
        StringBuilder message = new StringBuilder().append(code).append(": ").append(operation).append(" failed");
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
        if (fieldErrors != null && !fieldErrors.isEmpty()) {
            message.append(' ').append(fieldErrors);
        }
        if (requestId != null) {
            message.append(" (request id ").append(requestId).append(')');
        }
        return message.toString();
    }

    /** What failed. */
    public SessionErrorCode code() {
        return code;
    }

    /** The SDK method that failed, such as {@code fetchDashboard}. */
    public String operation() {
        return operation;
    }

    /** The HTTP status of the last response, empty when none arrived (I/O error, timeout). */
    public OptionalInt httpStatus() {
        return httpStatus == null ? OptionalInt.empty() : OptionalInt.of(httpStatus);
    }

    /** The server's {@code X-Request-Id}, for support requests. */
    public Optional<String> requestId() {
        return Optional.ofNullable(requestId);
    }

    /** The {@code message} of the server's error envelope. */
    public Optional<String> serverMessage() {
        return Optional.ofNullable(serverMessage);
    }

    /** The {@code code} of the server's error envelope, as sent. */
    public Optional<String> serverCode() {
        return Optional.ofNullable(serverCode);
    }

    /**
     * How many HTTP attempts the call made before failing: 1 when it was not retried. The failures of
     * earlier attempts are attached as {@linkplain #getSuppressed() suppressed} exceptions.
     */
    public int attempts() {
        return attempts;
    }

    /**
     * The server's validation messages by request field, such as {@code {action_type=[invalid]}}, for a
     * call the server refused as invalid (HTTP 422); empty otherwise. Unmodifiable, in the server's order.
     */
    public Map<String, List<String>> fieldErrors() {
        return fieldErrors;
    }

    private static Map<String, List<String>> copy(Map<String, List<String>> fieldErrors) {
        if (fieldErrors == null || fieldErrors.isEmpty()) {
            return Map.of();
        }
        Map<String, List<String>> copy = new LinkedHashMap<>();
        fieldErrors.forEach((field, messages) -> copy.put(field, messages == null ? List.of() : List.copyOf(messages)));
        return Collections.unmodifiableMap(copy);
    }

    /** Whether the server answered 404. */
    public boolean isNotFound() {
        return httpStatus != null && httpStatus == 404;
    }

    /** Whether the server refused the credentials (401 or 403). */
    public boolean isAuthenticationError() {
        return httpStatus != null && (httpStatus == 401 || httpStatus == 403);
    }
}
