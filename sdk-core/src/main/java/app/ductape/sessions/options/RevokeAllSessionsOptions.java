package app.ductape.sessions.options;

import app.ductape.sessions.internal.Checks;

/**
 * Options of {@code revokeAll}: every session of one user ("log out all devices"), or every one but the
 * current ("log out my other devices"), as Ductape's session hooks call it:
 *
 * <pre>{@code
 * sessions.revokeAll(RevokeAllSessionsOptions.builder().tag("user-session").identifier(userId)
 *     .excludeCurrentSession(currentSessionId).build());
 * }</pre>
 */
public final class RevokeAllSessionsOptions extends TaggedOptions {
    private final String identifier;
    private final String excludeCurrentSession;

    private RevokeAllSessionsOptions(Builder builder) {
        super(builder);
        this.identifier = Checks.requireNonBlank(builder.identifier, "identifier");
        this.excludeCurrentSession = Checks.optionalNonBlank(builder.excludeCurrentSession, "excludeCurrentSession");
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
        return new Builder().tagOf(this).identifier(identifier).excludeCurrentSession(excludeCurrentSession);
    }

    /**
     * The user whose sessions to revoke.
     *
     * @return the value at the configuration's selector, such as an e-mail address
     */
    public String identifier() {
        return identifier;
    }

    /**
     * The session to keep: the one the user is revoking the others from.
     *
     * @return its session id, or {@code null} when every session of the user is revoked
     */
    public String excludeCurrentSession() {
        return excludeCurrentSession;
    }

    @Override
    public String toString() {
        return "RevokeAllSessionsOptions[" + scopeAndTag() + ", identifier=" + identifier
            + (excludeCurrentSession == null ? "" : ", excludeCurrentSession=" + excludeCurrentSession) + "]";
    }

    /** Builds {@link RevokeAllSessionsOptions}; {@link #build()} validates. */
    public static final class Builder extends TaggedOptions.Tag<Builder> {
        private String identifier;
        private String excludeCurrentSession;

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
         * Keeps one session of the user valid: "log out my other devices" from the device of that session.
         * Ductape's session hooks sent it as {@code excludeCurrentSession} from January to June 2026; it is
         * sent only when set. Verifiers following this client keep that session's cached answer.
         *
         * @param sessionId the session to keep, such as the current request's; {@code null} keeps none
         * @return this builder
         */
        public Builder excludeCurrentSession(String sessionId) {
            this.excludeCurrentSession = sessionId;
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
