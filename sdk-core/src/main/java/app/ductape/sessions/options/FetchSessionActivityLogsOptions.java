package app.ductape.sessions.options;

import app.ductape.sessions.internal.Checks;
import app.ductape.sessions.internal.TimeBound;
import app.ductape.sessions.model.LogStatus;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Options of {@code fetchActivityLogs}: a session's operations, optionally filtered by environment,
 * status and time range, one page at a time. A date bound covers its whole UTC day.
 */
public final class FetchSessionActivityLogsOptions {
    /** Largest page the API serves. */
    public static final int MAX_LIMIT = 1000;

    private final String product;
    private final String session;
    private final String env;
    private final LogStatus status;
    private final TimeBound start;
    private final TimeBound end;
    private final int page;
    private final int limit;

    private FetchSessionActivityLogsOptions(Builder builder) {
        this.product = Checks.optionalPathSegment(builder.product, "product");
        this.session = Checks.requirePathSegment(builder.session, "session");
        this.env = Checks.optionalNonBlank(builder.env, "env");
        if (builder.status == LogStatus.UNKNOWN) {
            throw new IllegalArgumentException("`status` must be SUCCESS, FAIL or PROCESSING, not UNKNOWN");
        }
        this.status = builder.status;
        this.start = builder.start;
        this.end = builder.end;
        TimeBound.requireOrdered(start, end);
        this.page = Checks.requirePage(builder.page);
        this.limit = Checks.requireLimit(builder.limit, MAX_LIMIT);
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        Builder builder = new Builder().product(product).session(session).env(env).status(status).page(page)
            .limit(limit);
        builder.start = start;
        builder.end = end;
        return builder;
    }

    /** The product tag, or {@code null} to use the client's default. */
    public String product() {
        return product;
    }

    public String session() {
        return session;
    }

    /** The environment filter, or {@code null} for the client's default (or none). */
    public String env() {
        return env;
    }

    /** The status filter, or {@code null} for all. */
    public LogStatus status() {
        return status;
    }

    /** The start filter as sent ({@code 2024-01-01} or an ISO instant), or {@code null}. */
    public String start() {
        return start == null ? null : start.wire();
    }

    /** The end filter as sent, or {@code null}. */
    public String end() {
        return end == null ? null : end.wire();
    }

    public int page() {
        return page;
    }

    public int limit() {
        return limit;
    }

    @Override
    public String toString() {
        return "FetchSessionActivityLogsOptions[product=" + product + ", session=" + session + ", env=" + env
            + ", status=" + status + ", start=" + start() + ", end=" + end() + ", page=" + page + ", limit=" + limit
            + "]";
    }

    /** Builds {@link FetchSessionActivityLogsOptions}; {@link #build()} validates. */
    public static final class Builder {
        private String product;
        private String session;
        private String env;
        private LogStatus status;
        private TimeBound start;
        private TimeBound end;
        private int page = 1;
        private int limit = 20;

        private Builder() {}

        /** The product tag; optional when the client has a default product. */
        public Builder product(String product) {
            this.product = product;
            return this;
        }

        /** The session tag (required). */
        public Builder session(String session) {
            this.session = session;
            return this;
        }

        /** Filters by environment (optional). */
        public Builder env(String env) {
            this.env = env;
            return this;
        }

        /** Filters by status (optional). */
        public Builder status(LogStatus status) {
            this.status = status;
            return this;
        }

        /**
         * Filters from this ISO date ({@code 2024-01-01}) or ISO instant on.
         *
         * @throws IllegalArgumentException when the text is neither
         */
        public Builder start(String start) {
            this.start = start == null ? null : TimeBound.parse(start, "start");
            return this;
        }

        /** Filters from the start of this UTC day on. */
        public Builder start(LocalDate start) {
            this.start = start == null ? null : TimeBound.of(start);
            return this;
        }

        /** Filters from this instant on. */
        public Builder start(Instant start) {
            this.start = start == null ? null : TimeBound.of(start);
            return this;
        }

        /**
         * Filters up to this ISO date (the whole day included) or ISO instant.
         *
         * @throws IllegalArgumentException when the text is neither
         */
        public Builder end(String end) {
            this.end = end == null ? null : TimeBound.parse(end, "end");
            return this;
        }

        /** Filters up to the end of this UTC day. */
        public Builder end(LocalDate end) {
            this.end = end == null ? null : TimeBound.of(end);
            return this;
        }

        /** Filters up to this instant. */
        public Builder end(Instant end) {
            this.end = end == null ? null : TimeBound.of(end);
            return this;
        }

        /** The page, from 1 (default 1). */
        public Builder page(int page) {
            this.page = page;
            return this;
        }

        /** Logs per page, 1 to 1000 (default 20). */
        public Builder limit(int limit) {
            this.limit = limit;
            return this;
        }

        /** @throws IllegalArgumentException naming the first invalid field */
        public FetchSessionActivityLogsOptions build() {
            return new FetchSessionActivityLogsOptions(this);
        }
    }
}
