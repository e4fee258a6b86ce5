package app.ductape.sessions.options;

import app.ductape.sessions.internal.Checks;

/**
 * Options of {@code fetchUsers}: which session's users, in which environment, which page. {@code product}
 * may be left out when the client has a default product.
 */
public final class FetchSessionUsersOptions extends ScopedOptions {
    /** Largest page the API serves. */
    public static final int MAX_LIMIT = 1000;

    private final String session;
    private final int page;
    private final int limit;

    private FetchSessionUsersOptions(Builder builder) {
        super(builder);
        this.session = Checks.requirePathSegment(builder.session, "session");
        this.page = Checks.requirePage(builder.page);
        this.limit = Checks.requireLimit(builder.limit, MAX_LIMIT);
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
        return new Builder().scopeOf(this).session(session).page(page).limit(limit);
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
     * The page to read.
     *
     * @return the page, from 1
     */
    public int page() {
        return page;
    }

    /**
     * The page size.
     *
     * @return users per page, 1 to {@value #MAX_LIMIT}
     */
    public int limit() {
        return limit;
    }

    @Override
    public String toString() {
        return "FetchSessionUsersOptions[" + scope() + ", session=" + session + ", page=" + page + ", limit=" + limit + "]";
    }

    /** Builds {@link FetchSessionUsersOptions}; {@link #build()} validates. */
    public static final class Builder extends ScopedOptions.Scope<Builder> {
        private String session;
        private int page = 1;
        private int limit = 20;

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
         * The page, from 1 (default 1).
         *
         * @param page the page number
         * @return this builder
         */
        public Builder page(int page) {
            this.page = page;
            return this;
        }

        /**
         * Users per page, 1 to {@value FetchSessionUsersOptions#MAX_LIMIT} (default 20).
         *
         * @param limit the page size
         * @return this builder
         */
        public Builder limit(int limit) {
            this.limit = limit;
            return this;
        }

        /**
         * Builds the options.
         *
         * @return the options
         * @throws IllegalArgumentException naming the first invalid field
         */
        public FetchSessionUsersOptions build() {
            return new FetchSessionUsersOptions(this);
        }
    }
}
