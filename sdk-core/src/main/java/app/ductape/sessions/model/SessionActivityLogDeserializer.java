package app.ductape.sessions.model;

import app.ductape.sessions.internal.FlexibleInstantDeserializer;
import app.ductape.sessions.internal.RawJsonDeserializer;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import java.io.IOException;
import java.time.Instant;
import java.util.OptionalLong;

/**
 * Reads a {@link SessionActivityLog} field by field. Activity logs come by the thousand per page, and
 * Jackson's generic creator path for records (a property buffer per object) costs about 15% more
 * than mapping the same JSON into a plain class (docs/benchmarks.md, B2); this reads straight into
 * the constructor's arguments. Same semantics as the annotated record: unknown fields skipped,
 * scalars coerced to text as Jackson would, wrong shapes reported as mapping errors. Named on the record
 * with {@code @JsonDeserialize}, so any mapper reads logs this way.
 */
final class SessionActivityLogDeserializer extends JsonDeserializer<SessionActivityLog> {
    private final FlexibleInstantDeserializer instants = new FlexibleInstantDeserializer();
    private final RawJsonDeserializer rawJson = new RawJsonDeserializer();

    @Override
    public SessionActivityLog deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            return (SessionActivityLog) context.handleUnexpectedToken(SessionActivityLog.class, parser);
        }
        String id = null;
        String processId = null;
        String productTag = null;
        String sessionTag = null;
        String parentTag = null;
        String env = null;
        String type = null;
        String message = null;
        String status = null;
        boolean successful = false;
        boolean failed = false;
        String data = null;
        Instant start = null;
        Instant end = null;
        Instant timestamp = null;
        String childTag = null;
        String name = null;
        OptionalLong latency = OptionalLong.empty();
        String appEnv = null;
        String ipAddress = null;
        for (String field = parser.nextFieldName(); field != null; field = parser.nextFieldName()) {
            JsonToken value = parser.nextToken();
            boolean isNull = value == JsonToken.VALUE_NULL;
            switch (field) {
                case "_id" -> id = text(parser, context, isNull);
                case "process_id" -> processId = text(parser, context, isNull);
                case "product_tag" -> productTag = text(parser, context, isNull);
                case "session_tag" -> sessionTag = text(parser, context, isNull);
                case "parent_tag" -> parentTag = text(parser, context, isNull);
                case "env" -> env = text(parser, context, isNull);
                case "type" -> type = text(parser, context, isNull);
                case "message" -> message = text(parser, context, isNull);
                case "status" -> status = text(parser, context, isNull);
                case "successful_execution" -> successful = bool(parser, context, value);
                case "failed_execution" -> failed = bool(parser, context, value);
                case "data" -> data = isNull ? null : rawJson.deserialize(parser, context);
                case "start" -> start = isNull ? null : instants.deserialize(parser, context);
                case "end" -> end = isNull ? null : instants.deserialize(parser, context);
                case "timestamp" -> timestamp = isNull ? null : instants.deserialize(parser, context);
                case "child_tag" -> childTag = text(parser, context, isNull);
                case "name" -> name = text(parser, context, isNull);
                case "latency" -> latency = isNull ? OptionalLong.empty() : OptionalLong.of(number(parser, context, value));
                case "app_env" -> appEnv = text(parser, context, isNull);
                case "ip_address" -> ipAddress = text(parser, context, isNull);
                default -> parser.skipChildren();
            }
        }
        if (parser.currentToken() != JsonToken.END_OBJECT) {
            return (SessionActivityLog) context.handleUnexpectedToken(SessionActivityLog.class, parser);
        }
        return new SessionActivityLog(id, processId, productTag, sessionTag, parentTag, env, type, message, status,
            successful, failed, data, start, end, timestamp, childTag, name, latency, appEnv, ipAddress);
    }

    /**
     * A JSON boolean read directly; other shapes ("true", 1) go through Jackson's coercion rules.
     * {@code context.readValue} looks its deserializer up afresh on every call (Jackson does not cache
     * the primitive ones), which showed in the B2 stack profile.
     */
    private static boolean bool(JsonParser parser, DeserializationContext context, JsonToken value) throws IOException {
        return switch (value) {
            case VALUE_TRUE -> true;
            case VALUE_FALSE, VALUE_NULL -> false;
            default -> context.readValue(parser, Boolean.TYPE);
        };
    }

    /** A whole number of milliseconds: an integer directly, a fraction rounded, other shapes by Jackson's rules. */
    private static long number(JsonParser parser, DeserializationContext context, JsonToken value) throws IOException {
        return switch (value) {
            case VALUE_NUMBER_INT -> parser.getLongValue();
            case VALUE_NUMBER_FLOAT -> Math.round(parser.getDoubleValue());
            default -> context.readValue(parser, Long.TYPE);
        };
    }

    private static String text(JsonParser parser, DeserializationContext context, boolean isNull) throws IOException {
        if (isNull) {
            return null;
        }
        if (parser.currentToken() == JsonToken.VALUE_STRING) {
            return parser.getText();
        }
        return StringDeserializer.instance.deserialize(parser, context);
    }
}
