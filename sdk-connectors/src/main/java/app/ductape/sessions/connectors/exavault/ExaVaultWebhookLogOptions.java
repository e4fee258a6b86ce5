package app.ductape.sessions.connectors.exavault;

/**
 * The query of {@code GET /activity/webhooks}: the {@linkplain ExaVaultListingOptions shared filters},
 * the endpoint URL, the event, the endpoint's status code and a resource path. Every field is optional;
 * {@link Builder#build()} validates.
 */
public final class ExaVaultWebhookLogOptions extends ExaVaultListingOptions {
    private final String endpointUrl;
    private final ExaVaultWebhookEvent event;
    private final Integer statusCode;
    private final String resourcePath;

    private ExaVaultWebhookLogOptions(Builder builder) {
        super(builder);
        this.endpointUrl = notBlank(builder.endpointUrl, "endpointUrl");
        this.resourcePath = notBlank(builder.resourcePath, "resourcePath");
        if (builder.statusCode != null && (builder.statusCode < 100 || builder.statusCode > 599)) {
            throw new IllegalArgumentException("`statusCode` must be an HTTP status (100-599), but was "
                + builder.statusCode);
        }
        this.statusCode = builder.statusCode;
        this.event = builder.event;
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
     * Only calls to this URL, or {@code null}.
     *
     * @return only calls to this URL, or {@code null}
     */
    public String endpointUrl() {
        return endpointUrl;
    }

    /**
     * Only calls for this event, or {@code null}.
     *
     * @return only calls for this event, or {@code null}
     */
    public ExaVaultWebhookEvent event() {
        return event;
    }

    /**
     * Only calls the endpoint answered with this status, or {@code null}.
     *
     * @return only calls the endpoint answered with this status, or {@code null}
     */
    public Integer statusCode() {
        return statusCode;
    }

    /**
     * Only calls about this resource path, or {@code null}.
     *
     * @return only calls about this resource path, or {@code null}
     */
    public String resourcePath() {
        return resourcePath;
    }

    /**
     * A builder holding these options.
     *
     * @return a builder holding these options
     */
    public Builder toBuilder() {
        return new Builder().from(this).endpointUrl(endpointUrl).event(event).statusCode(statusCode)
            .resourcePath(resourcePath);
    }

    @Override
    public String toString() {
        return "ExaVaultWebhookLogOptions[" + super.toString() + ", endpointUrl=" + endpointUrl + ", event=" + event
            + ", statusCode=" + statusCode + ", resourcePath=" + resourcePath + "]";
    }

    /** Builds {@link ExaVaultWebhookLogOptions}. */
    public static final class Builder extends ExaVaultListingOptions.Builder<Builder> {
        private String endpointUrl;
        private ExaVaultWebhookEvent event;
        private Integer statusCode;
        private String resourcePath;

        private Builder() {}

        @Override
        Builder self() {
            return this;
        }

        /**
         * Only calls to this webhook listener (optional).
         *
         * @param endpointUrl the listener URL
         * @return this builder
         */
        public Builder endpointUrl(String endpointUrl) {
            this.endpointUrl = endpointUrl;
            return this;
        }

        /**
         * Only calls for this event (optional).
         *
         * @param event the event type
         * @return this builder
         */
        public Builder event(ExaVaultWebhookEvent event) {
            this.event = event;
            return this;
        }

        /**
         * Only calls whose endpoint answered this HTTP status (100 to 599).
         *
         * @param statusCode only calls whose endpoint answered this HTTP status (100 to 599)
         * @return this builder
         */
        public Builder statusCode(Integer statusCode) {
            this.statusCode = statusCode;
            return this;
        }

        /**
         * Only calls about this resource path (optional).
         *
         * @param resourcePath the path
         * @return this builder
         */
        public Builder resourcePath(String resourcePath) {
            this.resourcePath = resourcePath;
            return this;
        }

        /**
         * Builds the options.
         *
         * @return builds the options
         * @throws IllegalArgumentException naming the field: a negative offset, a limit below 1, a start after the end,
         *                                  a blank text filter, a status code outside 100-599
         */
        public ExaVaultWebhookLogOptions build() {
            return new ExaVaultWebhookLogOptions(this);
        }
    }
}
