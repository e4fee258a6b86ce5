package app.ductape.sessions.options;

import app.ductape.sessions.internal.Checks;
import app.ductape.sessions.internal.TimeBound;
import app.ductape.sessions.model.GroupBy;
import java.time.Instant;
import java.time.LocalDate;

/** Options of {@code fetchDashboard}: a session's metrics, optionally by environment, bucket size and range. */
public final class FetchSessionDashboardOptions {
    private final String product;
    private final String session;
    private final String env;
    private final GroupBy groupBy;
    private final TimeBound start;
    private final TimeBound end;

    private FetchSessionDashboardOptions(Builder builder) {
        this.product = Checks.optionalPathSegment(builder.product, "product");
        this.session = Checks.requirePathSegment(builder.session, "session");
        this.env = Checks.optionalNonBlank(builder.env, "env");
        this.groupBy = builder.groupBy;
        this.start = builder.start;
        this.end = builder.end;
        TimeBound.requireOrdered(start, end);
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        Builder builder = new Builder().product(product).session(session).env(env).groupBy(groupBy);
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

    /** The bucket size of the time series, or {@code null} for the server's default. */
    public GroupBy groupBy() {
        return groupBy;
    }

    /** The start of the range as sent, or {@code null}. */
    public String start() {
        return start == null ? null : start.wire();
    }

    /** The end of the range as sent, or {@code null}. */
    public String end() {
        return end == null ? null : end.wire();
    }

    @Override
    public String toString() {
        return "FetchSessionDashboardOptions[product=" + product + ", session=" + session + ", env=" + env
            + ", groupBy=" + groupBy + ", start=" + start() + ", end=" + end() + "]";
    }

    /** Builds {@link FetchSessionDashboardOptions}; {@link #build()} validates. */
    public static final class Builder {
        private String product;
        private String session;
        private String env;
        private GroupBy groupBy;
        private TimeBound start;
        private TimeBound end;

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

        /** The bucket size of the time series (optional). */
        public Builder groupBy(GroupBy groupBy) {
            this.groupBy = groupBy;
            return this;
        }

        /**
         * The start of the range: an ISO date or ISO instant.
         *
         * @throws IllegalArgumentException when the text is neither
         */
        public Builder start(String start) {
            this.start = start == null ? null : TimeBound.parse(start, "start");
            return this;
        }

        public Builder start(LocalDate start) {
            this.start = start == null ? null : TimeBound.of(start);
            return this;
        }

        public Builder start(Instant start) {
            this.start = start == null ? null : TimeBound.of(start);
            return this;
        }

        /**
         * The end of the range: an ISO date (whole day included) or ISO instant.
         *
         * @throws IllegalArgumentException when the text is neither
         */
        public Builder end(String end) {
            this.end = end == null ? null : TimeBound.parse(end, "end");
            return this;
        }

        public Builder end(LocalDate end) {
            this.end = end == null ? null : TimeBound.of(end);
            return this;
        }

        public Builder end(Instant end) {
            this.end = end == null ? null : TimeBound.of(end);
            return this;
        }

        /** @throws IllegalArgumentException naming the first invalid field */
        public FetchSessionDashboardOptions build() {
            return new FetchSessionDashboardOptions(this);
        }
    }
}
