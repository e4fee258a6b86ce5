package app.ductape.sessions.internal;

import app.ductape.sessions.Sleeper;
import app.ductape.sessions.transport.ErrorReader;
import java.time.Duration;
import okhttp3.EventListener;
import okhttp3.OkHttpClient;

/**
 * The transport settings every client builder takes (base URL, cleartext permission, a shared OkHttp
 * client, timeouts, retries, size limit, sleeper), held and validated in one place so that
 * {@code SessionsService.Builder} and {@code HttpApiClient.Builder} cannot drift apart. Not thread-safe,
 * as the builders that hold it.
 */
public final class TransportSettings {
    private String baseUrl;
    private boolean allowInsecureHttp;
    private OkHttpClient okHttpClient;
    private Duration connectTimeout;
    private Duration readTimeout;
    private Duration callTimeout;
    private int maxRetries = ClientConfig.DEFAULT_MAX_RETRIES;
    private long maxResponseBytes = ClientConfig.DEFAULT_MAX_RESPONSE_BYTES;
    private Sleeper sleeper = Sleeper.SYSTEM;

    /** Settings with {@code defaultBaseUrl} (or {@code null} when the base URL is required). */
    public TransportSettings(String defaultBaseUrl) {
        this.baseUrl = defaultBaseUrl;
    }

    public void baseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public String baseUrl() {
        return baseUrl;
    }

    public void allowInsecureHttp(boolean allowInsecureHttp) {
        this.allowInsecureHttp = allowInsecureHttp;
    }

    public void okHttpClient(OkHttpClient okHttpClient) {
        this.okHttpClient = okHttpClient;
    }

    public void connectTimeout(Duration connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    public void readTimeout(Duration readTimeout) {
        this.readTimeout = readTimeout;
    }

    public void callTimeout(Duration callTimeout) {
        this.callTimeout = callTimeout;
    }

    /** @throws IllegalArgumentException naming {@code maxRetries} when negative */
    public void maxRetries(int maxRetries) {
        this.maxRetries = (int) Checks.atLeast(maxRetries, 0, "maxRetries");
    }

    /** @throws IllegalArgumentException naming {@code maxResponseBytes} when below 1 */
    public void maxResponseBytes(long maxResponseBytes) {
        this.maxResponseBytes = Checks.atLeast(maxResponseBytes, 1, "maxResponseBytes");
    }

    /** @throws IllegalArgumentException naming {@code sleeper} when null */
    public void sleeper(Sleeper sleeper) {
        this.sleeper = Checks.requireNonNull(sleeper, "sleeper");
    }

    /**
     * The validated configuration of a client with these settings.
     *
     * @throws IllegalArgumentException naming the invalid setting
     */
    public ClientConfig toConfig(Credentials credentials, String product, String env, EventListener.Factory eventListeners,
                                 ErrorReader errorReader) {
        return new ClientConfig(BaseUrls.parse(baseUrl, allowInsecureHttp), credentials, okHttpClient,
            Checks.nonNegative(connectTimeout, "connectTimeout"), Checks.nonNegative(readTimeout, "readTimeout"),
            Checks.nonNegative(callTimeout, "callTimeout"), product, env, maxRetries, maxResponseBytes, sleeper,
            eventListeners, errorReader);
    }
}
