package app.ductape.sessions.options;

import app.ductape.sessions.internal.Checks;

/** Options of {@code revoke}: one session by {@code sessionId}, or all of a user's by {@code identifier}; exactly one. */
public final class RevokeSessionOptions {
    private final String product;
    private final String env;
    private final String tag;
    private final String sessionId;
    private final String identifier;

    private RevokeSessionOptions(Builder builder) {
        this.product = Checks.optionalPathSegment(builder.product, "product");
        this.env = Checks.optionalNonBlank(builder.env, "env");
        this.tag = Checks.requirePathSegment(builder.tag, "tag");
        this.sessionId = Checks.optionalNonBlank(builder.sessionId, "sessionId");
        this.identifier = Checks.optionalNonBlank(builder.identifier, "identifier");
        if ((sessionId == null) == (identifier == null)) {
            throw new IllegalArgumentException("set exactly one of `sessionId` or `identifier`, but "
                + (sessionId == null ? "neither was set" : "both were set"));
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    public String product() {
        return product;
    }

    public String env() {
        return env;
    }

    public String tag() {
        return tag;
    }

    /** The session to revoke, or {@code null} when revoking by identifier. */
    public String sessionId() {
        return sessionId;
    }

    /** The user whose sessions to revoke, or {@code null} when revoking by session id. */
    public String identifier() {
        return identifier;
    }

    @Override
    public String toString() {
        return "RevokeSessionOptions[product=" + product + ", env=" + env + ", tag=" + tag + ", sessionId=" + sessionId
            + ", identifier=" + identifier + "]";
    }

    /** Builds {@link RevokeSessionOptions}; {@link #build()} validates. */
    public static final class Builder {
        private String product;
        private String env;
        private String tag;
        private String sessionId;
        private String identifier;

        private Builder() {}

        public Builder product(String product) {
            this.product = product;
            return this;
        }

        public Builder env(String env) {
            this.env = env;
            return this;
        }

        /** The session configuration's tag (required). */
        public Builder tag(String tag) {
            this.tag = tag;
            return this;
        }

        /** Revokes this session. */
        public Builder sessionId(String sessionId) {
            this.sessionId = sessionId;
            return this;
        }

        /** Revokes every session of this user (the value at the selector). */
        public Builder identifier(String identifier) {
            this.identifier = identifier;
            return this;
        }

        /** @throws IllegalArgumentException naming the invalid field, or unless exactly one target is set */
        public RevokeSessionOptions build() {
            return new RevokeSessionOptions(this);
        }
    }
}
