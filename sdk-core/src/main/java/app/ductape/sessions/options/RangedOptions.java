package app.ductape.sessions.options;

import app.ductape.sessions.internal.TimeBound;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A scope with a time range, {@code start} to {@code end}: each an ISO date (the whole UTC day) or an
 * instant. Shared by the activity-log and dashboard options.
 */
abstract class RangedOptions extends ScopedOptions {
    private final TimeBound start;
    private final TimeBound end;

    RangedOptions(Range<?> builder) {
        super(builder);
        this.start = builder.start;
        this.end = builder.end;
        TimeBound.requireOrdered(start, end);
    }

    /**
     * The start of the range as sent.
     *
     * @return {@code 2024-01-01} or an ISO instant, or {@code null} for no lower bound
     */
    public String start() {
        return start == null ? null : start.wire();
    }

    /**
     * The end of the range as sent; a date includes its whole UTC day.
     *
     * @return {@code 2024-01-31} or an ISO instant, or {@code null} for no upper bound
     */
    public String end() {
        return end == null ? null : end.wire();
    }

    /** The scope and range as {@code toString()} shows them. */
    String scopeAndRange() {
        return scope() + ", start=" + start() + ", end=" + end();
    }

    /**
     * The setters of the scope and the range.
     *
     * @param <B> the builder type, returned by each setter
     */
    abstract static class Range<B extends Range<B>> extends Scope<B> {
        private TimeBound start;
        private TimeBound end;

        /**
         * The start of the range: an ISO date or an ISO instant with {@code Z} or an offset.
         *
         * @param start the text, or {@code null} for none
         * @return this builder
         * @throws IllegalArgumentException naming {@code start} when the text is neither
         */
        public B start(String start) {
            this.start = start == null ? null : TimeBound.parse(start, "start");
            return self();
        }

        /**
         * The start of the range: the beginning of a UTC day.
         *
         * @param start the day, or {@code null} for none
         * @return this builder
         */
        public B start(LocalDate start) {
            this.start = start == null ? null : TimeBound.of(start);
            return self();
        }

        /**
         * The start of the range: an instant.
         *
         * @param start the instant, or {@code null} for none
         * @return this builder
         */
        public B start(Instant start) {
            this.start = start == null ? null : TimeBound.of(start);
            return self();
        }

        /**
         * The end of the range: an ISO date (the whole day included) or an ISO instant.
         *
         * @param end the text, or {@code null} for none
         * @return this builder
         * @throws IllegalArgumentException naming {@code end} when the text is neither
         */
        public B end(String end) {
            this.end = end == null ? null : TimeBound.parse(end, "end");
            return self();
        }

        /**
         * The end of the range: a UTC day, included whole.
         *
         * @param end the day, or {@code null} for none
         * @return this builder
         */
        public B end(LocalDate end) {
            this.end = end == null ? null : TimeBound.of(end);
            return self();
        }

        /**
         * The end of the range: an instant.
         *
         * @param end the instant, or {@code null} for none
         * @return this builder
         */
        public B end(Instant end) {
            this.end = end == null ? null : TimeBound.of(end);
            return self();
        }

        /** Copies the scope and range of {@code options}, for {@code toBuilder()}. */
        B rangeOf(RangedOptions options) {
            scopeOf(options);
            this.start = options.start;
            this.end = options.end;
            return self();
        }
    }
}
