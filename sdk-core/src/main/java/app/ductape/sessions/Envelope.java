package app.ductape.sessions;

import app.ductape.sessions.transport.BodyDecoder;
import app.ductape.sessions.transport.RejectedBodyException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.lang.reflect.Type;

/**
 * What Ductape's two envelopes (the REST reads' and the SDK proxy's) read alike, in one streaming pass:
 * the outer object, its {@code status} flag (also spelled {@code success}), {@code message} and
 * {@code code}, a failure when the flag is not {@code true}; what {@code data} holds is each envelope's
 * own. The payload's reader is made once, from the client's mapper (the parser's codec), on the first
 * body read.
 *
 * @param <D> what the envelope gives
 */
abstract class Envelope<D> implements BodyDecoder<D> {
    private final Type type;
    private volatile ObjectReader reader;

    Envelope(Type type) {
        this.type = type;
    }

    @Override
    public final D decode(JsonParser parser) throws IOException, RejectedBodyException {
        if (parser.nextToken() != JsonToken.START_OBJECT) {
            throw new RejectedBodyException("the response body is not a JSON object");
        }
        Boolean status = null;
        D data = null;
        String message = null;
        String code = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            switch (field) {
                case "status", "success" -> status = value == JsonToken.VALUE_TRUE ? Boolean.TRUE
                    : value == JsonToken.VALUE_FALSE ? Boolean.FALSE : status;
                case "data" -> {
                    if (value == JsonToken.VALUE_NULL || Boolean.FALSE.equals(status)) {
                        parser.skipChildren();
                    } else {
                        data = data(parser, value);
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
            throw new RejectedBodyException(status == null ? "the " + name() + " has no \"status\": true"
                : "the server answered status false", DuctapeErrors.said(message, code));
        }
        return complete(data);
    }

    /** Reads {@code data}, whose first token is {@code value} (never JSON null). */
    abstract D data(JsonParser parser, JsonToken value) throws IOException;

    /** What a successful envelope gives, from its {@code data} ({@code null} when absent). */
    abstract D complete(D data) throws RejectedBodyException;

    /** The envelope's name in messages. */
    abstract String name();

    /** Reads the value at the parser's current token as the payload type. */
    final <T> T payload(JsonParser parser) throws IOException {
        ObjectReader current = reader;
        if (current == null) {
            ObjectMapper mapper = (ObjectMapper) parser.getCodec();
            current = mapper.readerFor(mapper.getTypeFactory().constructType(type));
            reader = current;
        }
        return current.readValue(parser);
    }

    /** A scalar field as text ({@code null} for JSON null); an object or array is skipped and reads as null. */
    static String scalar(JsonParser parser, JsonToken value) throws IOException {
        if (value.isScalarValue()) {
            return value == JsonToken.VALUE_NULL ? null : parser.getValueAsString();
        }
        parser.skipChildren();
        return null;
    }
}
