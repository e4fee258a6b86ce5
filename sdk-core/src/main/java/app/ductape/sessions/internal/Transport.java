package app.ductape.sessions.internal;

import app.ductape.sessions.RawResponse;
import app.ductape.sessions.RequestOptions;
import app.ductape.sessions.SessionError;
import app.ductape.sessions.SessionErrorCode;
import app.ductape.sessions.transport.BodyDecoder;
import app.ductape.sessions.transport.RejectedBodyException;
import app.ductape.sessions.transport.ServerError;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one path every call takes: URL building with encoded segments, auth headers, JSON bodies,
 * retries with backoff, per-call timeouts, envelope decoding straight from the response stream under
 * a size limit, error mapping and logging; synchronously or on OkHttp's {@code enqueue}. Every
 * {@link Response} is closed on every path. Thread-safe.
 */
public final class Transport implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger("app.ductape.sessions.http");
    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
    /** Error bodies are only read for their message: a few KiB is plenty, and bounds memory. */
    private static final long MAX_ERROR_BODY_BYTES = 64 * 1024;

    private final ClientConfig config;
    private final OkHttpClient http;
    private final boolean ownsHttp;
    private final ObjectMapper mapper = Json.newMapper();
    private final ConcurrentMap<JavaType, DuctapeEnvelope> envelopes = new ConcurrentHashMap<>();
    private final List<String> clientSecrets;
    private final RetryPolicy retryPolicy = new RetryPolicy(Clock.systemUTC());

    public Transport(ClientConfig config) {
        this.config = config;
        this.ownsHttp = config.callerClient() == null;
        this.http = buildHttpClient(config);
        this.clientSecrets = config.credentials().secrets();
    }

    private static OkHttpClient buildHttpClient(ClientConfig config) {
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

    public ClientConfig config() {
        return config;
    }

    public ObjectMapper mapper() {
        return mapper;
    }

    /** The OkHttp client calls go through (derived from the caller's when one was given). */
    public OkHttpClient httpClient() {
        return http;
    }

    /** Runs {@code call}, retrying as the policy allows, and returns its result. */
    public <T> T execute(ApiCall<T> call) {
        return run(call).value();
    }

    /** Runs {@code call} and returns its result with the HTTP status, headers and request id. */
    public <T> RawResponse<T> executeRaw(ApiCall<T> call) {
        return run(call).toRaw();
    }

    /** Runs {@code call} on OkHttp's dispatcher; the future fails with the same {@link SessionError}. */
    public <T> CompletableFuture<T> executeAsync(ApiCall<T> call) {
        return cancelling(runAsync(call), Success::value);
    }

    /** {@code source.thenApply(map)}, whose cancellation cancels {@code source} (and so the HTTP call). */
    private static <S, T> CompletableFuture<T> cancelling(CompletableFuture<S> source,
                                                          java.util.function.Function<S, T> map) {
        CompletableFuture<T> mapped = source.thenApply(map);
        mapped.whenComplete((value, error) -> {
            if (mapped.isCancelled()) {
                source.cancel(true);
            }
        });
        return mapped;
    }

    // ---- attempts ----------------------------------------------------------------------------

    /** A successful attempt. */
    private record Success<T>(T value, int status, Headers headers, String requestId, int attempts) {
        RawResponse<T> toRaw() {
            Map<String, List<String>> byName = new TreeMap<>();
            for (String name : headers.names()) {
                byName.put(name.toLowerCase(Locale.ROOT), List.copyOf(headers.values(name)));
            }
            return new RawResponse<>(status, byName, Optional.ofNullable(requestId), value, attempts);
        }
    }

    /** What went wrong in one attempt, and whether another may help. */
    private record Failure(String detail, Integer status, String requestId, ServerError server, Throwable cause,
                           boolean retryable, Duration serverDelay) {
        SessionError toError(Operation operation, int attempts) {
            SessionErrorCode code = server.errorCodeOverride().orElseGet(() -> operation.codeFor(status));
            return new SessionError(code, operation.name(), detail, status, requestId, server.message(),
                server.code(), server.fieldErrors(), cause, attempts);
        }
    }

    /** The outcome of one attempt: a success or a failure. */
    private record Attempt<T>(Success<T> success, Failure failure) {}

    private <T> Success<T> run(ApiCall<T> call) {
        Request request = toHttpRequest(call);
        int maxRetries = maxRetries(call);
        List<SessionError> earlier = new ArrayList<>();
        for (int attempt = 1; ; attempt++) {
            long startNanos = System.nanoTime();
            Attempt<T> outcome;
            try {
                outcome = complete(call, newCall(request, call.options()).execute(), attempt, startNanos);
            } catch (IOException e) {
                outcome = failed(call, request, e, startNanos, attempt);
            }
            if (outcome.success() != null) {
                return outcome.success();
            }
            Duration delay = retryDelay(outcome.failure(), attempt, maxRetries);
            if (delay == null) {
                throw finalError(call, outcome.failure(), attempt, earlier);
            }
            earlier.add(outcome.failure().toError(call.operation(), attempt));
            warnRetry(call, outcome.failure(), attempt, delay);
            try {
                config.sleeper().sleep(delay);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                SessionError error = new SessionError(call.operation().failure(), call.operation().name(),
                    "interrupted while waiting to retry", null, null, null, null, Map.of(), e, attempt);
                earlier.forEach(error::addSuppressed);
                throw error;
            }
        }
    }

    private <T> CompletableFuture<Success<T>> runAsync(ApiCall<T> call) {
        Request request = toHttpRequest(call);
        CompletableFuture<Success<T>> result = new CompletableFuture<>();
        AtomicReference<Call> current = new AtomicReference<>();
        result.whenComplete((value, error) -> {
            if (result.isCancelled()) {
                Call inFlight = current.get();
                if (inFlight != null) {
                    inFlight.cancel();
                }
            }
        });
        attemptAsync(call, request, 1, maxRetries(call), new ArrayList<>(), result, current);
        return result;
    }

    private <T> void attemptAsync(ApiCall<T> call, Request request, int attempt, int maxRetries,
                                  List<SessionError> earlier, CompletableFuture<Success<T>> result,
                                  AtomicReference<Call> current) {
        if (result.isDone()) {
            return;
        }
        Call httpCall = newCall(request, call.options());
        current.set(httpCall);
        if (result.isCancelled()) {
            httpCall.cancel();
            return;
        }
        long startNanos = System.nanoTime();
        httpCall.enqueue(new Callback() {
            @Override
            public void onResponse(Call c, Response response) {
                settle(complete(call, response, attempt, startNanos));
            }

            @Override
            public void onFailure(Call c, IOException e) {
                settle(failed(call, request, e, startNanos, attempt));
            }

            private void settle(Attempt<T> outcome) {
                try {
                    if (outcome.success() != null) {
                        result.complete(outcome.success());
                        return;
                    }
                    Duration delay = result.isDone() ? null : retryDelay(outcome.failure(), attempt, maxRetries);
                    if (delay == null) {
                        result.completeExceptionally(finalError(call, outcome.failure(), attempt, earlier));
                        return;
                    }
                    earlier.add(outcome.failure().toError(call.operation(), attempt));
                    warnRetry(call, outcome.failure(), attempt, delay);
                    config.sleeper().delay(delay).whenComplete((ignored, error) -> attemptAsync(call, request,
                        attempt + 1, maxRetries, earlier, result, current));
                } catch (RuntimeException | Error e) {
                    result.completeExceptionally(e);
                }
            }
        });
    }

    private Call newCall(Request request, RequestOptions options) {
        Call call = http.newCall(request);
        if (options.timeout() != null) {
            call.timeout().timeout(options.timeout().toMillis(), TimeUnit.MILLISECONDS);
        }
        return call;
    }

    private int maxRetries(ApiCall<?> call) {
        return call.options().maxRetries() != null ? call.options().maxRetries() : config.maxRetries();
    }

    /** The delay before the next attempt, or {@code null} when the call should fail now. */
    private Duration retryDelay(Failure failure, int attempt, int maxRetries) {
        if (!failure.retryable() || attempt > maxRetries) {
            return null;
        }
        return failure.serverDelay() != null ? failure.serverDelay() : retryPolicy.backoff(attempt);
    }

    private static SessionError finalError(ApiCall<?> call, Failure failure, int attempts,
                                           List<SessionError> earlier) {
        SessionError error = failure.toError(call.operation(), attempts);
        earlier.forEach(error::addSuppressed);
        return error;
    }

    private static void warnRetry(ApiCall<?> call, Failure failure, int attempt, Duration delay) {
        LOG.warn("{} attempt {} failed ({}); retrying in {} ms", call.operation().name(), attempt,
            failure.status() != null ? "HTTP " + failure.status() : failure.detail(), delay.toMillis());
    }

    // ---- one response ------------------------------------------------------------------------

    private <T> Attempt<T> complete(ApiCall<T> call, Response response, int attempt, long startNanos) {
        try (response) {
            String requestId = response.header("X-Request-Id");
            logAttempt(response.request(), response.code(), startNanos, attempt, requestId);
            if (!response.isSuccessful()) {
                return new Attempt<>(null, httpFailure(call, response, requestId));
            }
            try {
                Object data = readBody(call, response);
                T value = call.finish().apply(data);
                return new Attempt<>(new Success<>(value, response.code(), response.headers(), requestId, attempt),
                    null);
            } catch (RejectedBodyException e) {
                // Only a failed body needs the retry rules: a successful call never pays for them.
                RetryPolicy.Advice advice = retryPolicy.advise(response);
                return new Attempt<>(null, new Failure(redact(e.getMessage(), call.request()), response.code(),
                    requestId, redact(e.serverError(), call.request()), e.getCause(), advice.retry(),
                    advice.serverDelay()));
            }
        } catch (LimitedInputStream.TooLargeException e) {
            return new Attempt<>(null, new Failure(e.getMessage(), response.code(), response.header("X-Request-Id"),
                ServerError.NONE, e, false, null));
        } catch (IOException e) {
            return failed(call, response.request(), e, startNanos, attempt);
        } catch (RuntimeException e) {
            return new Attempt<>(null, new Failure("the response could not be mapped", response.code(),
                response.header("X-Request-Id"), ServerError.NONE, e, false, null));
        }
    }

    private <T> Attempt<T> failed(ApiCall<T> call, Request request, IOException e, long startNanos, int attempt) {
        LOG.debug("{} {} failed after {} ms (attempt {}): {}", request.method(), request.url().encodedPath(),
            elapsedMillis(startNanos), attempt, e.getClass().getSimpleName());
        boolean canceled = "Canceled".equals(e.getMessage());
        return new Attempt<>(null, new Failure(describe(e, call.request()), null, null, ServerError.NONE, e, !canceled,
            null));
    }

    private Object readBody(ApiCall<?> call, Response response) throws IOException, RejectedBodyException {
        ResponseBody body = response.body();
        if (body.contentLength() > config.maxResponseBytes()) {
            throw new LimitedInputStream.TooLargeException(config.maxResponseBytes());
        }
        BodyDecoder<?> decoder = call.decoder() != null ? call.decoder() : envelope(call.type());
        try (JsonParser parser = mapper.createParser(new LimitedInputStream(body.byteStream(),
            config.maxResponseBytes()))) {
            return decoder.decode(parser);
        } catch (JsonProcessingException e) {
            rethrowTransportFailure(e);
            throw new RejectedBodyException("the response body is not the expected JSON", ServerError.NONE, e);
        } catch (IllegalArgumentException | IllegalStateException | ArithmeticException | NullPointerException
                 | ClassCastException e) {
            throw new RejectedBodyException("the response body could not be mapped", ServerError.NONE, e);
        }
    }

    /** The envelope decoder of a Ductape call's {@code data} type, one per type for the client's life. */
    private DuctapeEnvelope envelope(JavaType type) {
        return type == null ? DuctapeEnvelope.NO_DATA
            : envelopes.computeIfAbsent(type, t -> new DuctapeEnvelope(mapper.readerFor(t)));
    }

    /**
     * Jackson wraps an I/O failure of the body stream (a reset connection, the size limit) in a mapping
     * exception; that is not bad JSON but a failed transfer, so it is rethrown as what it is.
     */
    private static void rethrowTransportFailure(JsonProcessingException e) throws IOException {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof IOException io && !(cause instanceof JsonProcessingException)) {
                throw io;
            }
        }
    }

    private Failure httpFailure(ApiCall<?> call, Response response, String requestId) {
        JsonNode body = null;
        try {
            body = mapper.readTree(response.peekBody(MAX_ERROR_BODY_BYTES).byteStream());
        } catch (IOException | RuntimeException notJson) {
            // An HTML, empty or cut error page: the status alone describes the failure.
        }
        ServerError server;
        try {
            server = config.errorReader().read(response.code(), body == null || body.isMissingNode() ? null : body);
        } catch (RuntimeException unreadable) {
            server = ServerError.NONE;
        }
        RetryPolicy.Advice advice = retryPolicy.advise(response);
        String detail = advice.reason();
        if (response.isRedirect()) {
            detail = "redirect to " + response.header("Location") + " not followed";
        }
        return new Failure(redact(detail, call.request()), response.code(), requestId,
            redact(server == null ? ServerError.NONE : server, call.request()), null, advice.retry(),
            advice.serverDelay());
    }

    // ---- requests ----------------------------------------------------------------------------

    private Request toHttpRequest(ApiCall<?> call) {
        ApiRequest request = call.request();
        HttpUrl.Builder url = config.baseUrl().newBuilder();
        for (String segment : request.segments()) {
            url.addPathSegment(segment);
        }
        List<String> query = request.query();
        for (int i = 0; i < query.size(); i += 2) {
            url.addQueryParameter(query.get(i), query.get(i + 1));
        }
        Request.Builder builder = new Request.Builder()
            .url(url.build())
            .header("Accept", "application/json")
            .header("User-Agent", SdkVersion.USER_AGENT);
        call.options().headers().forEach(builder::header);
        config.credentials().apply(builder);
        String idempotencyKey = call.options().idempotencyKey();
        if (idempotencyKey != null) {
            builder.header("Idempotency-Key", idempotencyKey);
        } else if (request.mutating()) {
            // One key per logical call, reused by every retry, so the server applies it once.
            builder.header("Idempotency-Key", UUID.randomUUID().toString());
        }
        RequestBody body = null;
        if (request.body() != null) {
            try {
                body = RequestBody.create(mapper.writeValueAsBytes(request.body()), JSON);
            } catch (JsonProcessingException e) {
                throw new IllegalArgumentException("the request body of " + request.operation().name()
                    + " cannot be written as JSON: " + e.getOriginalMessage(), e);
            }
        } else if (!request.method().equals("GET") && !request.method().equals("DELETE")) {
            body = RequestBody.create(new byte[0], JSON);
        }
        return builder.method(request.method(), body).build();
    }

    private String describe(IOException e, ApiRequest request) {
        if (e instanceof InterruptedIOException) {
            return "timed out (" + e.getClass().getSimpleName() + ")";
        }
        String message = e.getMessage() == null ? "" : ": " + e.getMessage();
        return "I/O error " + e.getClass().getSimpleName() + redact(message, request);
    }

    /** The server's account with every secret masked: servers echo what they were sent. */
    private ServerError redact(ServerError server, ApiRequest request) {
        if (server.message() == null && server.code() == null && server.fieldErrors().isEmpty()) {
            return server;
        }
        Map<String, List<String>> fields = new java.util.LinkedHashMap<>();
        server.fieldErrors().forEach((field, messages) -> fields.put(redact(field, request),
            messages.stream().map(m -> redact(m, request)).toList()));
        return new ServerError(redact(server.message(), request), redact(server.code(), request), server.errorCode(),
            fields);
    }

    private String redact(String text, ApiRequest request) {
        String once = Redactor.redact(text, clientSecrets);
        return request.secrets().isEmpty() ? once : Redactor.redact(once, request.secrets());
    }

    private static void logAttempt(Request request, int status, long startNanos, int attempt, String requestId) {
        if (LOG.isDebugEnabled()) {
            LOG.debug("{} {} -> {} in {} ms (attempt {}, request id {})", request.method(),
                request.url().encodedPath(), status, elapsedMillis(startNanos), attempt, requestId);
        }
    }

    private static long elapsedMillis(long startNanos) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);
    }

    /**
     * Releases what the SDK created: for an SDK-built OkHttp client its dispatcher threads and pooled
     * connections, so the JVM can exit; a caller-supplied client is left untouched.
     */
    @Override
    public void close() {
        if (ownsHttp) {
            http.dispatcher().cancelAll();
            http.dispatcher().executorService().shutdown();
            http.connectionPool().evictAll();
        }
    }
}
