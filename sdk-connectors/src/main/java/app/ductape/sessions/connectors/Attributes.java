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
     * Adds {@code value} under {@code name} unless it is {@code null}; an {@link Instant} becomes its ISO text.
     *
     * @param name the name
     * @param value the value
     * @return adds {@code value} under {@code name} unless it is {@code null}; an {@link Instant} becomes its ISO text
     */
    public Attributes put(String name, Object value) {
        if (value != null) {
            values.put(name, value instanceof Instant instant ? instant.toString() : value);
        }
        return this;
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
