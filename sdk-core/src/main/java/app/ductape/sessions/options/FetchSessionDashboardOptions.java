package app.ductape.sessions.options;

import app.ductape.sessions.internal.Checks;
import app.ductape.sessions.model.GroupBy;

/** Options of {@code fetchDashboard}: a session's metrics, optionally by environment, bucket size and range. */
public final class FetchSessionDashboardOptions extends RangedOptions {
    private final String session;
    private final GroupBy groupBy;

    private FetchSessionDashboardOptions(Builder builder) {
        super(builder);
        this.session = Checks.requirePathSegment(builder.session, "session");
        this.groupBy = builder.groupBy;
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
     * A builder holding these options, to derive options that differ in a field.
     *
     * @return a builder with every field of these options set
     */
    public Builder toBuilder() {
        return new Builder().rangeOf(this).session(session).groupBy(groupBy);
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
     * The bucket size of the time series.
     *
     * @return the size, or {@code null} for the server's default
     */
    public GroupBy groupBy() {
        return groupBy;
    }

    @Override
    public String toString() {
        return "FetchSessionDashboardOptions[" + scopeAndRange() + ", session=" + session + ", groupBy=" + groupBy
            + "]";
    }

    /** Builds {@link FetchSessionDashboardOptions}; {@link #build()} validates. */
    public static final class Builder extends RangedOptions.Range<Builder> {
        private String session;
        private GroupBy groupBy;

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
         * The bucket size of the time series (optional).
         *
         * @param groupBy hour, day, week or month
         * @return this builder
         */
        public Builder groupBy(GroupBy groupBy) {
            this.groupBy = groupBy;
            return this;
        }

        /**
         * Builds the options.
         *
         * @return the options
         * @throws IllegalArgumentException naming the first invalid field
         */
        public FetchSessionDashboardOptions build() {
            return new FetchSessionDashboardOptions(this);
        }
    }
}
