package app.ductape.sessions.options;

import app.ductape.sessions.internal.Checks;

/**
 * Options of {@code fetchUserDetails}: one user of a session, by its identifier.
 */
public final class FetchSessionUserDetailsOptions extends ScopedOptions {
    private final String session;
    private final String identifier;

    private FetchSessionUserDetailsOptions(Builder builder) {
        super(builder);
        this.session = Checks.requirePathSegment(builder.session, "session");
        this.identifier = Checks.requirePathSegment(builder.identifier, "identifier");
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
        return new Builder().scopeOf(this).session(session).identifier(identifier);
    }

    /**
     * The session configuration's tag.
     *
     * @return the tag, such as {@code user-session}
     */
    public String session() {
        return session;
    }

    /**
     * The user to read.
     *
     * @return the value at the configuration's selector, such as an e-mail address
     */
    public String identifier() {
        return identifier;
    }

    @Override
    public String toString() {
        return "FetchSessionUserDetailsOptions[" + scope() + ", session=" + session + ", identifier=" + identifier + "]";
    }

    /** Builds {@link FetchSessionUserDetailsOptions}; {@link #build()} validates. */
    public static final class Builder extends ScopedOptions.Scope<Builder> {
        private String session;
        private String identifier;

        private Builder() {}

        /**
         * The session configuration's tag (required).
         *
         * @param session the tag
         * @return this builder
         */
        public Builder session(String session) {
            this.session = session;
            return this;
        }

        /**
         * The user: the value at the configuration's selector (required).
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
        public FetchSessionUserDetailsOptions build() {
            return new FetchSessionUserDetailsOptions(this);
        }
    }
}
