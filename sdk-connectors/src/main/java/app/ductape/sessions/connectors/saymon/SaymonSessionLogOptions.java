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

    public static Builder builder() {
        return new Builder();
    }

    /** Lower bound of the records' timestamps, or {@code null}. */
    public Instant from() {
        return from;
    }

    /** Upper bound of the records' timestamps, or {@code null}. */
    public Instant to() {
        return to;
    }

    /** Most records to return, or {@code null} for the server's default. */
    public Integer limit() {
        return limit;
    }

    /** Records to skip, counted from the newest, or {@code null} for none. */
    public Integer skip() {
        return skip;
    }

    /** A builder holding this query's values. */
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

        public Builder from(Instant from) {
            this.from = from;
            return this;
        }

        public Builder to(Instant to) {
            this.to = to;
            return this;
        }

        /** Most records to return: at least 1. */
        public Builder limit(Integer limit) {
            this.limit = limit;
            return this;
        }

        /** Records to skip from the newest: 0 or more. */
        public Builder skip(Integer skip) {
            this.skip = skip;
            return this;
        }

        /**
         * Builds the options.
         *
         * @throws IllegalArgumentException naming the field: a limit below 1, a negative skip, {@code from}
         *                                  after {@code to}
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
