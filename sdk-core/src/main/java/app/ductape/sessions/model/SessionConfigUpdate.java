package app.ductape.sessions.model;

import app.ductape.sessions.internal.Checks;
import app.ductape.sessions.internal.SessionSelector;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A partial change to a session configuration: only the fields set are sent. A selector and schema
 * changed together are checked against each other; either alone is checked by the server against
 * the stored other half.
 */
public final class SessionConfigUpdate {
    private final Map<String, Object> fields;

    private SessionConfigUpdate(Map<String, Object> fields) {
        this.fields = Collections.unmodifiableMap(fields);
    }

    /**
     * A builder; at least one field must be set.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding this change, to derive one that differs in a field.
     *
     * @return a builder with the fields of this change set
     */
    @SuppressWarnings("unchecked")
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.name = (String) fields.get("name");
        builder.description = (String) fields.get("description");
        builder.selector = (String) fields.get("selector");
        builder.expiry = (Long) fields.get("expiry");
        builder.period = fields.containsKey("period") ? ExpiryPeriod.fromWire((String) fields.get("period")) : null;
        builder.schema = (Map<String, ?>) fields.get("schema");
        return builder;
    }

    /**
     * The fields to change, as they travel in the PATCH body.
     *
     * @return the fields to change, as they travel in the PATCH body
     */
    public Map<String, Object> fields() {
        return fields;
    }

    @Override
    public String toString() {
        return "SessionConfigUpdate" + fields;
    }

    /** Builds a {@link SessionConfigUpdate}; {@link #build()} validates the fields set and requires one. */
    public static final class Builder {
        private String name;
        private String description;
        private String selector;
        private Long expiry;
        private ExpiryPeriod period;
        private Map<String, ?> schema;

        private Builder() {}

        /**
         * A new display name.
         *
         * @param name the name, not blank
         * @return this builder
         */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /**
         * A new description.
         *
         * @param description what the session is for
         * @return this builder
         */
        public Builder description(String description) {
            this.description = description;
            return this;
        }

        /**
         * A new selector, {@code $Session{fieldName}}.
         *
         * @param selector a new selector, {@code $Session{fieldName}}
         * @return this builder
         */
        public Builder selector(String selector) {
            this.selector = selector;
            return this;
        }

        /**
         * A new expiry (> 0).
         *
         * @param expiry a new expiry (> 0)
         * @return this builder
         */
        public Builder expiry(long expiry) {
            this.expiry = expiry;
            return this;
        }

        /**
         * A new unit of the expiry.
         *
         * @param period seconds, minutes, hours or days
         * @return this builder
         */
        public Builder period(ExpiryPeriod period) {
            this.period = period;
            return this;
        }

        /**
         * New sample session data; with a new selector, it must hold a string, number or boolean at its path.
         *
         * @param schema the sample data
         * @return this builder
         */
        public Builder schema(Map<String, ?> schema) {
            this.schema = schema;
            return this;
        }

        /**

         * Builds the change, validating the fields set.

         *
         * @return the configuration change
         * @throws IllegalArgumentException naming the first invalid field, or when no field is set
         */
        public SessionConfigUpdate build() {
            Map<String, Object> fields = new LinkedHashMap<>();
            if (name != null) {
                fields.put("name", Checks.requireNonBlank(name, "name"));
            }
            if (description != null) {
                fields.put("description", description);
            }
            SessionSelector parsed = selector == null ? null : SessionSelector.parse(selector);
            if (parsed != null) {
                fields.put("selector", parsed.toString());
            }
            if (expiry != null) {
                SessionConfig.requirePositiveExpiry(expiry);
                fields.put("expiry", expiry);
            }
            if (period != null) {
                SessionConfig.requireKnownPeriod(period);
                fields.put("period", period.wireValue());
            }
            if (schema != null) {
                if (parsed != null) {
                    parsed.requirePrimitiveIn(schema, "schema");
                }
                fields.put("schema", Lists.deepCopy(schema));
            }
            if (fields.isEmpty()) {
                throw new IllegalArgumentException("a SessionConfigUpdate must set at least one of name, description, "
                    + "selector, expiry, period, schema");
            }
            return new SessionConfigUpdate(fields);
        }
    }
}
