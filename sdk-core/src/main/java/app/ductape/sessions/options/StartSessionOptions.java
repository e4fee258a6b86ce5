package app.ductape.sessions.options;

import app.ductape.sessions.internal.Checks;
import java.time.Duration;

/**
 * Options of {@code start}: which session configuration ({@code tag}), the user's data, and
 * optionally a lifetime and a cache tag. {@code product} and {@code env} fall back to the client's
 * defaults.
 */
public final class StartSessionOptions {
    private final String product;
    private final String env;
    private final String tag;
    private final Object data;
    private final Duration expiresIn;
    private final String cache;

    private StartSessionOptions(Builder builder) {
        this.product = Checks.optionalPathSegment(builder.product, "product");
        this.env = Checks.optionalNonBlank(builder.env, "env");
        this.tag = Checks.requirePathSegment(builder.tag, "tag");
        this.data = Checks.requireNonNull(builder.data, "data");
        if (builder.expiresIn != null && builder.expiresIn.getSeconds() < 1) {
            throw new IllegalArgumentException("`expiresIn` must be at least 1 second, but was " + builder.expiresIn);
        }
        this.expiresIn = builder.expiresIn;
        this.cache = Checks.optionalNonBlank(builder.cache, "cache");
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder().product(product).env(env).tag(tag).data(data).expiresIn(expiresIn).cache(cache);
    }

    public String product() {
        return product;
    }

    public String env() {
        return env;
    }

    public String tag() {
        return tag;
    }

    /** The session data: a map or any Jackson-serializable object that becomes a JSON object. */
    public Object data() {
        return data;
    }

    /** The session's lifetime, or {@code null} for the configuration's expiry. */
    public Duration expiresIn() {
        return expiresIn;
    }

    /** The cache tag for idempotent starts, or {@code null}. */
    public String cache() {
        return cache;
    }

    @Override
    public String toString() {
        return "StartSessionOptions[product=" + product + ", env=" + env + ", tag=" + tag + ", expiresIn=" + expiresIn
            + ", cache=" + cache + "]";
    }

    /** Builds {@link StartSessionOptions}; {@link #build()} validates. */
    public static final class Builder {
        private String product;
        private String env;
        private String tag;
        private Object data;
        private Duration expiresIn;
        private String cache;

        private Builder() {}

        public Builder product(String product) {
            this.product = product;
            return this;
        }

        public Builder env(String env) {
            this.env = env;
            return this;
        }

        /** The session configuration's tag (required). */
        public Builder tag(String tag) {
            this.tag = tag;
            return this;
        }

        /** The session data (required): a {@code Map} or a record/POJO; must hold the selector's field. */
        public Builder data(Object data) {
            this.data = data;
            return this;
        }

        /** The lifetime, whole seconds, at least 1 s (optional; default: the configuration's expiry). */
        public Builder expiresIn(Duration expiresIn) {
            this.expiresIn = expiresIn;
            return this;
        }

        /** A cache tag: starting again with the same tag returns the same session (optional). */
        public Builder cache(String cache) {
            this.cache = cache;
            return this;
        }

        /** @throws IllegalArgumentException naming the first invalid field */
        public StartSessionOptions build() {
            return new StartSessionOptions(this);
        }
    }
}
