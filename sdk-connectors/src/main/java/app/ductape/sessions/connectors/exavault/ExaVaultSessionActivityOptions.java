package app.ductape.sessions.connectors.exavault;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * The query of {@code GET /activity/session}: a date range (sent as ISO offset date-times), an IP
 * address, a username, a path (wildcards allowed), an operation type, {@code offset}/{@code limit}
 * and a sort such as {@code -date}. Every field is optional; {@link Builder#build()} validates.
 */
public final class ExaVaultSessionActivityOptions {
    private final Filters filters;
    private final String ipAddress;
    private final String path;
    private final ExaVaultOperation type;

    private ExaVaultSessionActivityOptions(Filters filters, String ipAddress, String path, ExaVaultOperation type) {
        this.filters = filters;
        this.ipAddress = ipAddress;
        this.path = path;
        this.type = type;
    }

    public static Builder builder() {
        return new Builder();
    }

    Filters filters() {
        return filters;
    }

    public OffsetDateTime startDate() {
        return filters.startDate();
    }

    public OffsetDateTime endDate() {
        return filters.endDate();
    }

    public String username() {
        return filters.username();
    }

    public Integer offset() {
        return filters.offset();
    }

    public Integer limit() {
        return filters.limit();
    }

    public String sort() {
        return filters.sort();
    }

    public String ipAddress() {
        return ipAddress;
    }

    public String path() {
        return path;
    }

    public ExaVaultOperation type() {
        return type;
    }

    /** A builder holding these options. */
    public Builder toBuilder() {
        return new Builder().startDate(startDate()).endDate(endDate()).username(username()).offset(offset())
            .limit(limit()).sort(sort()).ipAddress(ipAddress).path(path).type(type);
    }

    @Override
    public String toString() {
        return "ExaVaultSessionActivityOptions[" + filters + ", ipAddress=" + ipAddress + ", path=" + path
            + ", type=" + type + "]";
    }

    /** Builds {@link ExaVaultSessionActivityOptions}. */
    public static final class Builder {
        private OffsetDateTime startDate;
        private OffsetDateTime endDate;
        private String username;
        private Integer offset;
        private Integer limit;
        private String sort;
        private String ipAddress;
        private String path;
        private ExaVaultOperation type;

        private Builder() {}

        public Builder startDate(OffsetDateTime startDate) {
            this.startDate = startDate;
            return this;
        }

        /** The start as an instant, sent in UTC. */
        public Builder startDate(Instant startDate) {
            return startDate(startDate == null ? null : startDate.atOffset(ZoneOffset.UTC));
        }

        public Builder endDate(OffsetDateTime endDate) {
            this.endDate = endDate;
            return this;
        }

        /** The end as an instant, sent in UTC. */
        public Builder endDate(Instant endDate) {
            return endDate(endDate == null ? null : endDate.atOffset(ZoneOffset.UTC));
        }

        public Builder username(String username) {
            this.username = username;
            return this;
        }

        /** Entries to skip: 0 or more. */
        public Builder offset(Integer offset) {
            this.offset = offset;
            return this;
        }

        /** Entries to return: at least 1. */
        public Builder limit(Integer limit) {
            this.limit = limit;
            return this;
        }

        /** The sort, such as {@code -date} (newest first) or {@code date}. */
        public Builder sort(String sort) {
            this.sort = sort;
            return this;
        }

        public Builder ipAddress(String ipAddress) {
            this.ipAddress = ipAddress;
            return this;
        }

        /** A path filter; ExaVault accepts wildcards ({@code /Production/*}). */
        public Builder path(String path) {
            this.path = path;
            return this;
        }

        /** Only operations of this type; {@link ExaVaultOperation#UNKNOWN} cannot be asked for. */
        public Builder type(ExaVaultOperation type) {
            this.type = type;
            return this;
        }

        /**
         * Builds the options.
         *
         * @throws IllegalArgumentException naming the field: a negative offset, a limit below 1, a start after
         *                                  the end, a blank text filter, the {@code UNKNOWN} type
         */
        public ExaVaultSessionActivityOptions build() {
            Filters filters = new Filters(startDate, endDate, username, offset, limit, sort);
            Filters.blankIsAnError(ipAddress, "ipAddress");
            Filters.blankIsAnError(path, "path");
            if (type == ExaVaultOperation.UNKNOWN) {
                throw new IllegalArgumentException("`type` must be an ExaVault operation code, not UNKNOWN");
            }
            return new ExaVaultSessionActivityOptions(filters, ipAddress, path, type);
        }
    }
}
