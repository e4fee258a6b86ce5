package app.ductape.sessions;

import app.ductape.sessions.transport.RejectedBodyException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.lang.reflect.Type;

/**
 * The answer of Ductape's SDK proxy, {@code {"status": true, "data": {"data": <result>,
 * "execution_time_ms": 12, "request_id": "..."}}}: the result goes from the parser into its type, the
 * request id is kept. {@code {"status": false, "message", "code"}}, which the proxy may send with HTTP
 * 200, is a failure with Ductape's message and code.
 *
 * @param <T> the type of the result
 */
final class ProxyEnvelope<T> extends Envelope<ProxyEnvelope.Answer<T>> {
    private final boolean resultRequired;

    /**
     * A proxy answer.
     *
     * @param result    the method's result; {@code null} when the proxy sent none
     * @param requestId the proxy's {@code request_id}, or {@code null}
     * @param <T>       the result type
     */
    record Answer<T>(T result, String requestId) {}

    private ProxyEnvelope(Type type, boolean resultRequired) {
        super(type);
        this.resultRequired = resultRequired;
    }

    /** The answer of a method that must return a {@code type}. */
    static <T> ProxyEnvelope<T> of(Class<T> type) {
        return new ProxyEnvelope<>(type, true);
    }

    /** The answer of a method that must return a generic {@code type}, such as a list. */
    static <T> ProxyEnvelope<T> of(TypeReference<T> type) {
        return new ProxyEnvelope<>(type.getType(), true);
    }

    /** The answer of a method whose result Ductape's clients do not show: it may be absent. */
    static <T> ProxyEnvelope<T> optional(Class<T> type) {
        return new ProxyEnvelope<>(type, false);
    }

    /** The {@code data} object of a proxy answer: the result, its time and the request id. */
    @Override
    Answer<T> data(JsonParser parser, JsonToken value) throws IOException {
        if (value != JsonToken.START_OBJECT) {
            parser.skipChildren();
            return null;
        }
        T result = null;
        String requestId = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken inner = parser.nextToken();
            if (field.equals("data") && inner != JsonToken.VALUE_NULL) {
                result = payload(parser);
            } else if (field.equals("request_id")) {
                requestId = scalar(parser, inner);
            } else {
                parser.skipChildren();
            }
        }
        return new Answer<>(result, requestId);
    }

    @Override
    Answer<T> complete(Answer<T> answer) throws RejectedBodyException {
        if (resultRequired && (answer == null || answer.result() == null)) {
            throw new RejectedBodyException("the proxy's answer has no data.data result");
        }
        return answer != null ? answer : new Answer<>(null, null);
    }

    @Override
    String name() {
        return "proxy's answer";
    }
}
