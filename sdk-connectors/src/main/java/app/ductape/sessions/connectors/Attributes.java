package app.ductape.sessions.connectors;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Builds an {@link ActivityRecord}'s attributes in order, leaving out absent values and writing
 * instants as ISO-8601 text, so every adapter's attributes export the same way.
 */
public final class Attributes {
    private final Map<String, Object> values = new LinkedHashMap<>();

    private Attributes() {}

    /**
     * A builder.
     *
     * @return a new builder
     */
    public static Attributes builder() {
        return new Attributes();
    }

    /**
     * Adds {@code value} under {@code name} unless it is {@code null}. An {@link Instant} becomes its ISO
     * text, a whole number a {@code Long} and a {@code Float} a {@code Double}: the values JSON reads
     * back, so that a record stored as JSON (the archive) and read again is equal to the one read live.
     *
     * @param name the name
     * @param value the value
     * @return this builder
     */
    public Attributes put(String name, Object value) {
        if (value != null) {
            values.put(name, jsonLike(value));
        }
        return this;
    }

    private static Object jsonLike(Object value) {
        if (value instanceof Instant instant) {
            return instant.toString();
        }
        if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        }
        return value instanceof Float single ? single.doubleValue() : value;
    }

    /**
     * The attributes added, in order.
     *
     * @return the attributes
     */
    public Map<String, Object> build() {
        return values;
    }
}
