package app.ductape.sessions.options;

import app.ductape.sessions.internal.Checks;

/**
 * Options of {@code revoke}: one session by {@code sessionId}, or all of a user's by {@code identifier}; exactly
 * one of them.
 */
public final class RevokeSessionOptions extends TaggedOptions {
    private final String sessionId;
    private final String identifier;

    private RevokeSessionOptions(Builder builder) {
        super(builder);
        this.sessionId = Checks.optionalNonBlank(builder.sessionId, "sessionId");
        this.identifier = Checks.optionalNonBlank(builder.identifier, "identifier");
        if ((sessionId == null) == (identifier == null)) {
            throw new IllegalArgumentException("set exactly one of `sessionId` or `identifier`, but "
                + (sessionId == null ? "neither was set" : "both were set"));
        }
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
        return new Builder().tagOf(this).sessionId(sessionId).identifier(identifier);
    }

    /**
     * The session to revoke.
     *
     * @return the session id, or {@code null} when revoking by identifier
     */
    public String sessionId() {
        return sessionId;
    }

    /**
     * The user whose sessions to revoke.
     *
     * @return the identifier, or {@code null} when revoking by session id
     */
    public String identifier() {
        return identifier;
    }

    @Override
    public String toString() {
        return "RevokeSessionOptions[" + scopeAndTag() + ", sessionId=" + sessionId + ", identifier=" + identifier + "]";
    }

    /** Builds {@link RevokeSessionOptions}; {@link #build()} validates. */
    public static final class Builder extends TaggedOptions.Tag<Builder> {
        private String sessionId;
        private String identifier;

        private Builder() {}

        /**
         * Revokes this session (or set {@code identifier}).
         *
         * @param sessionId the session id
         * @return this builder
         */
        public Builder sessionId(String sessionId) {
            this.sessionId = sessionId;
            return this;
        }

        /**
         * Revokes every session of this user, the value at the selector (or set {@code sessionId}).
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
        public RevokeSessionOptions build() {
            return new RevokeSessionOptions(this);
        }
    }
}
