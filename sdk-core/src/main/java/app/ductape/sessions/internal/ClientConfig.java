package app.ductape.sessions.internal;

import app.ductape.sessions.Sleeper;
import app.ductape.sessions.transport.ErrorReader;
import java.time.Duration;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/**
 * Everything a client was built with, validated. Timeouts are {@code null} when not set: an SDK-built
 * OkHttp client then uses the SDK defaults, a caller-supplied one keeps its own.
 *
 * @param callerClient     a caller-owned OkHttp client to derive from, or {@code null}
 * @param product          the default product tag, or {@code null}
 * @param env              the default environment, or {@code null}
 * @param maxRetries       retries after the first attempt
 * @param maxResponseBytes the largest response body read
 * @param sleeper          how to wait between attempts
 * @param eventListeners   OkHttp event listeners for the SDK's own tests, or {@code null}
 * @param errorReader      how the API's error bodies are read
 */
public record ClientConfig(HttpUrl baseUrl, Credentials credentials, OkHttpClient callerClient,
                           Duration connectTimeout, Duration readTimeout, Duration callTimeout,
                           String product, String env, int maxRetries, long maxResponseBytes, Sleeper sleeper,
                           okhttp3.EventListener.Factory eventListeners, ErrorReader errorReader) {

    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(30);
    public static final Duration DEFAULT_CALL_TIMEOUT = Duration.ofSeconds(60);
    public static final int DEFAULT_MAX_RETRIES = 2;
    public static final long DEFAULT_MAX_RESPONSE_BYTES = 32L * 1024 * 1024;

    @Override
    public String toString() {
        return "ClientConfig[baseUrl=" + baseUrl + ", credentials=" + credentials + ", product=" + product
            + ", env=" + env + ", maxRetries=" + maxRetries + "]";
    }
}
