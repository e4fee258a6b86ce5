package app.ductape.sessions.options;

import app.ductape.sessions.internal.Checks;

/**
 * Options of {@code revokeAll}: every session of one user ("log out all devices").
 */
public final class RevokeAllSessionsOptions extends TaggedOptions {
    private final String identifier;

    private RevokeAllSessionsOptions(Builder builder) {
        super(builder);
        this.identifier = Checks.requireNonBlank(builder.identifier, "identifier");
    }

    /**
     * A builder of these options.
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
        return new Builder().tagOf(this).identifier(identifier);
    }

    /**
     * The user whose sessions to revoke.
     *
     * @return the value at the configuration's selector, such as an e-mail address
     */
    public String identifier() {
        return identifier;
    }

    @Override
    public String toString() {
        return "RevokeAllSessionsOptions[" + scopeAndTag() + ", identifier=" + identifier + "]";
    }

    /** Builds {@link RevokeAllSessionsOptions}; {@link #build()} validates. */
    public static final class Builder extends TaggedOptions.Tag<Builder> {
        private String identifier;

        private Builder() {}

        /**
         * The user whose sessions to revoke: the value at the configuration's selector (required).
         *
         * @param identifier the identifier
         * @return this builder
         */
        public Builder identifier(String identifier) {
            this.identifier = identifier;
            return this;
        }

        /**
         * Builds the options.
         *
         * @return the options
         * @throws IllegalArgumentException naming the first invalid field
         */
        public RevokeAllSessionsOptions build() {
            return new RevokeAllSessionsOptions(this);
        }
    }
}
