package app.ductape.sessions.options;

import app.ductape.sessions.internal.Checks;

/**
 * What every options object has: the product and the environment, each falling back to the client's
 * default when not set. The options classes extend it so that these parts are written once.
 */
abstract class ScopedOptions {
    private final String product;
    private final String env;

    ScopedOptions(Scope<?> builder) {
        this.product = Checks.optionalPathSegment(builder.product, "product");
        this.env = Checks.optionalNonBlank(builder.env, "env");
    }

    /**
     * The product's tag.
     *
     * @return the tag, or {@code null} to use the client's default product
     */
    public String product() {
        return product;
    }

    /**
     * The environment: required by lifecycle calls, a filter for analytics.
     *
     * @return the environment, or {@code null} to use the client's default (or, for analytics, none)
     */
    public String env() {
        return env;
    }

    /** The scope as {@code toString()} shows it. */
    String scope() {
        return "product=" + product + ", env=" + env;
    }

    /**
     * The setters of the scope, shared by every options builder.
     *
     * @param <B> the builder type, returned by each setter
     */
    abstract static class Scope<B extends Scope<B>> {
        private String product;
        private String env;

        /**
         * The product's tag; optional when the client has a default product.
         *
         * @param product the tag
         * @return this builder
         */
        public B product(String product) {
            this.product = product;
            return self();
        }

        /**
         * The environment; optional when the client has a default env (lifecycle calls need one of them).
         *
         * @param env the environment, such as {@code production}
         * @return this builder
         */
        public B env(String env) {
            this.env = env;
            return self();
        }

        /** Copies the scope of {@code options}, for {@code toBuilder()}. */
        B scopeOf(ScopedOptions options) {
            this.product = options.product;
            this.env = options.env;
            return self();
        }

        @SuppressWarnings("unchecked")
        final B self() {
            return (B) this;
        }
    }
}
