package app.ductape.sessions.connectors.saymon;

import java.time.Instant;

/**
 * The query of SAYMON's sessions log: a time range ({@code from}, {@code to}, sent as epoch
 * milliseconds), a page size ({@code limit}) and how many of the newest records to skip. Every field is
 * optional; build with {@link #builder()}, which validates.
 */
public final class SaymonSessionLogOptions {
    private final Instant from;
    private final Instant to;
    private final Integer limit;
    private final Integer skip;

    private SaymonSessionLogOptions(Builder builder) {
        this.from = builder.from;
        this.to = builder.to;
        this.limit = builder.limit;
        this.skip = builder.skip;
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
     * Lower bound of the records' timestamps, or {@code null}.
     *
     * @return lower bound of the records' timestamps, or {@code null}
     */
    public Instant from() {
        return from;
    }

    /**
     * Upper bound of the records' timestamps, or {@code null}.
     *
     * @return upper bound of the records' timestamps, or {@code null}
     */
    public Instant to() {
        return to;
    }

    /**
     * Most records to return, or {@code null} for the server's default.
     *
     * @return most records to return, or {@code null} for the server's default
     */
    public Integer limit() {
        return limit;
    }

    /**
     * Records to skip, counted from the newest, or {@code null} for none.
     *
     * @return records to skip, counted from the newest, or {@code null} for none
     */
    public Integer skip() {
        return skip;
    }

    /**
     * A builder holding this query's values.
     *
     * @return a builder holding this query's values
     */
    public Builder toBuilder() {
        return new Builder().from(from).to(to).limit(limit).skip(skip);
    }

    @Override
    public String toString() {
        return "SaymonSessionLogOptions[from=" + from + ", to=" + to + ", limit=" + limit + ", skip=" + skip + "]";
    }

    /** Builds {@link SaymonSessionLogOptions}. */
    public static final class Builder {
        private Instant from;
        private Instant to;
        private Integer limit;
        private Integer skip;

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
         * Most records to return: at least 1.
         *
         * @param limit most records to return: at least 1
         * @return this builder
         */
        public Builder limit(Integer limit) {
            this.limit = limit;
            return this;
        }

        /**
         * Records to skip from the newest: 0 or more.
         *
         * @param skip records to skip from the newest: 0 or more
         * @return this builder
         */
        public Builder skip(Integer skip) {
            this.skip = skip;
            return this;
        }

        /**
         * Builds the options.
         *
         * @return builds the options
         * @throws IllegalArgumentException naming the field: a limit below 1, a negative skip, {@code from} after
         *                                  {@code to}
         */
        public SaymonSessionLogOptions build() {
            if (limit != null && limit < 1) {
                throw new IllegalArgumentException("`limit` must be >= 1, but was " + limit);
            }
            if (skip != null && skip < 0) {
                throw new IllegalArgumentException("`skip` must be >= 0, but was " + skip);
            }
            if (from != null && to != null && from.isAfter(to)) {
                throw new IllegalArgumentException("`from` (" + from + ") must not be after `to` (" + to + ")");
            }
            return new SaymonSessionLogOptions(this);
        }
    }
}
