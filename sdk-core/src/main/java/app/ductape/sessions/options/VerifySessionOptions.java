package app.ductape.sessions.options;

import app.ductape.sessions.internal.Checks;

/**
 * Options of {@code verify}: a session token ({@code tag:jwt}) to check. {@code toString()} masks the token.
 */
public final class VerifySessionOptions extends TaggedOptions {
    private final String token;

    private VerifySessionOptions(Builder builder) {
        super(builder);
        this.token = Checks.requireNonBlank(builder.token, "token");
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
        return new Builder().tagOf(this).token(token);
    }

    /**
     * The session token to verify.
     *
     * @return the token as issued, {@code tag:jwt}
     */
    public String token() {
        return token;
    }

    @Override
    public String toString() {
        return "VerifySessionOptions[" + scopeAndTag() + ", token=***" + "]";
    }

    /** Builds {@link VerifySessionOptions}; {@link #build()} validates. */
    public static final class Builder extends TaggedOptions.Tag<Builder> {
        private String token;

        private Builder() {}

        /**
         * The session token as issued, {@code tag:jwt} (required).
         *
         * @param token the token
         * @return this builder
         */
        public Builder token(String token) {
            this.token = token;
            return this;
        }

        /**
         * Builds the options.
         *
         * @return the options
         * @throws IllegalArgumentException naming the first invalid field
         */
        public VerifySessionOptions build() {
            return new VerifySessionOptions(this);
        }
    }
}
