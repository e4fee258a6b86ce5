package app.ductape.sessions.transport;

import app.ductape.sessions.RawResponse;
import app.ductape.sessions.SessionError;
import app.ductape.sessions.Sleeper;
import app.ductape.sessions.internal.Checks;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import okhttp3.EventListener;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/**
 * A client of one JSON HTTP API on the SDK's transport: the retries, timeouts, size limit, redaction,
 * logging and {@link SessionError} mapping of {@code SessionsService} (which is built on it), for an API
 * with its own authentication, body shape and error shape. Thread-safe and {@link AutoCloseable}: build
 * one per API and share it.
 *
 * <pre>{@code
 * try (HttpApiClient api = HttpApiClient.builder()
 *         .baseUrl("https://monitoring.example.com")
 *         .auth(Auth.basic(login, password))
 *         .errorReader(myErrorShape)
 *         .build()) {
 *     List<Record> records = api.execute(call);
 * }
 * }</pre>
 *
 * <p>Every call either returns its decoded value or throws {@link SessionError} with the code the call
 * names (or the one its {@link ErrorReader} or {@link RejectedBodyException} asks for).
 */
public final class HttpApiClient implements AutoCloseable {
    private final Transport transport;

    private HttpApiClient(Transport transport) {
        this.transport = transport;
    }

    /**
     * A builder; {@code baseUrl} and {@code auth} are required.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Runs the call, retrying as the client allows.
     *
     * @param call the call
     * @param <T>  its result type
     * @return the decoded result
     * @throws SessionError when the call fails, after its retries
     */
    public <T> T execute(HttpApiCall<T> call) {
        return transport.execute(call);
    }

    /**
     * Runs the call and returns its value with the status, headers and request id of the response.
     *
     * @param call the call
     * @param <T>  its result type
     * @return the result with the HTTP response it came from
     * @throws SessionError when the call fails, after its retries
     */
    public <T> RawResponse<T> executeRaw(HttpApiCall<T> call) {
        return transport.executeRaw(call);
    }

    /**
     * Runs the call on OkHttp's dispatcher, backing off between attempts without blocking a thread;
     * cancelling the future cancels the HTTP call.
     *
     * @param call the call
     * @param <T>  its result type
     * @return a future of the result, failed with the same {@link SessionError} the blocking call throws
     */
    public <T> CompletableFuture<T> executeAsync(HttpApiCall<T> call) {
        return transport.executeAsync(call);
    }

    /**
     * {@link #executeRaw} on OkHttp's dispatcher.
     *
     * @param call the call
     * @param <T>  its result type
     * @return a future of the result with its HTTP response
     */
    public <T> CompletableFuture<RawResponse<T>> executeRawAsync(HttpApiCall<T> call) {
        return transport.executeRawAsync(call);
    }

    /**
     * A listing whose page at a cursor is the result of {@code pages.apply(cursor)}, the first at
     * {@code first}; every page call keeps the request options it was built with.
     *
     * @param first the cursor of the first page (may be {@code null} for an API whose first page has none)
     * @param pages the call of the page at a cursor, decoding to the page's items and next cursor
     * @param <T>   the item type
     * @param <C>   the cursor type
     * @return the listing; nothing is fetched before it is iterated
     */
    public <T, C> Listing<T> listing(C first, Function<C, HttpApiCall<Listing.Page<T, C>>> pages) {
        Checks.requireNonNull(pages, "pages");
        return Listing.from(first, cursor -> execute(pages.apply(cursor)));
    }

    /**
     * {@link #listing} read without blocking.
     *
     * @param first the cursor of the first page
     * @param pages the call of the page at a cursor
     * @param <T>   the item type
     * @param <C>   the cursor type
     * @return the listing; nothing is fetched before it is read
     */
    public <T, C> AsyncListing<T> listingAsync(C first, Function<C, HttpApiCall<Listing.Page<T, C>>> pages) {
        Checks.requireNonNull(pages, "pages");
        return AsyncListing.of(first, cursor -> executeAsync(pages.apply(cursor)));
    }

    /**
     * The base URL calls are made under.
     *
     * @return the URL, with any path prefix it was given
     */
    public HttpUrl baseUrl() {
        return transport.config().baseUrl();
    }

    /**
     * The OkHttp client the calls go through, derived from the caller's when one was given; to read its
     * dispatcher or connection pool, not to change them.
     *
     * @return the client
     */
    public OkHttpClient okHttpClient() {
        return transport.httpClient();
    }

    /**
     * Releases what the client created: for an SDK-built OkHttp client its threads and pooled
     * connections; a caller-supplied client is left untouched. Calls made after closing fail.
     */
    @Override
    public void close() {
        transport.close();
    }

    @Override
    public String toString() {
        return "HttpApiClient[" + transport.config().baseUrl() + ", " + transport.config().auth() + "]";
    }

    /** Builds an {@link HttpApiClient}; not thread-safe. Each setter validates its argument. */
    public static final class Builder {
        private String baseUrl;
        private Auth auth;
        private boolean allowInsecureHttp;
        private OkHttpClient okHttpClient;
        private Duration connectTimeout;
        private Duration readTimeout;
        private Duration callTimeout;
        private int maxRetries = ClientConfig.DEFAULT_MAX_RETRIES;
        private long maxResponseBytes = ClientConfig.DEFAULT_MAX_RESPONSE_BYTES;
        private Sleeper sleeper = Sleeper.SYSTEM;
        private ErrorReader errorReader = ErrorReader.MESSAGE_AND_CODE;
        private EventListener.Factory eventListeners;
        private final List<CallListener> listeners = new ArrayList<>(List.of(LoggingListener.INSTANCE));
        private final List<CallTracer> tracers = new ArrayList<>();

