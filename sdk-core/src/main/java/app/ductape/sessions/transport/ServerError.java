package app.ductape.sessions.transport;

import app.ductape.sessions.ErrorCode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a server said about a failed call, as read by an {@link ErrorReader} (or carried by a
 * {@link RejectedBodyException}); it becomes the {@link app.ductape.sessions.SessionError}'s
 * {@code serverMessage()}, {@code serverCode()}, {@code code()} and {@code fieldErrors()}.
 *
 * @param message     the server's human-readable message, or {@code null}
 * @param code        the server's own error code, as text, or {@code null}
 * @param errorCode   a more precise SDK code for this failure (such as {@code SESSION_ALREADY_ENDED}),
 *                    or {@code null} to keep the call's
 * @param fieldErrors validation messages by request field; unmodifiable, never null
 */
public record ServerError(String message, String code, ErrorCode errorCode,
                          Map<String, List<String>> fieldErrors) {

    /** The server said nothing usable. */
    public static final ServerError NONE = new ServerError(null, null, null, Map.of());

    /**
     * What the server said; the field errors are copied in their order (null reads as none).
     *
     * @param message the server's human-readable message, or {@code null}
     * @param code the server's own error code, as text, or {@code null}
     * @param errorCode a more precise SDK code for this failure (such as {@code SESSION_ALREADY_ENDED}), or {@code
     *                  null} to keep the call's
     * @param fieldErrors validation messages by request field; unmodifiable, never null
     */
    public ServerError {
        fieldErrors = fieldErrors == null ? Map.of() : copy(fieldErrors);
    }

    /**
     * A message and a code, nothing more.
     *
     * @param code the code
     * @param message the message
     * @return a message and a code, nothing more
     */
    public static ServerError of(String message, String code) {
        return new ServerError(message, code, null, Map.of());
    }

    /**
     * This error with {@code errorCode} as the SDK code.
     *
     * @param errorCode the error code
     * @return this error with {@code errorCode} as the SDK code
     */
    public ServerError withErrorCode(ErrorCode errorCode) {
        return new ServerError(message, code, errorCode, fieldErrors);
    }

    /**
     * The SDK code this error asks for, if any.
     *
     * @return the SDK code this error asks for, if any
     */
    public Optional<ErrorCode> errorCodeOverride() {
        return Optional.ofNullable(errorCode);
    }

    /** Keeps the server's field order, which is the order its messages were meant to be read in. */
    private static Map<String, List<String>> copy(Map<String, List<String>> fieldErrors) {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        fieldErrors.forEach((field, messages) -> copy.put(Objects.requireNonNull(field, "field name"),
            messages == null ? List.of() : List.copyOf(messages)));
        return copy.isEmpty() ? Map.of() : Collections.unmodifiableMap(copy);
    }
}
