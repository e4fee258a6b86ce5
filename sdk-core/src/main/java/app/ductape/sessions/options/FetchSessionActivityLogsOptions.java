package app.ductape.sessions.options;

import app.ductape.sessions.internal.Checks;
import app.ductape.sessions.model.LogStatus;

/**
 * Options of {@code fetchActivityLogs}: a session's operations, optionally filtered by environment,
 * status and time range, one page at a time. A date bound covers its whole UTC day.
 */
public final class FetchSessionActivityLogsOptions extends RangedOptions {
    /** Largest page the API serves. */
    public static final int MAX_LIMIT = 1000;

    private final String session;
    private final LogStatus status;
    private final int page;
    private final int limit;

    private FetchSessionActivityLogsOptions(Builder builder) {
        super(builder);
        this.session = Checks.requirePathSegment(builder.session, "session");
        if (builder.status == LogStatus.UNKNOWN) {
            throw new IllegalArgumentException("`status` must be SUCCESS, FAIL or PROCESSING, not UNKNOWN");
        }
        this.status = builder.status;
        this.page = Checks.requirePage(builder.page);
        this.limit = Checks.requireLimit(builder.limit, MAX_LIMIT);
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
     * A builder holding these options, to derive options that differ in a field (the next page).
     *
     * @return a builder with every field of these options set
     */
    public Builder toBuilder() {
        return new Builder().rangeOf(this).session(session).status(status).page(page).limit(limit);
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
     * The status filter.
     *
     * @return the status, or {@code null} for all
     */
    public LogStatus status() {
        return status;
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
     * @return logs per page, 1 to {@value #MAX_LIMIT}
     */
    public int limit() {
        return limit;
    }

    @Override
    public String toString() {
        return "FetchSessionActivityLogsOptions[" + scopeAndRange() + ", session=" + session + ", status=" + status
            + ", page=" + page + ", limit=" + limit + "]";
    }

    /** Builds {@link FetchSessionActivityLogsOptions}; {@link #build()} validates. */
    public static final class Builder extends RangedOptions.Range<Builder> {
        private String session;
        private LogStatus status;
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
         * Only logs of this status (optional).
         *
         * @param status success, fail or processing
         * @return this builder
         */
        public Builder status(LogStatus status) {
            this.status = status;
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
         * Logs per page, 1 to {@value FetchSessionActivityLogsOptions#MAX_LIMIT} (default 20).
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
        public FetchSessionActivityLogsOptions build() {
            return new FetchSessionActivityLogsOptions(this);
        }
    }
}
