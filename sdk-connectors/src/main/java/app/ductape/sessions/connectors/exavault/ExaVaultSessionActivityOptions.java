package app.ductape.sessions.connectors.exavault;

/**
 * The query of {@code GET /activity/session}: the {@linkplain ExaVaultListingOptions shared filters},
 * an IP address, a path (wildcards allowed) and an operation type. Every field is optional;
 * {@link Builder#build()} validates.
 */
public final class ExaVaultSessionActivityOptions extends ExaVaultListingOptions {
    private final String ipAddress;
    private final String path;
    private final ExaVaultOperation type;

    private ExaVaultSessionActivityOptions(Builder builder) {
        super(builder);
        this.ipAddress = notBlank(builder.ipAddress, "ipAddress");
        this.path = notBlank(builder.path, "path");
        if (builder.type == ExaVaultOperation.UNKNOWN) {
            throw new IllegalArgumentException("`type` must be an ExaVault operation code, not UNKNOWN");
        }
        this.type = builder.type;
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
     * Only operations from this address, or {@code null}.
     *
     * @return only operations from this address, or {@code null}
     */
    public String ipAddress() {
        return ipAddress;
    }

    /**
     * Only operations on paths matching this one ({@code *} wildcards), or {@code null}.
     *
     * @return only operations on paths matching this one ({@code *} wildcards), or {@code null}
     */
    public String path() {
        return path;
    }

    /**
     * Only operations of this type, or {@code null}.
     *
     * @return only operations of this type, or {@code null}
     */
    public ExaVaultOperation type() {
        return type;
    }

    /**
     * A builder holding these options.
     *
     * @return a builder holding these options
     */
    public Builder toBuilder() {
        return new Builder().from(this).ipAddress(ipAddress).path(path).type(type);
    }

    @Override
    public String toString() {
        return "ExaVaultSessionActivityOptions[" + super.toString() + ", ipAddress=" + ipAddress + ", path=" + path
            + ", type=" + type + "]";
    }

    /** Builds {@link ExaVaultSessionActivityOptions}. */
    public static final class Builder extends ExaVaultListingOptions.Builder<Builder> {
        private String ipAddress;
        private String path;
        private ExaVaultOperation type;

        private Builder() {}

        @Override
        Builder self() {
            return this;
        }

        /**
         * Only activity from this IP address (optional).
         *
         * @param ipAddress the address
         * @return this builder
         */
        public Builder ipAddress(String ipAddress) {
            this.ipAddress = ipAddress;
            return this;
        }

        /**
         * A path filter; ExaVault accepts wildcards ({@code /Production/*}).
         *
         * @param path a path filter; ExaVault accepts wildcards ({@code /Production/*})
         * @return this builder
         */
        public Builder path(String path) {
            this.path = path;
            return this;
        }

        /**
         * Only operations of this type; {@link ExaVaultOperation#UNKNOWN} cannot be asked for.
         *
         * @param type only operations of this type; {@link ExaVaultOperation#UNKNOWN} cannot be asked for
         * @return this builder
         */
        public Builder type(ExaVaultOperation type) {
            this.type = type;
            return this;
        }

        /**
         * Builds the options.
         *
         * @return builds the options
         * @throws IllegalArgumentException naming the field: a negative offset, a limit below 1, a start after the end,
         *                                  a blank text filter, the {@code UNKNOWN} type
         */
        public ExaVaultSessionActivityOptions build() {
            return new ExaVaultSessionActivityOptions(this);
        }
    }
}
