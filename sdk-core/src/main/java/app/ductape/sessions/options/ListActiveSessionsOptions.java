package app.ductape.sessions.options;

import app.ductape.sessions.internal.Checks;

/** Options of {@code listActive}: the unexpired, unrevoked sessions of a tag, optionally of one user. */
public final class ListActiveSessionsOptions {
    /** Largest page the API serves. */
    public static final int MAX_LIMIT = 1000;

    private final String product;
    private final String env;
    private final String tag;
    private final String identifier;
    private final int page;
    private final int limit;

    private ListActiveSessionsOptions(Builder builder) {
        this.product = Checks.optionalPathSegment(builder.product, "product");
        this.env = Checks.optionalNonBlank(builder.env, "env");
        this.tag = Checks.requirePathSegment(builder.tag, "tag");
        this.identifier = Checks.optionalNonBlank(builder.identifier, "identifier");
        this.page = Checks.requirePage(builder.page);
        this.limit = Checks.requireLimit(builder.limit, MAX_LIMIT);
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder().product(product).env(env).tag(tag).identifier(identifier).page(page).limit(limit);
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

    /** Only this user's sessions, or {@code null} for all. */
    public String identifier() {
        return identifier;
    }

    public int page() {
        return page;
    }

    public int limit() {
        return limit;
    }

    @Override
    public String toString() {
        return "ListActiveSessionsOptions[product=" + product + ", env=" + env + ", tag=" + tag + ", identifier="
            + identifier + ", page=" + page + ", limit=" + limit + "]";
    }

    /** Builds {@link ListActiveSessionsOptions}; {@link #build()} validates. */
    public static final class Builder {
        private String product;
        private String env;
        private String tag;
        private String identifier;
        private int page = 1;
        private int limit = 20;

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

        /** Only this user's sessions (optional). */
        public Builder identifier(String identifier) {
            this.identifier = identifier;
            return this;
        }

        /** The page, from 1 (default 1). */
        public Builder page(int page) {
            this.page = page;
            return this;
        }

        /** Sessions per page, 1 to 1000 (default 20). */
        public Builder limit(int limit) {
            this.limit = limit;
            return this;
        }

        /** @throws IllegalArgumentException naming the first invalid field */
        public ListActiveSessionsOptions build() {
            return new ListActiveSessionsOptions(this);
        }
    }
}
