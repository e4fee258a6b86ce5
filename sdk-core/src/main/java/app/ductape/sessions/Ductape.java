package app.ductape.sessions;

import java.time.Duration;
import okhttp3.OkHttpClient;

/**
 * The entry point shaped like the TypeScript SDK's {@code new Ductape({ accessKey })}:
 * {@link #sessions()} is the whole {@link SessionsService} API, and {@link #products()} offers the
 * seed's {@code ductape.products.sessions.users(...)} / {@code user(id)} spellings.
 * Thread-safe; close it when done.
 */
public final class Ductape implements AutoCloseable {
    private final SessionsService sessions;
    private final Products products;

    private Ductape(SessionsService sessions) {
        this.sessions = sessions;
        this.products = new Products(new ProductSessions(sessions));
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A client configured from the {@code DUCTAPE_*} environment variables, as {@link SessionsService#fromEnv()}. */
    public static Ductape fromEnv() {
        return builder().fromEnv().build();
    }

    /** The sessions API. */
    public SessionsService sessions() {
        return sessions;
    }

    /** Product-scoped spellings of the same API. */
    public Products products() {
        return products;
    }

    @Override
    public void close() {
        sessions.close();
    }

    @Override
    public String toString() {
        return "Ductape[" + sessions + "]";
    }

    /** {@code ductape.products()}: product-level services. */
    public static final class Products {
        private final ProductSessions sessions;

        Products(ProductSessions sessions) {
            this.sessions = sessions;
        }

        /** {@code ductape.products().sessions()}: session users by product. */
        public ProductSessions sessions() {
            return sessions;
        }
    }

    /** Builds a {@link Ductape}; {@link #build()} validates. Not thread-safe. */
    public static final class Builder {
        private final SessionsService.Builder delegate = SessionsService.builder();

        private Builder() {}

        /** The Ductape access key (required unless set from the environment). */
        public Builder accessKey(String accessKey) {
            delegate.accessKey(accessKey);
            return this;
        }

        /** See {@link SessionsService.Builder#baseUrl(String)}. */
        public Builder baseUrl(String baseUrl) {
            delegate.baseUrl(baseUrl);
            return this;
        }

        /** See {@link SessionsService.Builder#allowInsecureHttp(boolean)}. */
        public Builder allowInsecureHttp(boolean allowInsecureHttp) {
            delegate.allowInsecureHttp(allowInsecureHttp);
            return this;
        }

        /** See {@link SessionsService.Builder#okHttpClient(OkHttpClient)}. */
        public Builder okHttpClient(OkHttpClient okHttpClient) {
            delegate.okHttpClient(okHttpClient);
            return this;
        }

        public Builder connectTimeout(Duration timeout) {
            delegate.connectTimeout(timeout);
            return this;
        }

        public Builder readTimeout(Duration timeout) {
            delegate.readTimeout(timeout);
            return this;
        }

        public Builder callTimeout(Duration timeout) {
            delegate.callTimeout(timeout);
            return this;
        }

        /** See {@link SessionsService.Builder#maxRetries(int)}. */
        public Builder maxRetries(int maxRetries) {
            delegate.maxRetries(maxRetries);
            return this;
        }

        /** See {@link SessionsService.Builder#maxResponseBytes(long)}. */
        public Builder maxResponseBytes(long maxResponseBytes) {
            delegate.maxResponseBytes(maxResponseBytes);
            return this;
        }

        /** The default product tag, used when options name none. */
        public Builder product(String product) {
            delegate.product(product);
            return this;
        }

        /** The default environment, used when options name none. */
        public Builder env(String env) {
            delegate.env(env);
            return this;
        }

        /**
         * Applies the {@code DUCTAPE_*} environment variables that are set: credentials, {@code DUCTAPE_BASE_URL},
         * {@code DUCTAPE_PRODUCT} and {@code DUCTAPE_ENV}. Setters called after it win over the environment.
         *
         * @return this builder
         */
        public Builder fromEnv() {
            delegate.fromEnv();
            return this;
        }

        Builder fromEnv(java.util.function.Function<String, String> variables) {
            delegate.fromEnv(variables);
            return this;
        }

        /** @throws IllegalArgumentException naming the missing or invalid setting */
        public Ductape build() {
            return new Ductape(delegate.build());
        }

        @Override
        public String toString() {
            return "Ductape.Builder[" + delegate + "]";
        }
    }
}
