package app.ductape.sessions.transport;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;

/**
 * Reads the body of a successful (2xx) response, streaming, from a parser over the response bytes
 * (already cut at the client's {@code maxResponseBytes}). The parser's codec is the client's
 * {@code ObjectMapper}, so {@code parser.readValueAs(...)} maps with the SDK's Jackson configuration
 * (unknown fields ignored, instants as ISO-8601 text or epoch milliseconds).
 *
 * <p>A decoder throws {@link RejectedBodyException} for a well-formed body that still means failure
 * (an envelope with {@code "success": false}); malformed JSON, a truncated body or a mapping failure
 * become a {@link app.ductape.sessions.SessionError} of the call without the decoder doing anything.
 *
 * @param <T> the decoded value
 */
@FunctionalInterface
public interface BodyDecoder<T> {

    /**
     * Decodes the body.
     *
     * @param parser a parser before the body's first token
     * @return the value; {@code null} only for a call that expects nothing
     * @throws IOException           when the body cannot be read or mapped
     * @throws RejectedBodyException when the body is read but says the call failed
     */
    T decode(JsonParser parser) throws IOException, RejectedBodyException;

    /**
     * The whole body as one JSON value of {@code type}; an empty body or {@code null} is rejected.
     *
     * @param <T> the type of the value
     * @param type the type
     * @return the whole body as one JSON value of {@code type}; an empty body or {@code null} is rejected
     */
    static <T> BodyDecoder<T> json(Class<T> type) {
        return parser -> requireValue(parser) ? requireNonNullValue(parser.readValueAs(type)) : null;
    }

    /**
     * The whole body as one JSON value of a generic {@code type}, such as a {@code List<Record>}.
     *
     * @param <T> the type of the value
     * @param type the type
     * @return the whole body as one JSON value of a generic {@code type}, such as a {@code List<Record>}
     */
    static <T> BodyDecoder<T> json(TypeReference<T> type) {
        return parser -> requireValue(parser) ? requireNonNullValue(parser.readValueAs(type)) : null;
    }

    /**
     * A decoder for calls whose body is not read (any 2xx is success).
     *
     * @return a decoder for calls whose body is not read (any 2xx is success)
     */
    static BodyDecoder<Void> ignoring() {
        return parser -> null;
    }

    private static boolean requireValue(JsonParser parser) throws IOException, RejectedBodyException {
        if (parser.nextToken() == null) {
            throw new RejectedBodyException("the response body is empty");
        }
        return true;
    }

    private static <T> T requireNonNullValue(T value) throws RejectedBodyException {
        if (value == null) {
            throw new RejectedBodyException("the response body is JSON null");
        }
        return value;
    }
}
