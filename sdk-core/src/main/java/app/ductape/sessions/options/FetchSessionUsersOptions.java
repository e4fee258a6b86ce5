package app.ductape.sessions.options;

import app.ductape.sessions.internal.Checks;

/**
 * Options of {@code fetchUsers}: which session's users, in which environment, which page.
 * {@code product} may be left out when the client has a default product.
 */
public final class FetchSessionUsersOptions {
    /** Largest page the API serves. */
    public static final int MAX_LIMIT = 1000;

    private final String product;
    private final String session;
    private final String env;
    private final int page;
    private final int limit;

    private FetchSessionUsersOptions(Builder builder) {
        this.product = Checks.optionalPathSegment(builder.product, "product");
        this.session = Checks.requirePathSegment(builder.session, "session");
        this.env = Checks.optionalNonBlank(builder.env, "env");
        this.page = Checks.requirePage(builder.page);
        this.limit = Checks.requireLimit(builder.limit, MAX_LIMIT);
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder().product(product).session(session).env(env).page(page).limit(limit);
    }

    /** The product tag, or {@code null} to use the client's default. */
    public String product() {
        return product;
    }

    public String session() {
        return session;
    }

    /** The environment filter, or {@code null} for the client's default (or none). */
    public String env() {
        return env;
    }

    public int page() {
        return page;
    }

    public int limit() {
        return limit;
    }

    @Override
    public String toString() {
        return "FetchSessionUsersOptions[product=" + product + ", session=" + session + ", env=" + env + ", page="
            + page + ", limit=" + limit + "]";
    }

    /** Builds {@link FetchSessionUsersOptions}; {@link #build()} validates. */
    public static final class Builder {
        private String product;
        private String session;
        private String env;
        private int page = 1;
        private int limit = 20;

        private Builder() {}

        /** The product tag; optional when the client has a default product. */
        public Builder product(String product) {
            this.product = product;
            return this;
        }

        /** The session tag (required). */
        public Builder session(String session) {
            this.session = session;
            return this;
        }

        /** Filters by environment (optional). */
        public Builder env(String env) {
            this.env = env;
            return this;
        }

        /** The page, from 1 (default 1). */
        public Builder page(int page) {
            this.page = page;
            return this;
        }

        /** Users per page, 1 to 1000 (default 20). */
        public Builder limit(int limit) {
            this.limit = limit;
            return this;
        }

        /** @throws IllegalArgumentException naming the first invalid field */
        public FetchSessionUsersOptions build() {
            return new FetchSessionUsersOptions(this);
        }
    }
}
