package app.ductape.sessions.connectors.exavault;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * The query of {@code GET /activity/webhooks}: a date range (sent as ISO offset date-times), the
 * endpoint URL, the event, the endpoint's status code, a resource path, a username,
 * {@code offset}/{@code limit} and a sort. Every field is optional; {@link Builder#build()} validates.
 */
public final class ExaVaultWebhookLogOptions {
    private final Filters filters;
    private final String endpointUrl;
    private final ExaVaultWebhookEvent event;
    private final Integer statusCode;
    private final String resourcePath;

    private ExaVaultWebhookLogOptions(Filters filters, String endpointUrl, ExaVaultWebhookEvent event,
                                      Integer statusCode, String resourcePath) {
        this.filters = filters;
        this.endpointUrl = endpointUrl;
        this.event = event;
        this.statusCode = statusCode;
        this.resourcePath = resourcePath;
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

    public String endpointUrl() {
        return endpointUrl;
    }

    public ExaVaultWebhookEvent event() {
        return event;
    }

    public Integer statusCode() {
        return statusCode;
    }

    public String resourcePath() {
        return resourcePath;
    }

    /** A builder holding these options. */
    public Builder toBuilder() {
        return new Builder().startDate(startDate()).endDate(endDate()).username(username()).offset(offset())
            .limit(limit()).sort(sort()).endpointUrl(endpointUrl).event(event).statusCode(statusCode)
            .resourcePath(resourcePath);
    }

    @Override
    public String toString() {
        return "ExaVaultWebhookLogOptions[" + filters + ", endpointUrl=" + endpointUrl + ", event=" + event
            + ", statusCode=" + statusCode + ", resourcePath=" + resourcePath + "]";
    }

    /** Builds {@link ExaVaultWebhookLogOptions}. */
    public static final class Builder {
        private OffsetDateTime startDate;
        private OffsetDateTime endDate;
        private String username;
        private Integer offset;
        private Integer limit;
        private String sort;
        private String endpointUrl;
        private ExaVaultWebhookEvent event;
        private Integer statusCode;
        private String resourcePath;

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

        public Builder sort(String sort) {
            this.sort = sort;
            return this;
        }

        public Builder endpointUrl(String endpointUrl) {
            this.endpointUrl = endpointUrl;
            return this;
        }

        public Builder event(ExaVaultWebhookEvent event) {
            this.event = event;
            return this;
        }

        /** Only calls whose endpoint answered this HTTP status (100 to 599). */
        public Builder statusCode(Integer statusCode) {
            this.statusCode = statusCode;
            return this;
        }

        public Builder resourcePath(String resourcePath) {
            this.resourcePath = resourcePath;
            return this;
        }

        /**
         * Builds the options.
         *
         * @throws IllegalArgumentException naming the field: a negative offset, a limit below 1, a start after
         *                                  the end, a blank text filter, a status code outside 100-599
         */
        public ExaVaultWebhookLogOptions build() {
            Filters filters = new Filters(startDate, endDate, username, offset, limit, sort);
            Filters.blankIsAnError(endpointUrl, "endpointUrl");
            Filters.blankIsAnError(resourcePath, "resourcePath");
            if (statusCode != null && (statusCode < 100 || statusCode > 599)) {
                throw new IllegalArgumentException("`statusCode` must be an HTTP status (100-599), but was " + statusCode);
            }
            return new ExaVaultWebhookLogOptions(filters, endpointUrl, event, statusCode, resourcePath);
        }
    }
}
