package app.ductape.sessions;

import app.ductape.sessions.internal.Checks;
import app.ductape.sessions.transport.HttpApiClient;
import java.util.function.Consumer;
import java.util.function.Function;
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

    /**
     * A builder; an access key is required.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The {@code Ductape} spellings over a client you already have, as a framework that builds the
     * {@link SessionsService} itself needs (the Spring Boot starter does).
     *
     * @param sessions the client; closing the {@code Ductape} closes it
     * @return a {@code Ductape} whose {@link #sessions()} is {@code sessions}
     */
    public static Ductape of(SessionsService sessions) {
        return new Ductape(Checks.requireNonNull(sessions, "sessions"));
    }

    /**
     * A client configured from the {@code DUCTAPE_*} environment variables, as {@link SessionsService#fromEnv()}.
     *
     * @return the client
     * @throws IllegalArgumentException when they hold no usable credentials
     */
    public static Ductape fromEnv() {
        return builder().fromEnv().build();
    }

    /**
     * The sessions API.
     *
     * @return the client's {@link SessionsService}
     */
    public SessionsService sessions() {
        return sessions;
    }

    /**
     * Product-scoped spellings of the same API.
     *
     * @return {@code ductape.products()}
     */
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

        /**
         * {@code ductape.products().sessions()}: session users by product.
         *
         * @return the product sessions API
         */
        public ProductSessions sessions() {
            return sessions;
        }
    }

    /** Builds a {@link Ductape}; {@link #build()} validates. Not thread-safe. */
    public static final class Builder {
        private final SessionsService.Builder delegate = SessionsService.builder();

        private Builder() {}

        /**
         * The Ductape access key of {@code new Ductape({accessKey})}, with {@link #workspaceId}: see
         * {@link SessionsService.Builder#accessKey(String)}, an assumed route.
         *
         * @param accessKey the key ({@code DUCTAPE_ACCESS_KEY} with {@link #fromEnv()})
         * @return this builder
         */
        public Builder accessKey(String accessKey) {
            delegate.accessKey(accessKey);
            return this;
        }

        /**
         * Workspace credentials: the workspace id; see {@link SessionsService.Builder#workspaceId(String)}.
         *
         * @param workspaceId the id ({@code DUCTAPE_WORKSPACE_ID})
         * @return this builder
         */
        public Builder workspaceId(String workspaceId) {
            delegate.workspaceId(workspaceId);
            return this;
        }

        /**
         * Workspace credentials: the public key, a secret; see {@link SessionsService.Builder#publicKey(String)}.
         *
         * @param publicKey the key ({@code DUCTAPE_PUBLIC_KEY})
         * @return this builder
         */
        public Builder publicKey(String publicKey) {
            delegate.publicKey(publicKey);
            return this;
        }

        /**
         * Workspace credentials: the user id; see {@link SessionsService.Builder#userId(String)}.
         *
         * @param userId the id ({@code DUCTAPE_USER_ID})
         * @return this builder
         */
        public Builder userId(String userId) {
            delegate.userId(userId);
            return this;
        }

        /**
         * Workspace credentials: the bearer token; see {@link SessionsService.Builder#token(String)}.
         *
         * @param token the token ({@code DUCTAPE_TOKEN})
         * @return this builder
         */
        public Builder token(String token) {
            delegate.token(token);
            return this;
        }

        /**
         * Workspace credentials: the environment type; see {@link SessionsService.Builder#envType(String)}.
         *
         * @param envType the type ({@code DUCTAPE_ENV_TYPE})
         * @return this builder
         */
        public Builder envType(String envType) {
            delegate.envType(envType);
            return this;
        }

        /**
         * See {@link SessionsService.Builder#baseUrl(String)}.
         *
         * @param baseUrl the API's base URL ({@code DUCTAPE_BASE_URL})
         * @return this builder
         */
        public Builder baseUrl(String baseUrl) {
            delegate.baseUrl(baseUrl);
            return this;
        }

        /**
         * The default product tag, used when options name none.
         *
         * @param product the tag ({@code DUCTAPE_PRODUCT})
         * @return this builder
         */
        public Builder product(String product) {
            delegate.product(product);
            return this;
        }

        /**
         * The default environment, used when options name none.
         *
         * @param env the environment ({@code DUCTAPE_ENV})
         * @return this builder
         */
        public Builder env(String env) {
            delegate.env(env);
            return this;
        }

        /**
         * See {@link SessionsService.Builder#maxRetries(int)}.
         *
         * @param maxRetries 0 or more
         * @return this builder
         */
        public Builder maxRetries(int maxRetries) {
            delegate.maxRetries(maxRetries);
            return this;
        }

        /**
         * See {@link SessionsService.Builder#okHttpClient(OkHttpClient)}.
         *
         * @param okHttpClient a caller-owned client to share
         * @return this builder
         */
        public Builder okHttpClient(OkHttpClient okHttpClient) {
            delegate.okHttpClient(okHttpClient);
            return this;
        }

        /**
         * Allows an {@code http://} base URL on a host other than loopback. Off by default: over plain
         * HTTP the credentials travel readable by anyone on the path.
         *
         * @param allowInsecureHttp whether to allow it
         * @return this builder
         */
        public Builder allowInsecureHttp(boolean allowInsecureHttp) {
            delegate.allowInsecureHttp(allowInsecureHttp);
            return this;
        }

        /**
         * TCP connect timeout (default 10 s; a caller-supplied client keeps its own unless set).
         *
         * @param connectTimeout the timeout, not negative (0: none)
         * @return this builder
         */
        public Builder connectTimeout(java.time.Duration connectTimeout) {
            delegate.connectTimeout(connectTimeout);
            return this;
        }

        /**
         * Timeout between bytes read (default 30 s).
         *
         * @param readTimeout the timeout, not negative (0: none)
         * @return this builder
         */
        public Builder readTimeout(java.time.Duration readTimeout) {
            delegate.readTimeout(readTimeout);
            return this;
        }

        /**
         * Timeout of a whole attempt (default 60 s).
         *
         * @param callTimeout the timeout, not negative (0: none)
         * @return this builder
         */
        public Builder callTimeout(java.time.Duration callTimeout) {
            delegate.callTimeout(callTimeout);
            return this;
        }

        /**
         * The largest response body read (default 32 MiB); a larger one fails the call unread.
         *
         * @param maxResponseBytes at least 1
         * @return this builder
         */
        public Builder maxResponseBytes(long maxResponseBytes) {
            delegate.maxResponseBytes(maxResponseBytes);
            return this;
        }

        /**
         * How to wait between retries (default {@link Sleeper#SYSTEM}); tests record delays instead.
         *
         * @param sleeper the sleeper
         * @return this builder
         */
        public Builder sleeper(Sleeper sleeper) {
            delegate.sleeper(sleeper);
            return this;
        }

        /**
         * See {@link SessionsService.Builder#transport(Consumer)}: timeouts, size limit, listeners.
         *
         * @param settings what to set on the transport's builder
         * @return this builder
         */
        public Builder transport(Consumer<HttpApiClient.Builder> settings) {
            delegate.transport(settings);
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

        Builder fromEnv(Function<String, String> variables) {
            delegate.fromEnv(variables);
            return this;
        }

        /**
         * Builds the client.
         *
         * @return the client
         * @throws IllegalArgumentException naming the missing or invalid setting
         */
        public Ductape build() {
            return new Ductape(delegate.build());
        }

        @Override
        public String toString() {
            return "Ductape.Builder[" + delegate + "]";
        }
    }
}
