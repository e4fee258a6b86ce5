package app.ductape.sessions.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;

/**
 * Reads a field the server sends as JSON text ({@code "data": "{\"a\":1}"}) or, from newer servers,
 * as a JSON value ({@code "data": {"a":1}}), keeping the JSON text either way.
 */
public final class RawJsonDeserializer extends JsonDeserializer<String> {
    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        if (parser.currentToken() == JsonToken.VALUE_STRING) {
            return parser.getText();
        }
        JsonNode tree = context.readTree(parser);
        return tree.toString();
    }
}
