package app.ductape.sessions.options;

import app.ductape.sessions.internal.Checks;

/** Options of {@code verify}: a session token ({@code tag:jwt}) to check. {@code toString()} masks the token. */
public final class VerifySessionOptions {
    private final String product;
    private final String env;
    private final String tag;
    private final String token;

    private VerifySessionOptions(Builder builder) {
        this.product = Checks.optionalPathSegment(builder.product, "product");
        this.env = Checks.optionalNonBlank(builder.env, "env");
        this.tag = Checks.requirePathSegment(builder.tag, "tag");
        this.token = Checks.requireNonBlank(builder.token, "token");
    }

    public static Builder builder() {
        return new Builder();
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

    public String token() {
        return token;
    }

    @Override
    public String toString() {
        return "VerifySessionOptions[product=" + product + ", env=" + env + ", tag=" + tag + ", token=***]";
    }

    /** Builds {@link VerifySessionOptions}; {@link #build()} validates. */
    public static final class Builder {
        private String product;
        private String env;
        private String tag;
        private String token;

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

        /** The session token as issued, {@code tag:jwt} (required). */
        public Builder token(String token) {
            this.token = token;
            return this;
        }

        /** @throws IllegalArgumentException naming the first invalid field */
        public VerifySessionOptions build() {
            return new VerifySessionOptions(this);
        }
    }
}
