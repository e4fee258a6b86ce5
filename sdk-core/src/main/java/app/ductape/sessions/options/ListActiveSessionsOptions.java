package app.ductape.sessions.options;

import app.ductape.sessions.internal.Checks;

/**
 * Options of {@code listActive}: the unexpired, unrevoked sessions of a tag, optionally of one user, a page
 * at a time.
 */
public final class ListActiveSessionsOptions extends TaggedOptions {
    /** Largest page the API serves. */
    public static final int MAX_LIMIT = 1000;

    private final String identifier;
    private final int page;
    private final int limit;

    private ListActiveSessionsOptions(Builder builder) {
        super(builder);
        this.identifier = Checks.optionalNonBlank(builder.identifier, "identifier");
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
        return new Builder().tagOf(this).identifier(identifier).page(page).limit(limit);
    }

    /**
     * Only this user's sessions.
     *
     * @return the identifier, or {@code null} for every user
     */
    public String identifier() {
        return identifier;
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
     * @return sessions per page, 1 to {@value #MAX_LIMIT}
     */
    public int limit() {
        return limit;
    }

    @Override
    public String toString() {
        return "ListActiveSessionsOptions[" + scopeAndTag() + ", identifier=" + identifier + ", page=" + page + ", limit=" + limit + "]";
    }

    /** Builds {@link ListActiveSessionsOptions}; {@link #build()} validates. */
    public static final class Builder extends TaggedOptions.Tag<Builder> {
        private String identifier;
        private int page = 1;
        private int limit = 20;

        private Builder() {}

        /**
         * Only this user's sessions (optional).
         *
         * @param identifier the identifier
         * @return this builder
         */
        public Builder identifier(String identifier) {
            this.identifier = identifier;
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
         * Sessions per page, 1 to {@value ListActiveSessionsOptions#MAX_LIMIT} (default 20).
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
        public ListActiveSessionsOptions build() {
            return new ListActiveSessionsOptions(this);
        }
    }
}