        private Builder() {}

        /**
         * The API's root URL; a path prefix is kept. {@code http://} only on loopback unless allowed.
         *
         * @param baseUrl the URL
         * @return this builder
         */
        public Builder baseUrl(String baseUrl) {
            this.baseUrl = baseUrl;
            return this;
        }

        /**
         * How every request authenticates. Required.
         *
         * @param auth the headers to add
         * @return this builder
         */
        public Builder auth(Auth auth) {
            this.auth = auth;
            return this;
        }

        /**
         * Allows {@code http://} to a non-loopback host. Off by default: over plain HTTP the credentials
         * travel readable by anyone on the path.
         *
         * @param allowInsecureHttp whether to allow it
         * @return this builder
         */
        public Builder allowInsecureHttp(boolean allowInsecureHttp) {
            this.allowInsecureHttp = allowInsecureHttp;
            return this;
        }

        /**
         * A caller-owned OkHttp client to share its connection pool and dispatcher; the SDK derives its
         * own with {@link OkHttpClient#newBuilder()} and never shuts the caller's down.
         *
         * @param okHttpClient the client
         * @return this builder
         */
        public Builder okHttpClient(OkHttpClient okHttpClient) {
            this.okHttpClient = okHttpClient;
            return this;
        }

        /**
         * TCP connect timeout (default 10 s; a caller-supplied client keeps its own unless set).
         *
         * @param connectTimeout the timeout, not negative (0: none)
         * @return this builder
         */
        public Builder connectTimeout(Duration connectTimeout) {
            this.connectTimeout = Checks.nonNegative(connectTimeout, "connectTimeout");
            return this;
        }

        /**
         * Timeout between bytes read (default 30 s).
         *
         * @param readTimeout the timeout, not negative (0: none)
         * @return this builder
         */
        public Builder readTimeout(Duration readTimeout) {
            this.readTimeout = Checks.nonNegative(readTimeout, "readTimeout");
            return this;
        }

        /**
         * Timeout of a whole attempt (default 60 s).
         *
         * @param callTimeout the timeout, not negative (0: none)
         * @return this builder
         */
        public Builder callTimeout(Duration callTimeout) {
            this.callTimeout = Checks.nonNegative(callTimeout, "callTimeout");
            return this;
        }

        /**
         * Retries after a failed first attempt (default 2, so 3 attempts): connection failures, timeouts,
         * HTTP 408, 429 and 5xx (500, 502, 503, 504), unless the server says {@code x-should-retry: false};
         * a 409 only when it says {@code x-should-retry: true}. 0 turns retries off.
         *
         * @param maxRetries 0 or more
         * @return this builder
         */
        public Builder maxRetries(int maxRetries) {
            this.maxRetries = (int) Checks.atLeast(maxRetries, 0, "maxRetries");
            return this;
        }

        /**
         * The largest response body read (default 32 MiB); a larger one fails the call unread.
         *
         * @param maxResponseBytes at least 1
         * @return this builder
         */
        public Builder maxResponseBytes(long maxResponseBytes) {
            this.maxResponseBytes = Checks.atLeast(maxResponseBytes, 1, "maxResponseBytes");
            return this;
        }

        /**
         * How to wait between retries (default {@link Sleeper#SYSTEM}); tests record delays instead.
         *
         * @param sleeper the sleeper
         * @return this builder
         */
        public Builder sleeper(Sleeper sleeper) {
            this.sleeper = Checks.requireNonNull(sleeper, "sleeper");
            return this;
        }

        /**
         * How the API's error bodies are read (default: {@link ErrorReader#MESSAGE_AND_CODE}).
         *
         * @param errorReader the reader
         * @return this builder
         */
        public Builder errorReader(ErrorReader errorReader) {
            this.errorReader = Checks.requireNonNull(errorReader, "errorReader");
            return this;
        }

        /**
         * OkHttp event listeners for the client's calls, such as Micrometer's
         * {@code OkHttpMetricsEventListener}; replaces those of a caller-supplied client.
         *
         * @param eventListeners the factory
         * @return this builder
         */
        public Builder eventListenerFactory(EventListener.Factory eventListeners) {
            this.eventListeners = Checks.requireNonNull(eventListeners, "eventListeners");
            return this;
        }

        /**
         * Adds a listener of every attempt, retry and call end, for metrics or tracing.
         *
         * @param listener the listener
         * @return this builder
         */
        public Builder callListener(CallListener listener) {
            listeners.add(Checks.requireNonNull(listener, "listener"));
            return this;
        }

        /**
         * Adds a tracer that follows each call through its attempts, such as the SDK's OpenTelemetry module's.
         *
         * @param tracer the tracer
         * @return this builder
         */
        public Builder callTracer(CallTracer tracer) {
            tracers.add(Checks.requireNonNull(tracer, "tracer"));
            return this;
        }

        /**
         * Builds the client.
         *
         * @return the client
         * @throws IllegalArgumentException naming the missing or invalid setting
         */
        public HttpApiClient build() {
            Checks.requireNonNull(auth, "auth");
            return new HttpApiClient(new Transport(new ClientConfig(BaseUrls.parse(baseUrl, allowInsecureHttp), auth,
                okHttpClient, connectTimeout, readTimeout, callTimeout, maxRetries, maxResponseBytes, sleeper,
                eventListeners, errorReader, listeners, tracers)));
        }

        @Override
        public String toString() {
            return "HttpApiClient.Builder[baseUrl=" + baseUrl + ", auth=" + auth + "]";
        }
    }
}
