package app.ductape.sessions.connectors;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What activity to read, whatever the source: a time range, an actor, a session, and the page size
 * used to read it. Every field is optional. Build with {@link #builder()}.
 */
public final class ActivityQuery {
    /** The page size when none is set. */
    public static final int DEFAULT_PAGE_SIZE = 100;
    /** The largest page size accepted. */
    public static final int MAX_PAGE_SIZE = 1000;

    private final Instant from;
    private final Instant to;
    private final String actor;
    private final String sessionId;
    private final Integer pageSize;

    private ActivityQuery(Builder builder) {
        this.from = builder.from;
        this.to = builder.to;
        this.actor = builder.actor;
        this.sessionId = builder.sessionId;
        this.pageSize = builder.pageSize;
    }

    /**
     * A query for everything.
     *
     * @return a query for everything
     */
    public static ActivityQuery all() {
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
     * A builder holding this query, to derive one that differs in a field.
     *
     * @return a builder with every field of this query set
     */
    public Builder toBuilder() {
        Builder builder = new Builder().from(from).to(to).actor(actor).sessionId(sessionId);
        builder.pageSize = pageSize;
        return builder;
    }

    /**
     * Only activity at or after this instant.
     *
     * @return only activity at or after this instant
     */
    public Optional<Instant> from() {
        return Optional.ofNullable(from);
    }

    /**
     * Only activity at or before this instant.
     *
     * @return only activity at or before this instant
     */
    public Optional<Instant> to() {
        return Optional.ofNullable(to);
    }

    /**
     * Only activity of this actor (exact match on {@link ActivityRecord#actor()}).
     *
     * @return only activity of this actor (exact match on {@link ActivityRecord#actor()})
     */
    public Optional<String> actor() {
        return Optional.ofNullable(actor);
    }

    /**
     * Only activity of this session (exact match on {@link ActivityRecord#sessionId()}).
     *
     * @return only activity of this session (exact match on {@link ActivityRecord#sessionId()})
     */
    public Optional<String> sessionId() {
        return Optional.ofNullable(sessionId);
    }

    /**
     * How many records a page request asks for.
     *
     * @return how many records a page request asks for
     */
    public int pageSize() {
        return pageSize == null ? DEFAULT_PAGE_SIZE : pageSize;
    }

    /**
     * The page size if one was set.
     *
     * @return the page size if one was set
     */
    public OptionalInt pageSizeIfSet() {
        return pageSize == null ? OptionalInt.empty() : OptionalInt.of(pageSize);
    }

    /**
     * Whether {@code record} passes this query's filters (used for what a source's API cannot filter).
     *
     * @param record the record
     * @return whether {@code record} passes this query's filters (used for what a source's API cannot filter)
     */
    public boolean matches(ActivityRecord record) {
        if (actor != null && !actor.equals(record.actor())) {
            return false;
        }
        if (sessionId != null && !sessionId.equals(record.sessionId())) {
            return false;
        }
        if ((from != null || to != null) && record.occurredAt() == null) {
            return false;
        }
        return (from == null || !record.occurredAt().isBefore(from)) && (to == null || !record.occurredAt().isAfter(to));
    }

    @Override
    public String toString() {
        return "ActivityQuery[from=" + from + ", to=" + to + ", actor=" + actor + ", sessionId=" + sessionId
            + ", pageSize=" + pageSize() + "]";
    }

    /** Builds an {@link ActivityQuery}; {@link #build()} validates. */
    public static final class Builder {
        private Instant from;
        private Instant to;
        private String actor;
        private String sessionId;
        private Integer pageSize;

        private Builder() {}

        /**
         * Only activity (or records) at or after this instant (optional).
         *
         * @param from the instant, or {@code null} for no lower bound
         * @return this builder
         */
        public Builder from(Instant from) {
            this.from = from;
            return this;
        }

        /**
         * Only activity (or records) at or before this instant (optional).
         *
         * @param to the instant, or {@code null} for no upper bound
         * @return this builder
         */
        public Builder to(Instant to) {
            this.to = to;
            return this;
        }

        /**
         * Only activity of this actor (exact match on {@link ActivityRecord#actor()}).
         *
         * @param actor the actor, not blank
         * @return this builder
         */
        public Builder actor(String actor) {
            this.actor = actor;
            return this;
        }

        /**
         * Only activity of this session (exact match on {@link ActivityRecord#sessionId()}).
         *
         * @param sessionId the session's id, not blank
         * @return this builder
         */
        public Builder sessionId(String sessionId) {
            this.sessionId = sessionId;
            return this;
        }

        /**
         * Records per page request, 1 to {@value ActivityQuery#MAX_PAGE_SIZE} (default {@value
         * ActivityQuery#DEFAULT_PAGE_SIZE}).
         *
         * @param pageSize records per page request, 1 to {@value ActivityQuery#MAX_PAGE_SIZE} (default {@value
         *                 ActivityQuery#DEFAULT_PAGE_SIZE})
         * @return this builder
         */
        public Builder pageSize(int pageSize) {
            this.pageSize = pageSize;
            return this;
        }

        /**
         * Builds the query.
         *
         * @return builds the query
         * @throws IllegalArgumentException naming the field: {@code from} after {@code to}, a blank actor or session
         *                                  id, a page size out of range
         */
        public ActivityQuery build() {
            if (from != null && to != null && from.isAfter(to)) {
                throw new IllegalArgumentException("`from` (" + from + ") must not be after `to` (" + to + ")");
            }
            if (actor != null && actor.isBlank()) {
                throw new IllegalArgumentException("`actor` must not be blank");
            }
            if (sessionId != null && sessionId.isBlank()) {
                throw new IllegalArgumentException("`sessionId` must not be blank");
            }
            if (pageSize != null && (pageSize < 1 || pageSize > MAX_PAGE_SIZE)) {
                throw new IllegalArgumentException("`pageSize` must be between 1 and " + MAX_PAGE_SIZE + ", but was "
                    + pageSize);
            }
            return new ActivityQuery(this);
        }
    }
}
