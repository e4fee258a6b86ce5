package app.ductape.sessions.options;

import app.ductape.sessions.internal.Checks;
import java.time.Duration;

/**
 * Options of {@code start}: which session configuration ({@code tag}), the user's data, and
 * optionally a lifetime and a cache tag. {@code product} and {@code env} fall back to the client's
 * defaults.
 */
public final class StartSessionOptions extends TaggedOptions {
    private final Object data;
    private final Duration expiresIn;
    private final String cache;

    private StartSessionOptions(Builder builder) {
        super(builder);
        this.data = Checks.requireNonNull(builder.data, "data");
        if (builder.expiresIn != null && builder.expiresIn.getSeconds() < 1) {
            throw new IllegalArgumentException("`expiresIn` must be at least 1 second, but was " + builder.expiresIn);
        }
        this.expiresIn = builder.expiresIn;
        this.cache = Checks.optionalNonBlank(builder.cache, "cache");
    }

    /**
     * A builder; {@code tag} and {@code data} are required.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding these options, to derive options that differ in a field.
     *
     * @return a builder with every field of these options set
     */
    public Builder toBuilder() {
        return new Builder().tagOf(this).data(data).expiresIn(expiresIn).cache(cache);
    }

    /**
     * The session data: a {@code Map}, or any Jackson-serializable object that becomes a JSON object.
     *
     * @return the data as given
     */
    public Object data() {
        return data;
    }

    /**
     * The session's lifetime.
     *
     * @return the lifetime, or {@code null} for the configuration's expiry
     */
    public Duration expiresIn() {
        return expiresIn;
    }

    /**
     * The cache tag for idempotent starts.
     *
     * @return the tag, or {@code null}
     */
    public String cache() {
        return cache;
    }

    @Override
    public String toString() {
        return "StartSessionOptions[" + scopeAndTag() + ", expiresIn=" + expiresIn + ", cache=" + cache + "]";
    }

    /** Builds {@link StartSessionOptions}; {@link #build()} validates. */
    public static final class Builder extends TaggedOptions.Tag<Builder> {
        private Object data;
        private Duration expiresIn;
        private String cache;

        private Builder() {}

        /**
         * The session data (required): a {@code Map} or a record/POJO holding the configuration's selector
         * field, such as {@code Map.of("userId", "user_123", "email", "john@example.com")}.
         *
         * @param data the data
         * @return this builder
         */
        public Builder data(Object data) {
            this.data = data;
            return this;
        }

        /**
         * The lifetime, whole seconds, at least 1 s (optional; default: the configuration's expiry).
         *
         * @param expiresIn the lifetime
         * @return this builder
         */
        public Builder expiresIn(Duration expiresIn) {
            this.expiresIn = expiresIn;
            return this;
        }

        /**
         * A cache tag: starting again with the same tag returns the same session (optional).
         *
         * @param cache the tag
         * @return this builder
         */
        public Builder cache(String cache) {
            this.cache = cache;
            return this;
        }

        /**
         * Builds the options.
         *
         * @return the options
         * @throws IllegalArgumentException naming the first invalid field
         */
        public StartSessionOptions build() {
            return new StartSessionOptions(this);
        }
    }
}
