package app.ductape.sessions.connectors.calwe;

/**
 * Which page of a Calwe session log to read: {@code per_page} (the server's default is 30) and
 * {@code page}. Both optional; {@link Builder#build()} validates.
 */
public final class CalweLogOptions {
    /** Calwe's page size when none is asked for. */
    public static final int SERVER_DEFAULT_PER_PAGE = 30;

    private final Integer perPage;
    private final Integer page;

    private CalweLogOptions(Integer perPage, Integer page) {
        this.perPage = perPage;
        this.page = page;
    }

    /**
     * The first page at the server's default size.
     *
     * @return the first page at the server's default size
     */
    public static CalweLogOptions firstPage() {
        return builder().build();
    }

    /**
     * A builder.
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
        return new Builder().perPage(perPage).page(page);
    }

    /**
     * Entries per page, or {@code null} for the server's default (30).
     *
     * @return entries per page, or {@code null} for the server's default (30)
     */
    public Integer perPage() {
        return perPage;
    }

    /**
     * The page number, or {@code null} for the first.
     *
     * @return the page number, or {@code null} for the first
     */
    public Integer page() {
        return page;
    }

    @Override
    public String toString() {
        return "CalweLogOptions[perPage=" + perPage + ", page=" + page + "]";
    }

    /** Builds {@link CalweLogOptions}. */
    public static final class Builder {
        private Integer perPage;
        private Integer page;

        private Builder() {}

        /**
         * Entries per page: at least 1.
         *
         * @param perPage entries per page: at least 1
         * @return this builder
         */
        public Builder perPage(Integer perPage) {
            this.perPage = perPage;
            return this;
        }

        /**
         * The page number: at least 1.
         *
         * @param page the page number: at least 1
         * @return this builder
         */
        public Builder page(Integer page) {
            this.page = page;
            return this;
        }

        /**
         * Builds the options.
         *
         * @return builds the options
         * @throws IllegalArgumentException naming {@code perPage} or {@code page} when below 1
         */
        public CalweLogOptions build() {
            if (perPage != null && perPage < 1) {
                throw new IllegalArgumentException("`perPage` must be >= 1, but was " + perPage);
            }
            if (page != null && page < 1) {
                throw new IllegalArgumentException("`page` must be >= 1, but was " + page);
            }
            return new CalweLogOptions(perPage, page);
        }
    }
}
