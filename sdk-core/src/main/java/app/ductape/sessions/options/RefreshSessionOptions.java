package app.ductape.sessions.options;

import app.ductape.sessions.internal.Checks;

/** Options of {@code refresh}: a refresh token to exchange for new tokens. {@code toString()} masks it. */
public final class RefreshSessionOptions {
    private final String product;
    private final String env;
    private final String tag;
    private final String refreshToken;

    private RefreshSessionOptions(Builder builder) {
        this.product = Checks.optionalPathSegment(builder.product, "product");
        this.env = Checks.optionalNonBlank(builder.env, "env");
        this.tag = Checks.requirePathSegment(builder.tag, "tag");
        this.refreshToken = Checks.requireNonBlank(builder.refreshToken, "refreshToken");
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

    public String refreshToken() {
        return refreshToken;
    }

    @Override
    public String toString() {
        return "RefreshSessionOptions[product=" + product + ", env=" + env + ", tag=" + tag + ", refreshToken=***]";
    }

    /** Builds {@link RefreshSessionOptions}; {@link #build()} validates. */
    public static final class Builder {
        private String product;
        private String env;
        private String tag;
        private String refreshToken;

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

        /** The refresh token from start or the previous refresh (required). */
        public Builder refreshToken(String refreshToken) {
            this.refreshToken = refreshToken;
            return this;
        }

        /** @throws IllegalArgumentException naming the first invalid field */
        public RefreshSessionOptions build() {
            return new RefreshSessionOptions(this);
        }
    }
}
