package app.ductape.sessions.options;

import app.ductape.sessions.internal.Checks;

/** Options of {@code revokeAll}: every session of one user ("log out all devices"). */
public final class RevokeAllSessionsOptions {
    private final String product;
    private final String env;
    private final String tag;
    private final String identifier;

    private RevokeAllSessionsOptions(Builder builder) {
        this.product = Checks.optionalPathSegment(builder.product, "product");
        this.env = Checks.optionalNonBlank(builder.env, "env");
        this.tag = Checks.requirePathSegment(builder.tag, "tag");
        this.identifier = Checks.requireNonBlank(builder.identifier, "identifier");
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

    public String identifier() {
        return identifier;
    }

    @Override
    public String toString() {
        return "RevokeAllSessionsOptions[product=" + product + ", env=" + env + ", tag=" + tag + ", identifier="
            + identifier + "]";
    }

    /** Builds {@link RevokeAllSessionsOptions}; {@link #build()} validates. */
    public static final class Builder {
        private String product;
        private String env;
        private String tag;
        private String identifier;

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

        /** The user whose sessions to revoke (required). */
        public Builder identifier(String identifier) {
            this.identifier = identifier;
            return this;
        }

        /** @throws IllegalArgumentException naming the first invalid field */
        public RevokeAllSessionsOptions build() {
            return new RevokeAllSessionsOptions(this);
        }
    }
}
