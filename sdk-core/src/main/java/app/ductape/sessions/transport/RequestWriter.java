package app.ductape.sessions.transport;

import app.ductape.sessions.internal.SdkVersion;
import app.ductape.sessions.internal.SeededRandom;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;

/**
 * Writes an {@link HttpApiCall} as the HTTP request every attempt sends: URL with each segment
 * encoded as one segment, query, SDK headers, per-call headers, credentials, idempotency key, JSON body
 * (gzipped above the call's {@code compressAbove}), and the call's {@link PathTemplate} as a tag.
 */
final class RequestWriter {
    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

    private final HttpUrl baseUrl;
    private final Auth auth;
    private final ObjectMapper mapper;
    private final String userAgent;
    private final SeededRandom idempotencyKeys = SeededRandom.create();

    RequestWriter(HttpUrl baseUrl, Auth auth, ObjectMapper mapper) {
        this.baseUrl = baseUrl;
        this.auth = auth;
        this.mapper = mapper;
        // read here, when the client is built: its first read is a resource in the jar, which must not happen
        // on the first request's thread (a Netty event loop, in a WebFlux application)
        this.userAgent = SdkVersion.USER_AGENT;
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
            .tag(PathTemplate.class, call.pathTemplate())
            .header("Accept", "application/json")
            .header("User-Agent", userAgent);
        call.headers().forEach(builder::header);
        call.options().headers().forEach(builder::header);
        auth.apply(builder);
        String idempotencyKey = call.options().idempotencyKey();
        if (idempotencyKey != null) {
            builder.header("Idempotency-Key", idempotencyKey);
        } else if (call.mutating()) {
            builder.header("Idempotency-Key", idempotencyKeys.nextUuid().toString());
        }
        return builder.method(call.method(), body(call, builder)).build();
    }

    private static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 4 + 64);
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("gzip into memory cannot fail", e);
        }
        return out.toByteArray();
    }

    private RequestBody body(HttpApiCall<?> call, Request.Builder request) {
        if (call.body() != null) {
            byte[] json;
            try {
                json = mapper.writeValueAsBytes(call.body());
            } catch (JsonProcessingException e) {
                throw new IllegalArgumentException("the request body of " + call.operation()
                    + " cannot be written as JSON: " + e.getOriginalMessage(), e);
            }
            if (json.length > call.compressAbove()) {
                request.header("Content-Encoding", "gzip");
                return RequestBody.create(gzip(json), JSON);
            }
            return RequestBody.create(json, JSON);
        }
        boolean needsBody = !call.method().equals("GET") && !call.method().equals("DELETE");
        return needsBody ? RequestBody.create(new byte[0], JSON) : null;
    }
}
