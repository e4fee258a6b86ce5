package app.ductape.sessions.transport;

import app.ductape.sessions.internal.FlexibleInstantDeserializer;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.time.Instant;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * The SDK's Jackson configuration, the one every client reads and writes with: unknown fields
 * ignored, instants read from ISO-8601 text or epoch milliseconds and written as ISO text, absent
 * {@code OptionalLong}/{@code OptionalDouble} read as empty, null fields left out of request bodies.
 * Use it to read the SDK's models from JSON you hold yourself (a stored response, a test fixture).
 */
public final class JsonMappers {
    private JsonMappers() {}

    /**
     * A new mapper with the SDK's configuration; each client builds its own.
     *
     * @return a mapper, thread-safe once built, as Jackson mappers are
     */
    public static ObjectMapper newMapper() {
        SimpleModule wire = new SimpleModule("ductape-sessions-wire")
            .addDeserializer(Instant.class, new FlexibleInstantDeserializer())
            .addDeserializer(OptionalLong.class, new OptionalLongDeserializer())
            .addDeserializer(OptionalDouble.class, new OptionalDoubleDeserializer());
        return JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .addModule(wire)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL,
                JsonInclude.Include.NON_NULL))
            .build();
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
