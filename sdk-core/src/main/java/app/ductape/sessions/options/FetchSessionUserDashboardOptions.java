package app.ductape.sessions.options;

import app.ductape.sessions.internal.Checks;
import app.ductape.sessions.model.GroupBy;

/**
 * Options of {@code fetchUserDashboard}: the activity of one user of a session configuration per period
 * of a time range.
 */
public final class FetchSessionUserDashboardOptions extends RangedOptions {
    private final String session;
    private final String identifier;
    private final GroupBy groupBy;

    private FetchSessionUserDashboardOptions(Builder builder) {
        super(builder);
        this.session = Checks.requireNonBlank(builder.session, "session");
        this.identifier = Checks.requireNonBlank(builder.identifier, "identifier");
        this.groupBy = builder.groupBy;
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
     * A builder holding these options.
     *
     * @return a builder with every field of these options set
     */
    public Builder toBuilder() {
        return new Builder().rangeOf(this).session(session).identifier(identifier).groupBy(groupBy);
    }

    /**
     * The session configuration's tag.
     *
     * @return the tag
     */
    public String session() {
        return session;
    }

    /**
     * The user's identifier.
     *
     * @return the identifier
     */
    public String identifier() {
        return identifier;
    }

    /**
     * The period of each point.
     *
     * @return the period, or {@code null} for Ductape's default
     */
    public GroupBy groupBy() {
        return groupBy;
    }

    @Override
    public String toString() {
        return "FetchSessionUserDashboardOptions[" + scopeAndRange() + ", session=" + session + ", identifier=***, "
            + "groupBy=" + groupBy + "]";
    }

    /** Builds {@link FetchSessionUserDashboardOptions}; {@link #build()} validates. */
    public static final class Builder extends RangedOptions.Range<Builder> {
        private String session;
        private String identifier;
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
         * The user's identifier (required).
         *
         * @param identifier the identifier
         * @return this builder
         */
        public Builder identifier(String identifier) {
            this.identifier = identifier;
            return this;
        }

        /**
         * The period of each point (optional).
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
        public FetchSessionUserDashboardOptions build() {
            return new FetchSessionUserDashboardOptions(this);
        }
    }
}
