package app.ductape.sessions.options;

import app.ductape.sessions.internal.Checks;

/** Options of {@code fetchUserDetails}: one user of a session, by its identifier. */
public final class FetchSessionUserDetailsOptions {
    private final String product;
    private final String session;
    private final String identifier;
    private final String env;

    private FetchSessionUserDetailsOptions(Builder builder) {
        this.product = Checks.optionalPathSegment(builder.product, "product");
        this.session = Checks.requirePathSegment(builder.session, "session");
        this.identifier = Checks.requirePathSegment(builder.identifier, "identifier");
        this.env = Checks.optionalNonBlank(builder.env, "env");
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder().product(product).session(session).identifier(identifier).env(env);
    }

    /** The product tag, or {@code null} to use the client's default. */
    public String product() {
        return product;
    }

    public String session() {
        return session;
    }

    /** The user's identifier: the value at the session's selector, such as an e-mail address. */
    public String identifier() {
        return identifier;
    }

    /** The environment filter, or {@code null} for the client's default (or none). */
    public String env() {
        return env;
    }

    @Override
    public String toString() {
        return "FetchSessionUserDetailsOptions[product=" + product + ", session=" + session + ", identifier="
            + identifier + ", env=" + env + "]";
    }

    /** Builds {@link FetchSessionUserDetailsOptions}; {@link #build()} validates. */
    public static final class Builder {
        private String product;
        private String session;
        private String identifier;
        private String env;

        private Builder() {}

        /** The product tag; optional when the client has a default product. */
        public Builder product(String product) {
            this.product = product;
            return this;
        }

        /** The session tag (required). */
        public Builder session(String session) {
            this.session = session;
            return this;
        }

        /** The user's identifier (required). */
        public Builder identifier(String identifier) {
            this.identifier = identifier;
            return this;
        }

        /** Filters by environment (optional). */
        public Builder env(String env) {
            this.env = env;
            return this;
        }

        /** @throws IllegalArgumentException naming the first invalid field */
        public FetchSessionUserDetailsOptions build() {
            return new FetchSessionUserDetailsOptions(this);
        }
    }
}
