package app.ductape.sessions.options;

import app.ductape.sessions.internal.Checks;

/**
 * Options of {@code refresh}: a refresh token to exchange for new tokens. {@code toString()} masks it.
 */
public final class RefreshSessionOptions extends TaggedOptions {
    private final String refreshToken;

    private RefreshSessionOptions(Builder builder) {
        super(builder);
        this.refreshToken = Checks.requireNonBlank(builder.refreshToken, "refreshToken");
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
        return new Builder().tagOf(this).refreshToken(refreshToken);
    }

    /**
     * The refresh token to exchange.
     *
     * @return the refresh token as issued
     */
    public String refreshToken() {
        return refreshToken;
    }

    @Override
    public String toString() {
        return "RefreshSessionOptions[" + scopeAndTag() + ", refreshToken=***" + "]";
    }

    /** Builds {@link RefreshSessionOptions}; {@link #build()} validates. */
    public static final class Builder extends TaggedOptions.Tag<Builder> {
        private String refreshToken;

        private Builder() {}

        /**
         * The refresh token as issued by start or refresh (required).
         *
         * @param refreshToken the refresh token
         * @return this builder
         */
        public Builder refreshToken(String refreshToken) {
            this.refreshToken = refreshToken;
            return this;
        }

        /**
         * Builds the options.
         *
         * @return the options
         * @throws IllegalArgumentException naming the first invalid field
         */
        public RefreshSessionOptions build() {
            return new RefreshSessionOptions(this);
        }
    }
}
