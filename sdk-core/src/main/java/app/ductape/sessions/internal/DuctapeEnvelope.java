package app.ductape.sessions.internal;

import app.ductape.sessions.transport.BodyDecoder;
import app.ductape.sessions.transport.RejectedBodyException;
import app.ductape.sessions.transport.ServerError;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;

/**
 * Ductape's envelope, {@code {"status": true, "data": ..., "message": ..., "code": ...}}, read in one
 * streaming pass: {@code data} goes straight from the parser into the result type, the rest is
 * skipped without building a tree.
 */
final class DuctapeEnvelope implements BodyDecoder<Object> {
    /** For calls that expect no {@code data}: only {@code "status": true} is checked. */
    static final DuctapeEnvelope NO_DATA = new DuctapeEnvelope(null);

    private final ObjectReader reader;

    DuctapeEnvelope(ObjectReader reader) {
        this.reader = reader;
    }

    @Override
    public Object decode(JsonParser parser) throws IOException, RejectedBodyException {
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
                    if (value == JsonToken.VALUE_NULL || reader == null || Boolean.FALSE.equals(status)) {
                        parser.skipChildren();
                    } else {
                        data = reader.readValue(parser);
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
        if (reader != null && !hasData) {
            throw new RejectedBodyException("the response envelope has no \"data\"");
        }
        return data;
    }

    private static String scalar(JsonParser parser, JsonToken value) throws IOException {
        if (value.isScalarValue()) {
            return parser.getValueAsString();
        }
        parser.skipChildren();
        return null;
    }
}
