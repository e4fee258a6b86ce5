package app.ductape.sessions.transport;

import okhttp3.OkHttpClient;

/** Builds the OkHttp client of a transport: the caller's derived with {@code newBuilder()}, or the SDK's own. */
final class OkHttpClients {
    private OkHttpClients() {}

    static OkHttpClient build(ClientConfig config) {
        OkHttpClient.Builder builder;
        if (config.callerClient() != null) {
            builder = config.callerClient().newBuilder();
        } else {
            builder = new OkHttpClient.Builder()
                .connectTimeout(ClientConfig.DEFAULT_CONNECT_TIMEOUT)
                .readTimeout(ClientConfig.DEFAULT_READ_TIMEOUT)
                .callTimeout(ClientConfig.DEFAULT_CALL_TIMEOUT);
        }
        if (config.connectTimeout() != null) {
            builder.connectTimeout(config.connectTimeout());
        }
        if (config.readTimeout() != null) {
            builder.readTimeout(config.readTimeout());
        }
        if (config.callTimeout() != null) {
            builder.callTimeout(config.callTimeout());
        }
        if (config.eventListeners() != null) {
            builder.eventListenerFactory(config.eventListeners());
        }
        // The SDK owns every retry, so attempts are counted and backed off; and a redirect would
        // carry the credential headers to wherever Location points.
        return builder.retryOnConnectionFailure(false).followRedirects(false).followSslRedirects(false)
            .addNetworkInterceptor(RetryPolicy::hideRetryAfterFromOkHttp).build();
    }

    /**
     * Releases what the SDK created, so the JVM can exit: the dispatcher's threads and the pooled
     * connections of an SDK-built client. A caller-supplied client is left untouched.
     */
    static void release(OkHttpClient http) {
        http.dispatcher().cancelAll();
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }
}
