package app.ductape.sessions.transport;

import app.ductape.sessions.Sleeper;
import java.time.Duration;
import java.util.List;
import okhttp3.EventListener;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/**
 * Everything an {@link HttpApiClient} was built with, validated. Timeouts are {@code null} when not set:
 * an SDK-built OkHttp client then uses the defaults, a caller-supplied one keeps its own.
 *
 * @param callerClient     a caller-owned OkHttp client to derive from, or {@code null}
 * @param maxRetries       retries after the first attempt
 * @param maxResponseBytes the largest response body read
 * @param eventListeners   OkHttp event listeners for the SDK-built client, or {@code null}
 * @param listeners        who hears of every attempt, retry and completion (logging first)
 * @param tracers          who follows each call through its attempts
 */
record ClientConfig(HttpUrl baseUrl, Auth auth, OkHttpClient callerClient, Duration connectTimeout,
                    Duration readTimeout, Duration callTimeout, int maxRetries, long maxResponseBytes,
                    Sleeper sleeper, EventListener.Factory eventListeners, ErrorReader errorReader,
                    List<CallListener> listeners, List<CallTracer> tracers) {

    static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(30);
    static final Duration DEFAULT_CALL_TIMEOUT = Duration.ofSeconds(60);
    static final int DEFAULT_MAX_RETRIES = 2;
    static final long DEFAULT_MAX_RESPONSE_BYTES = 32L * 1024 * 1024;

    @Override
    public String toString() {
        return "ClientConfig[baseUrl=" + baseUrl + ", auth=" + auth + ", maxRetries=" + maxRetries + "]";
    }
}
