package app.ductape.sessions.transport;

import app.ductape.sessions.RawResponse;
import app.ductape.sessions.SessionError;
import app.ductape.sessions.Sleeper;
import app.ductape.sessions.internal.Checks;
import app.ductape.sessions.internal.Transport;
import app.ductape.sessions.internal.TransportSettings;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/**
 * A client of one JSON HTTP API on the SDK's transport: the same retries, timeouts, size limit,
 * redaction, logging and {@link SessionError} mapping as {@code SessionsService}, for an API with its
 * own authentication, body shape and error shape. Thread-safe and {@link AutoCloseable}: build one per
 * API and share it.
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

    /** A builder; {@code baseUrl} and {@code auth} are required. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Runs the call, retrying as the client allows.
     *
     * @throws SessionError when the call fails, after its retries
     */
    public <T> T execute(HttpApiCall<T> call) {
        return transport.execute(call.toApiCall());
    }

    /** Runs the call and returns its value with the status, headers and request id of the response. */
    public <T> RawResponse<T> executeRaw(HttpApiCall<T> call) {
        return transport.executeRaw(call.toApiCall());
    }

    /**
     * Runs the call on OkHttp's dispatcher, backing off between attempts without blocking a thread;
     * cancelling the future cancels the HTTP call. The future fails with the same {@link SessionError}.
     */
    public <T> CompletableFuture<T> executeAsync(HttpApiCall<T> call) {
        return transport.executeAsync(call.toApiCall());
    }

    /** The base URL calls are made under (with any path prefix it was given). */
    public HttpUrl baseUrl() {
        return transport.config().baseUrl();
    }

    /**
     * Releases what the client created: for an SDK-built OkHttp client its threads and pooled
     * connections; a caller-supplied client is left untouched.
     */
    @Override
    public void close() {
        transport.close();
    }

    @Override
    public String toString() {
        return "HttpApiClient[" + transport.config().baseUrl() + ", " + transport.config().credentials() + "]";
    }

    /** Builds an {@link HttpApiClient}; not thread-safe. */
    public static final class Builder {
        private final TransportSettings transport = new TransportSettings(null);
        private Auth auth;
        private ErrorReader errorReader = ErrorReader.MESSAGE_AND_CODE;

        private Builder() {}

        /** The API's root URL; a path prefix is kept. {@code http://} only on loopback unless allowed. */
        public Builder baseUrl(String baseUrl) {
            transport.baseUrl(baseUrl);
            return this;
        }

        /** How every request authenticates. Required. */
        public Builder auth(Auth auth) {
            this.auth = auth;
            return this;
        }

        /** Allows {@code http://} to a non-loopback host (credentials then travel unencrypted). */
        public Builder allowInsecureHttp(boolean allowInsecureHttp) {
            transport.allowInsecureHttp(allowInsecureHttp);
            return this;
        }

        /** A caller-owned OkHttp client to derive from (shares its pool and dispatcher; never shut down). */
        public Builder okHttpClient(OkHttpClient okHttpClient) {
            transport.okHttpClient(okHttpClient);
            return this;
        }

        /** TCP connect timeout (default 10 s). */
        public Builder connectTimeout(Duration connectTimeout) {
            transport.connectTimeout(connectTimeout);
            return this;
        }

        /** Timeout between bytes read (default 30 s). */
        public Builder readTimeout(Duration readTimeout) {
            transport.readTimeout(readTimeout);
            return this;
        }

        /** Timeout of a whole call (default 60 s). */
        public Builder callTimeout(Duration callTimeout) {
            transport.callTimeout(callTimeout);
            return this;
        }

        /** Retries after a failed first attempt (default 2), by the SDK's retry rules; 0 turns them off. */
        public Builder maxRetries(int maxRetries) {
            transport.maxRetries(maxRetries);
            return this;
        }

        /** The largest response body read (default 32 MiB); a larger one fails the call unread. */
        public Builder maxResponseBytes(long maxResponseBytes) {
            transport.maxResponseBytes(maxResponseBytes);
            return this;
        }

        /** How to wait between retries (default {@link Sleeper#SYSTEM}). */
        public Builder sleeper(Sleeper sleeper) {
            transport.sleeper(sleeper);
            return this;
        }

        /** How the API's error bodies are read (default: {@link ErrorReader#MESSAGE_AND_CODE}). */
        public Builder errorReader(ErrorReader errorReader) {
            this.errorReader = Checks.requireNonNull(errorReader, "errorReader");
            return this;
        }

        /**
         * Builds the client.
         *
         * @throws IllegalArgumentException naming the missing or invalid setting
         */
        public HttpApiClient build() {
            Checks.requireNonNull(auth, "auth");
            return new HttpApiClient(new Transport(transport.toConfig(auth.credentials(), null, null, null,
                errorReader)));
        }
    }
}
