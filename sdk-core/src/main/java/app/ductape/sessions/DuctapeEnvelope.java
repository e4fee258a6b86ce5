package app.ductape.sessions;

import app.ductape.sessions.transport.BodyDecoder;
import app.ductape.sessions.transport.RejectedBodyException;
import app.ductape.sessions.transport.ServerError;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.lang.reflect.Type;

/**
 * Ductape's envelope, {@code {"status": true, "data": ..., "message": ..., "code": ...}}, read in one
 * streaming pass: {@code data} goes straight from the parser into the result type, the rest is
 * skipped without building a tree. One per result type and client: its reader is made once, from the
 * client's mapper (the parser's codec), on the first body it reads.
 *
 * @param <T> the type of {@code data}
 */
final class DuctapeEnvelope<T> implements BodyDecoder<T> {
    private final Type type;
    private volatile ObjectReader reader;

    private DuctapeEnvelope(Type type) {
        this.type = type;
    }

    /** The envelope of a call whose {@code data} is a {@code type}. */
    static <T> DuctapeEnvelope<T> of(Class<T> type) {
        return new DuctapeEnvelope<>(type);
    }

    /** The envelope of a call whose {@code data} is a generic {@code type}, such as a list. */
    static <T> DuctapeEnvelope<T> of(com.fasterxml.jackson.core.type.TypeReference<T> type) {
        return new DuctapeEnvelope<>(type.getType());
    }

    /** The envelope of a call that expects no {@code data}: only {@code "status": true} is checked. */
    static DuctapeEnvelope<Void> noData() {
        return new DuctapeEnvelope<>(null);
    }

    @Override
    @SuppressWarnings("unchecked")
    public T decode(JsonParser parser) throws IOException, RejectedBodyException {
        if (parser.nextToken() != JsonToken.START_OBJECT) {
            throw new RejectedBodyException("the response body is not a JSON object");
        }
        Boolean status = null;
        Object data = null;
        boolean hasData = false;
        String message = null;
        String code = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            switch (field) {
                case "status" -> status = value == JsonToken.VALUE_TRUE ? Boolean.TRUE
                    : value == JsonToken.VALUE_FALSE ? Boolean.FALSE : null;
                case "data" -> {
                    if (value == JsonToken.VALUE_NULL || type == null || Boolean.FALSE.equals(status)) {
                        parser.skipChildren();
                    } else {
                        data = reader(parser).readValue(parser);
                        hasData = true;
                    }
                }
                case "message" -> message = scalar(parser, value);
                case "code" -> code = scalar(parser, value);
                default -> parser.skipChildren();
            }
        }
        if (parser.currentToken() != JsonToken.END_OBJECT) {
            throw new RejectedBodyException("the response body ended early");
        }
        if (!Boolean.TRUE.equals(status)) {
            throw new RejectedBodyException(status == null ? "the response envelope has no \"status\": true"
                : "the server answered status false", ServerError.of(message, code));
        }
        if (type != null && !hasData) {
            throw new RejectedBodyException("the response envelope has no \"data\"");
        }
        return (T) data;
    }

    private ObjectReader reader(JsonParser parser) {
        ObjectReader current = reader;
        if (current == null) {
            ObjectMapper mapper = (ObjectMapper) parser.getCodec();
            current = mapper.readerFor(mapper.getTypeFactory().constructType(type));
            reader = current;
        }
        return current;
    }

    private static String scalar(JsonParser parser, JsonToken value) throws IOException {
        if (value.isScalarValue()) {
            return parser.getValueAsString();
        }
        parser.skipChildren();
        return null;
    }
}
