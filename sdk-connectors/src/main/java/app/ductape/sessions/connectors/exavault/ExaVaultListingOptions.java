package app.ductape.sessions.connectors.exavault;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The filters both ExaVault activity listings take: a date range (sent as ISO offset date-times), a
 * username, {@code offset}/{@code limit} and a sort such as {@code -date}. Every field is optional;
 * the builders validate at {@code build()}.
 */
public abstract sealed class ExaVaultListingOptions permits ExaVaultSessionActivityOptions, ExaVaultWebhookLogOptions {
    private final OffsetDateTime startDate;
    private final OffsetDateTime endDate;
    private final String username;
    private final Integer offset;
    private final Integer limit;
    private final String sort;

    ExaVaultListingOptions(Builder<?> builder) {
        if (builder.offset != null && builder.offset < 0) {
            throw new IllegalArgumentException("`offset` must be >= 0, but was " + builder.offset);
        }
        if (builder.limit != null && builder.limit < 1) {
            throw new IllegalArgumentException("`limit` must be >= 1, but was " + builder.limit);
        }
        if (builder.startDate != null && builder.endDate != null && builder.startDate.isAfter(builder.endDate)) {
            throw new IllegalArgumentException("`startDate` (" + builder.startDate + ") must not be after `endDate` ("
                + builder.endDate + ")");
        }
        this.startDate = builder.startDate;
        this.endDate = builder.endDate;
        this.username = notBlank(builder.username, "username");
        this.offset = builder.offset;
        this.limit = builder.limit;
        this.sort = notBlank(builder.sort, "sort");
    }

    /**
     * Only entries at or after this date-time, or {@code null}.
     *
     * @return only entries at or after this date-time, or {@code null}
     */
    public OffsetDateTime startDate() {
        return startDate;
    }

    /**
     * Only entries at or before this date-time, or {@code null}.
     *
     * @return only entries at or before this date-time, or {@code null}
     */
    public OffsetDateTime endDate() {
        return endDate;
    }

    /**
     * Only entries of this user, or {@code null}.
     *
     * @return only entries of this user, or {@code null}
     */
    public String username() {
        return username;
    }

    /**
     * Entries to skip, or {@code null} for none.
     *
     * @return entries to skip, or {@code null} for none
     */
    public Integer offset() {
        return offset;
    }

    /**
     * Entries to return, or {@code null} for the server's default.
     *
     * @return entries to return, or {@code null} for the server's default
     */
    public Integer limit() {
        return limit;
    }

    /**
     * The sort, such as {@code -date}, or {@code null} for the server's.
     *
     * @return the sort, such as {@code -date}, or {@code null} for the server's
     */
    public String sort() {
        return sort;
    }

    /** {@code value} unless it is blank, which fails naming {@code field}. */
    static String notBlank(String value, String field) {
        if (value != null && value.isBlank()) {
            throw new IllegalArgumentException("`" + field + "` must not be blank");
        }
        return value;
    }

    static String iso(OffsetDateTime dateTime) {
        return dateTime == null ? null : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(dateTime);
    }

    @Override
    public String toString() {
        return "startDate=" + startDate + ", endDate=" + endDate + ", username=" + username + ", offset=" + offset
            + ", limit=" + limit + ", sort=" + sort;
    }

    /**
     * The setters both listings' builders share.
     *
     * @param <B> the concrete builder, returned by every setter
     */
    public abstract static sealed class Builder<B extends Builder<B>>
        permits ExaVaultSessionActivityOptions.Builder, ExaVaultWebhookLogOptions.Builder {
        private OffsetDateTime startDate;
        private OffsetDateTime endDate;
        private String username;
        private Integer offset;
        private Integer limit;
        private String sort;

        Builder() {}

        abstract B self();

        /** Copies the shared filters of {@code options}. */
        B from(ExaVaultListingOptions options) {
            return startDate(options.startDate).endDate(options.endDate).username(options.username)
                .offset(options.offset).limit(options.limit).sort(options.sort);
        }

        /**
         * Only entries created at or after this date-time (optional).
         *
         * @param startDate the date-time, sent as ISO with its offset
         * @return this builder
         */
        public B startDate(OffsetDateTime startDate) {
            this.startDate = startDate;
            return self();
        }

        /**
         * The start as an instant, sent in UTC.
         *
         * @param startDate the start date
         * @return the start as an instant, sent in UTC
         */
        public B startDate(Instant startDate) {
            return startDate(startDate == null ? null : startDate.atOffset(ZoneOffset.UTC));
        }

        /**
         * Only entries created at or before this date-time (optional).
         *
         * @param endDate the date-time, sent as ISO with its offset
         * @return this builder
         */
        public B endDate(OffsetDateTime endDate) {
            this.endDate = endDate;
            return self();
        }

        /**
         * The end as an instant, sent in UTC.
         *
         * @param endDate the end date
         * @return the end as an instant, sent in UTC
         */
        public B endDate(Instant endDate) {
            return endDate(endDate == null ? null : endDate.atOffset(ZoneOffset.UTC));
        }

        /**
         * Only entries of this user (optional).
         *
         * @param username the username
         * @return this builder
         */
        public B username(String username) {
            this.username = username;
            return self();
        }

        /**
         * Entries to skip: 0 or more.
         *
         * @param offset the offset
         * @return entries to skip: 0 or more
         */
        public B offset(Integer offset) {
            this.offset = offset;
            return self();
        }

        /**
         * Entries to return: at least 1.
         *
         * @param limit the limit
         * @return entries to return: at least 1
         */
        public B limit(Integer limit) {
            this.limit = limit;
            return self();
        }

        /**
         * The sort, such as {@code -date} (newest first) or {@code date}.
         *
         * @param sort the sort
         * @return the sort, such as {@code -date} (newest first) or {@code date}
         */
        public B sort(String sort) {
            this.sort = sort;
            return self();
        }
    }
}
