package app.ductape.sessions.model;

import app.ductape.sessions.internal.Checks;
import app.ductape.sessions.internal.SessionSelector;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A session configuration of a product: what a session of this {@link #tag()} holds, which field
 * identifies the user ({@link #selector()}), and how long it lasts ({@link #expiry()} {@link #period()}).
 *
 * <p>Built with {@link #builder()}, which validates; configurations read from the server are taken as
 * sent. {@link #schema()} is sample data, unmodifiable all the way down.
 */
public final class SessionConfig {
    private final String name;
    private final String tag;
    private final String description;
    private final String selector;
    private final long expiry;
    private final String periodValue;
    private final Map<String, Object> schema;

    private SessionConfig(String name, String tag, String description, String selector, long expiry,
                          String periodValue, Map<String, ?> schema) {
        this.name = name;
        this.tag = tag;
        this.description = description;
        this.selector = selector;
        this.expiry = expiry;
        this.periodValue = periodValue;
        this.schema = Lists.deepCopy(schema);
    }

    @JsonCreator
    static SessionConfig fromWire(@JsonProperty("name") String name, @JsonProperty("tag") String tag,
                                  @JsonProperty("description") String description,
                                  @JsonProperty("selector") String selector, @JsonProperty("expiry") long expiry,
                                  @JsonProperty("period") String period,
                                  @JsonProperty("schema") Map<String, Object> schema) {
        return new SessionConfig(name, tag, description, selector, expiry, period, schema);
    }

    /**
     * A builder of a configuration to create.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding this configuration, to derive one that differs in a field.
     *
     * @return a builder with every field of this configuration set
     */
    public Builder toBuilder() {
        Builder builder = new Builder().name(name).tag(tag).description(description).selector(selector).expiry(expiry)
            .schema(schema);
        builder.period = period();
        return builder;
    }

    /**
     * The display name.
     *
     * @return the display name
     */
    public String name() {
        return name;
    }

    /**
     * The unique tag, used by start, verify, refresh and revoke.
     *
     * @return the unique tag, used by start, verify, refresh and revoke
     */
    public String tag() {
        return tag;
    }

    /**
     * What the session is for, or {@code null}.
     *
     * @return what the session is for, or {@code null}
     */
    public String description() {
        return description;
    }

    /**
     * The identifying field, {@code $Session{fieldName}}.
     *
     * @return the identifying field, {@code $Session{fieldName}}
     */
    public String selector() {
        return selector;
    }

    /**
     * The user a session of this configuration belongs to: the primitive value at {@link #selector()} in its
     * data, as text, as Ductape keys {@code revoke} by identifier and {@code revokeAll}.
     *
     * @param data a session's data, as {@code start} sent it and {@code verify} answers it
     * @return the identifier, or empty when the selector is missing or malformed, or the data hold no
     *         string, number or boolean there
     */
    public Optional<String> identifierIn(Map<String, ?> data) {
        if (selector == null || data == null) {
            return Optional.empty();
        }
        SessionSelector parsed;
        try {
            parsed = SessionSelector.parse(selector);
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
        Object value = parsed.valueIn(data);
        return SessionSelector.isPrimitive(value) ? Optional.of(String.valueOf(value)) : Optional.empty();
    }

    /**
     * How many {@link #period()} units a session lasts.
     *
     * @return how many {@link #period()} units a session lasts
     */
    public long expiry() {
        return expiry;
    }

    /**
     * The unit of {@link #expiry()}; {@link ExpiryPeriod#UNKNOWN} when the server sent one this SDK does not know.
     *
     * @return the unit of {@link #expiry()}; {@link ExpiryPeriod#UNKNOWN} when the server sent one this SDK does not
     *         know
     */
    public ExpiryPeriod period() {
        return ExpiryPeriod.fromWire(periodValue);
    }

    /**
     * The unit exactly as sent, such as {@code hours}.
     *
     * @return the unit exactly as sent, such as {@code hours}
     */
    public String periodValue() {
        return periodValue;
    }

    /**
     * Sample session data (never null).
     *
     * @return sample session data (never null)
     */
    public Map<String, Object> schema() {
        return schema;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SessionConfig that && expiry == that.expiry && Objects.equals(name, that.name)
            && Objects.equals(tag, that.tag) && Objects.equals(description, that.description)
            && Objects.equals(selector, that.selector) && Objects.equals(periodValue, that.periodValue)
            && schema.equals(that.schema);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, tag, description, selector, expiry, periodValue, schema);
    }

    @Override
    public String toString() {
        return "SessionConfig[name=" + name + ", tag=" + tag + ", description=" + description + ", selector=" + selector
            + ", expiry=" + expiry + ", period=" + periodValue + ", schema=" + schema + "]";
    }

    /** Builds a {@link SessionConfig}; {@link #build()} validates every field. */
    public static final class Builder {
        private String name;
        private String tag;
        private String description;
        private String selector;
        private long expiry;
        private ExpiryPeriod period;
        private Map<String, ?> schema;

        private Builder() {}

        /**
         * The display name (required).
         *
         * @param name the display name (required)
         * @return this builder
         */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /**
         * The unique tag (required).
         *
         * @param tag the unique tag (required)
         * @return this builder
         */
        public Builder tag(String tag) {
            this.tag = tag;
            return this;
        }

        /**
         * What the session is for (optional).
         *
         * @param description what the session is for (optional)
         * @return this builder
         */
        public Builder description(String description) {
            this.description = description;
            return this;
        }

        /**
         * The identifying field, in the form {@code $Session{fieldName}} (required; dotted paths allowed).
         *
         * @param selector the identifying field, in the form {@code $Session{fieldName}} (required; dotted paths
         *                 allowed)
         * @return this builder
         */
        public Builder selector(String selector) {
            this.selector = selector;
            return this;
        }

        /**
         * How many period units a session lasts (required, > 0).
         *
         * @param expiry how many period units a session lasts (required, > 0)
         * @return this builder
         */
        public Builder expiry(long expiry) {
            this.expiry = expiry;
            return this;
        }

        /**
         * The unit of the expiry (required).
         *
         * @param period the unit of the expiry (required)
         * @return this builder
         */
        public Builder period(ExpiryPeriod period) {
            this.period = period;
            return this;
        }

        /**
         * Sample session data; must hold a string, number or boolean at the selector's path (required).
         *
         * @param schema sample session data; must hold a string, number or boolean at the selector's path (required)
         * @return this builder
         */
        public Builder schema(Map<String, ?> schema) {
            this.schema = schema;
            return this;
        }

        /**

         * Builds the configuration, validating every field.

         *
         * @return the configuration
         * @throws IllegalArgumentException naming the first invalid field
         */
        public SessionConfig build() {
            Checks.requireNonBlank(name, "name");
            Checks.requirePathSegment(tag, "tag");
            SessionSelector parsed = SessionSelector.parse(selector);
            requirePositiveExpiry(expiry);
            requireKnownPeriod(period);
            if (schema == null || schema.isEmpty()) {
                throw new IllegalArgumentException("`schema` is required, but was not set: give sample data holding "
                    + "the selector's field " + parsed.fieldPath());
            }
            parsed.requirePrimitiveIn(schema, "schema");
            return new SessionConfig(name, tag, description, parsed.toString(), expiry, period.wireValue(), schema);
        }
    }

    static void requirePositiveExpiry(long expiry) {
        if (expiry <= 0) {
            throw new IllegalArgumentException("`expiry` must be > 0, but was " + expiry);
        }
    }

    static void requireKnownPeriod(ExpiryPeriod period) {
        if (period == null || period == ExpiryPeriod.UNKNOWN) {
            throw new IllegalArgumentException("`period` must be one of seconds, minutes, hours, days, but was "
                + period);
        }
    }
}
