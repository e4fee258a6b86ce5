package app.ductape.sessions.transport;

import app.ductape.sessions.internal.SdkVersion;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.UUID;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;

/**
 * Writes an {@link HttpApiCall} as the HTTP request every attempt sends: URL with each segment
 * encoded as one segment, query, SDK headers, per-call headers, credentials, idempotency key, JSON body.
 */
final class RequestWriter {
    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

    private final HttpUrl baseUrl;
    private final Auth auth;
    private final ObjectMapper mapper;

    RequestWriter(HttpUrl baseUrl, Auth auth, ObjectMapper mapper) {
        this.baseUrl = baseUrl;
        this.auth = auth;
        this.mapper = mapper;
    }

    /**
     * The request of {@code call}, written once per logical call so every retry sends the same bytes and
     * the same {@code Idempotency-Key}.
     *
     * @throws IllegalArgumentException when the body cannot be written as JSON
     */
    Request write(HttpApiCall<?> call) {
        HttpUrl.Builder url = baseUrl.newBuilder();
        for (String segment : call.segments()) {
            url.addPathSegment(segment);
        }
        List<String> query = call.query();
        for (int i = 0; i < query.size(); i += 2) {
            url.addQueryParameter(query.get(i), query.get(i + 1));
        }
        Request.Builder builder = new Request.Builder()
            .url(url.build())
            .header("Accept", "application/json")
            .header("User-Agent", SdkVersion.USER_AGENT);
        call.options().headers().forEach(builder::header);
        auth.apply(builder);
        String idempotencyKey = call.options().idempotencyKey();
        if (idempotencyKey != null) {
            builder.header("Idempotency-Key", idempotencyKey);
        } else if (call.mutating()) {
            builder.header("Idempotency-Key", UUID.randomUUID().toString());
        }
        return builder.method(call.method(), body(call)).build();
    }

    private RequestBody body(HttpApiCall<?> call) {
        if (call.body() != null) {
            try {
                return RequestBody.create(mapper.writeValueAsBytes(call.body()), JSON);
            } catch (JsonProcessingException e) {
                throw new IllegalArgumentException("the request body of " + call.operation()
                    + " cannot be written as JSON: " + e.getOriginalMessage(), e);
            }
        }
        boolean needsBody = !call.method().equals("GET") && !call.method().equals("DELETE");
        return needsBody ? RequestBody.create(new byte[0], JSON) : null;
    }
}
