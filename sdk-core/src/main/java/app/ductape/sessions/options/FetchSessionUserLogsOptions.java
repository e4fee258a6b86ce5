package app.ductape.sessions.options;

import app.ductape.sessions.internal.Checks;
import app.ductape.sessions.model.LogStatus;

/**
 * Options of {@code fetchUserLogs}: the activity logs of one user of a session configuration, optionally
 * filtered by environment, status, time range and process id, one page at a time.
 */
public final class FetchSessionUserLogsOptions extends RangedOptions {
    private final String session;
    private final String identifier;
    private final LogStatus status;
    private final String processId;
    private final int page;
    private final int limit;

    private FetchSessionUserLogsOptions(Builder builder) {
        super(builder);
        this.session = Checks.requireNonBlank(builder.session, "session");
        this.identifier = Checks.requireNonBlank(builder.identifier, "identifier");
        if (builder.status == LogStatus.UNKNOWN) {
            throw new IllegalArgumentException("`status` must be SUCCESS, FAIL or PROCESSING, not UNKNOWN");
        }
        this.status = builder.status;
        this.processId = Checks.optionalNonBlank(builder.processId, "processId");
        this.page = Checks.requirePage(builder.page);
        this.limit = Checks.requireLimit(builder.limit, FetchSessionActivityLogsOptions.MAX_LIMIT);
    }

    /**
     * A builder; {@code session} and {@code identifier} are required.
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
        return new Builder().rangeOf(this).session(session).identifier(identifier).status(status)
            .processId(processId).page(page).limit(limit);
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
     * The user's identifier, the value of the configuration's selector.
     *
     * @return the identifier, such as an e-mail address
     */
    public String identifier() {
        return identifier;
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
     * Only the logs of this process.
     *
     * @return the process id, or {@code null} for all
     */
    public String processId() {
        return processId;
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
     * @return logs per page, 1 to 1,000
     */
    public int limit() {
        return limit;
    }

    @Override
    public String toString() {
        return "FetchSessionUserLogsOptions[" + scopeAndRange() + ", session=" + session + ", identifier=***, status="
            + status + ", processId=" + processId + ", page=" + page + ", limit=" + limit + "]";
    }

    /** Builds {@link FetchSessionUserLogsOptions}; {@link #build()} validates. */
    public static final class Builder extends RangedOptions.Range<Builder> {
        private String session;
        private String identifier;
        private LogStatus status;
        private String processId;
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
         * The user's identifier (required).
         *
         * @param identifier the identifier, such as an e-mail address
         * @return this builder
         */
        public Builder identifier(String identifier) {
            this.identifier = identifier;
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
         * Only the logs of one process (optional).
         *
         * @param processId the process id of a log
         * @return this builder
         */
        public Builder processId(String processId) {
            this.processId = processId;
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
         * Logs per page, 1 to 1,000 (default 20).
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
        public FetchSessionUserLogsOptions build() {
            return new FetchSessionUserLogsOptions(this);
        }
    }
}
