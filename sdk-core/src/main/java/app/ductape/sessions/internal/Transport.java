package app.ductape.sessions.internal;

import app.ductape.sessions.SessionError;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.lang.reflect.Type;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;
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
 * envelope decoding straight from the response stream, error mapping and logging. Thread-safe.
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
    private final ConcurrentMap<Type, ObjectReader> readers = new ConcurrentHashMap<>();
    private final List<String> clientSecrets;

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
        // A redirect would carry the credential headers to wherever Location points.
        return builder.followRedirects(false).followSslRedirects(false).build();
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

    /** Sends {@code request} and decodes the envelope's {@code data} as {@code type}. */
    public <T> T execute(ApiRequest request, Class<T> type) {
        return execute(request, mapper.constructType(type));
    }

    /** Sends {@code request} and decodes the envelope's {@code data} as {@code type}. */
    public <T> T execute(ApiRequest request, JavaType type) {
        return send(request, readerFor(type));
    }

    /** Sends {@code request}, requiring only a successful envelope (its {@code data} may be absent). */
    public void executeWithoutResult(ApiRequest request) {
        send(request, null);
    }

    private ObjectReader readerFor(JavaType type) {
        return readers.computeIfAbsent(type, t -> mapper.readerFor(type));
    }

    private <T> T send(ApiRequest request, ObjectReader reader) {
        Request httpRequest = toHttpRequest(request);
        Operation operation = request.operation();
        long startNanos = System.nanoTime();
        try (Response response = http.newCall(httpRequest).execute()) {
            String requestId = response.header("X-Request-Id");
            logResponse(httpRequest, response.code(), startNanos, requestId);
            if (!response.isSuccessful()) {
                throw httpFailure(request, response, requestId);
            }
            return readEnvelope(request, response, reader, requestId);
        } catch (SessionError e) {
            throw e;
        } catch (IOException e) {
            LOG.debug("{} {} failed after {} ms: {}", httpRequest.method(), httpRequest.url().encodedPath(),
                elapsedMillis(startNanos), e.getClass().getSimpleName());
            throw new SessionError(operation.failure(), operation.name(), describe(e, request), null, null, null,
                null, e);
        }
    }

    private Request toHttpRequest(ApiRequest request) {
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
        config.credentials().apply(builder);
        if (request.mutating()) {
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

    private <T> T readEnvelope(ApiRequest request, Response response, ObjectReader reader, String requestId)
        throws IOException {
        Operation operation = request.operation();
        ResponseBody body = response.body();
        Boolean status = null;
        T data = null;
        boolean hasData = false;
        String message = null;
        String code = null;
        try (JsonParser parser = mapper.createParser(body.byteStream())) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw unreadable(request, response.code(), requestId, "the response body is not a JSON object", null);
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                switch (field) {
                    case "status" -> status = value == JsonToken.VALUE_TRUE ? Boolean.TRUE
                        : value == JsonToken.VALUE_FALSE ? Boolean.FALSE : null;
                    case "data" -> {
                        if (value == JsonToken.VALUE_NULL || reader == null || Boolean.FALSE.equals(status)) {
                            parser.skipChildren();
                        } else {
                            data = reader.readValue(parser);
                            hasData = true;
                        }
                    }
                    case "message" -> message = value.isScalarValue() ? parser.getValueAsString() : skip(parser);
                    case "code" -> code = value.isScalarValue() ? parser.getValueAsString() : skip(parser);
                    default -> parser.skipChildren();
                }
            }
            if (parser.currentToken() != JsonToken.END_OBJECT) {
                throw unreadable(request, response.code(), requestId, "the response body ended early", null);
            }
        } catch (JsonProcessingException e) {
            throw unreadable(request, response.code(), requestId, "the response body is not the expected JSON", e);
        } catch (RuntimeException e) {
            if (e instanceof SessionError) {
                throw e;
            }
            throw unreadable(request, response.code(), requestId, "the response body could not be mapped", e);
        }
        if (!Boolean.TRUE.equals(status)) {
            String detail = status == null ? "the response envelope has no \"status\": true" : "the server answered status false";
            throw new SessionError(operation.codeFor(response.code()), operation.name(), detail, response.code(),
                requestId, redact(message, request), code, null);
        }
        if (reader != null && !hasData) {
            throw unreadable(request, response.code(), requestId, "the response envelope has no \"data\"", null);
        }
        return data;
    }

    private static String skip(JsonParser parser) throws IOException {
        parser.skipChildren();
        return null;
    }

    private SessionError unreadable(ApiRequest request, int httpStatus, String requestId, String detail,
                                    Exception cause) {
        Operation operation = request.operation();
        return new SessionError(operation.failure(), operation.name(), detail, httpStatus, requestId, null, null,
            cause);
    }

    private SessionError httpFailure(ApiRequest request, Response response, String requestId) {
        Operation operation = request.operation();
        int httpStatus = response.code();
        String message = null;
        String code = null;
        try {
            JsonNode error = mapper.readTree(response.peekBody(MAX_ERROR_BODY_BYTES).byteStream());
            if (error != null && error.isObject()) {
                message = textOrNull(error.get("message"));
                code = textOrNull(error.get("code"));
            }
        } catch (IOException | RuntimeException notJson) {
            // An HTML or empty error page: the status alone describes the failure.
        }
        String detail = null;
        if (response.isRedirect()) {
            detail = "redirect to " + response.header("Location") + " not followed";
        }
        return new SessionError(operation.codeFor(httpStatus), operation.name(), redact(detail, request), httpStatus,
            requestId, redact(message, request), code, null);
    }

    private static String textOrNull(JsonNode node) {
        return node == null || node.isNull() || node.isContainerNode() ? null : node.asText();
    }

    private String describe(IOException e, ApiRequest request) {
        if (e instanceof InterruptedIOException) {
            return "timed out (" + e.getClass().getSimpleName() + ")";
        }
        String message = e.getMessage() == null ? "" : ": " + e.getMessage();
        return "I/O error " + e.getClass().getSimpleName() + redact(message, request);
    }

    private String redact(String text, ApiRequest request) {
        String once = Redactor.redact(text, clientSecrets);
        return request.secrets().isEmpty() ? once : Redactor.redact(once, request.secrets());
    }

    private static void logResponse(Request request, int status, long startNanos, String requestId) {
        if (LOG.isDebugEnabled()) {
            LOG.debug("{} {} -> {} in {} ms (request id {})", request.method(), request.url().encodedPath(), status,
                elapsedMillis(startNanos), requestId);
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
            http.dispatcher().executorService().shutdown();
            http.connectionPool().evictAll();
        }
    }
}
