package app.ductape.sessions.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/** The SDK's Jackson configuration: tolerant of unknown fields, both timestamp forms, absent optionals. */
public final class Json {
    private Json() {}

    /** A new mapper configured for the Ductape wire format; one per client. */
    public static ObjectMapper newMapper() {
        SimpleModule wire = new SimpleModule("ductape-sessions-wire")
            .addDeserializer(Instant.class, new FlexibleInstantDeserializer())
            .addDeserializer(OptionalLong.class, new OptionalLongDeserializer())
            .addDeserializer(OptionalDouble.class, new OptionalDoubleDeserializer())
            .addDeserializer(app.ductape.sessions.model.SessionActivityLog.class, new ActivityLogDeserializer());
        return JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .addModule(wire)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL))
            .build();
    }

    /** Reads an instant sent as epoch milliseconds (number or numeric text) or as ISO-8601 text. */
    static final class FlexibleInstantDeserializer extends JsonDeserializer<Instant> {
        @Override
        public Instant deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            JsonToken token = parser.currentToken();
            if (token == JsonToken.VALUE_NUMBER_INT) {
                return Instant.ofEpochMilli(parser.getLongValue());
            }
            if (token == JsonToken.VALUE_NUMBER_FLOAT) {
                return Instant.ofEpochMilli(Math.round(parser.getDoubleValue()));
            }
            if (token == JsonToken.VALUE_STRING) {
                String text = parser.getText().trim();
                if (text.isEmpty()) {
                    return null;
                }
                if (isDigits(text)) {
                    return Instant.ofEpochMilli(Long.parseLong(text));
                }
                try {
                    return IsoInstants.parse(text);
                } catch (DateTimeParseException e) {
                    return (Instant) context.handleWeirdStringValue(Instant.class, text,
                        "expected an ISO-8601 instant or epoch milliseconds");
                }
            }
            return (Instant) context.handleUnexpectedToken(Instant.class, parser);
        }

        private static boolean isDigits(String text) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c < '0' || c > '9') {
                    return false;
                }
            }
            return true;
        }
    }

    static final class OptionalLongDeserializer extends JsonDeserializer<OptionalLong> {
        @Override
        public OptionalLong deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            return OptionalLong.of(context.readValue(parser, Long.class));
        }

        @Override
        public OptionalLong getNullValue(DeserializationContext context) {
            return OptionalLong.empty();
        }

        @Override
        public Object getAbsentValue(DeserializationContext context) {
            return OptionalLong.empty();
        }
    }

    static final class OptionalDoubleDeserializer extends JsonDeserializer<OptionalDouble> {
        @Override
        public OptionalDouble deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            return OptionalDouble.of(context.readValue(parser, Double.class));
        }

        @Override
        public OptionalDouble getNullValue(DeserializationContext context) {
            return OptionalDouble.empty();
        }

        @Override
        public Object getAbsentValue(DeserializationContext context) {
            return OptionalDouble.empty();
        }
    }
}
