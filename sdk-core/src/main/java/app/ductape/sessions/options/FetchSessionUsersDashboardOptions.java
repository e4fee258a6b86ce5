package app.ductape.sessions.options;

import app.ductape.sessions.internal.Checks;

/** Options of {@code fetchUsersDashboard}: the users of one session configuration in figures. */
public final class FetchSessionUsersDashboardOptions extends ScopedOptions {
    private final String session;

    private FetchSessionUsersDashboardOptions(Builder builder) {
        super(builder);
        this.session = Checks.requireNonBlank(builder.session, "session");
    }

    /**
     * A builder; {@code session} is required.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding these options.
     *
     * @return a builder with every field of these options set
     */
    public Builder toBuilder() {
        return new Builder().scopeOf(this).session(session);
    }

    /**
     * The session configuration's tag.
     *
     * @return the tag
     */
    public String session() {
        return session;
    }

    @Override
    public String toString() {
        return "FetchSessionUsersDashboardOptions[" + scope() + ", session=" + session + "]";
    }

    /** Builds {@link FetchSessionUsersDashboardOptions}; {@link #build()} validates. */
    public static final class Builder extends ScopedOptions.Scope<Builder> {
        private String session;

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
         * Builds the options.
         *
         * @return the options
         * @throws IllegalArgumentException naming the first invalid field
         */
        public FetchSessionUsersDashboardOptions build() {
            return new FetchSessionUsersDashboardOptions(this);
        }
    }
}
