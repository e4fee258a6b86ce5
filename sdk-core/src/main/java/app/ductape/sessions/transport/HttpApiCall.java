package app.ductape.sessions.transport;

import app.ductape.sessions.ErrorCode;
import app.ductape.sessions.RequestOptions;
import app.ductape.sessions.internal.Checks;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * One call of an {@link HttpApiClient}: the operation it performs (its name in logs and messages, and
 * the {@link ErrorCode} its failures carry), the request, and how a successful body is decoded.
 * Immutable; build it with {@link #get}, {@link #post}, {@link #patch} or {@link #delete}, then
 * {@link Builder#build(BodyDecoder)}.
 *
 * <pre>{@code
 * HttpApiCall<List<LogRecord>> call = HttpApiCall.get("fetchSessionLog", MyErrorCode.FETCH_LOG_FAILED,
 *         "node", "api", "users", "session", "log")
 *     .query("limit", 100)
 *     .build(BodyDecoder.json(new TypeReference<List<LogRecord>>() {}));
 * }</pre>
 *
 * @param <T> the decoded result
 */
public final class HttpApiCall<T> {
    private final Request request;
    private final RequestOptions options;
    private final BodyDecoder<?> decoder;
    private final Function<Object, ? extends T> finish;
    private final Function<Object, String> requestIdOf;

    /** What is sent, fixed at {@link Builder#build}. */
    private record Request(String operation, ErrorCode failure, ErrorCode notFound, String method,
                           List<String> segments, PathTemplate template, List<String> query, Object body,
                           List<String> secrets, boolean mutating, long compressAbove, Map<String, String> headers,
                           Map<String, String> attributes) {}

    @SuppressWarnings("unchecked")
    private HttpApiCall(Request request, RequestOptions options, BodyDecoder<?> decoder,
                        Function<Object, ? extends T> finish, Function<Object, String> requestIdOf) {
        this.request = request;
        this.options = options;
        this.decoder = decoder;
        this.finish = finish;
        this.requestIdOf = requestIdOf;
    }

    /**
     * A GET of the path made of {@code segments} under the client's base URL; each segment is encoded
     * as exactly one path segment ({@code /} inside a value cannot change the path).
     *
     * @param operation the method name for logs and messages, such as {@code fetchSessionLog}
     * @param failure   the code every failure of this call carries
     * @param segments  the path segments, none blank, {@code .} or {@code ..}
     * @return a builder of the call
     */
    public static Builder get(String operation, ErrorCode failure, String... segments) {
        return new Builder(operation, failure, "GET", segments);
    }

    /**
     * A POST with a JSON body (see {@link Builder#body}); it carries an {@code Idempotency-Key} unless
     * {@linkplain Builder#readOnly() read-only}.
     *
     * @param operation the method name for logs and messages
     * @param failure   the code every failure of this call carries
     * @param segments  the path segments
     * @return a builder of the call
     */
    public static Builder post(String operation, ErrorCode failure, String... segments) {
        return new Builder(operation, failure, "POST", segments);
    }

    /**
     * A PATCH with a JSON body; it carries an {@code Idempotency-Key}.
     *
     * @param operation the method name for logs and messages
     * @param failure   the code every failure of this call carries
     * @param segments  the path segments
     * @return a builder of the call
     */
    public static Builder patch(String operation, ErrorCode failure, String... segments) {
        return new Builder(operation, failure, "PATCH", segments);
    }

    /**
     * A DELETE; it carries an {@code Idempotency-Key}.
     *
     * @param operation the method name for logs and messages
     * @param failure   the code every failure of this call carries
     * @param segments  the path segments
     * @return a builder of the call
     */
    public static Builder delete(String operation, ErrorCode failure, String... segments) {
        return new Builder(operation, failure, "DELETE", segments);
    }

    /**
     * This call with its decoded value passed through {@code finish}, which runs once, on the successful
     * attempt; a {@link RuntimeException} it throws fails the call as an unmappable body.
     *
     * @param finish what turns the decoded value into the result
     * @param <R>    the result type
     * @return the mapped call
     */
    public <R> HttpApiCall<R> map(Function<? super T, ? extends R> finish) {
        Checks.requireNonNull(finish, "finish");
        Function<Object, ? extends T> before = this.finish;
        return new HttpApiCall<>(request, options, decoder, raw -> finish.apply(before.apply(raw)), requestIdOf);
    }

    /**
     * This call with the request id of a successful answer read from its decoded body, for an API that
     * puts the id there rather than in an {@code X-Request-Id} header (the header wins when both are sent).
     * Call it before any {@link #map}: it reads the value the decoder made.
     *
     * @param requestId what reads the id from the decoded body; it may return {@code null}
     * @return the call, reporting that id in {@code RawResponse.requestId()} and to listeners
     * @throws IllegalStateException when the call was already mapped
     */
    @SuppressWarnings("unchecked")
    public HttpApiCall<T> withRequestIdFrom(Function<? super T, String> requestId) {
        Checks.requireNonNull(requestId, "requestId");
        if (finish != IDENTITY) {
            throw new IllegalStateException("withRequestIdFrom reads the decoded body: call it before map(...)");
        }
        return new HttpApiCall<>(request, options, decoder, finish, raw -> requestId.apply((T) raw));
    }

    private static final Function<Object, Object> IDENTITY = raw -> raw;

    /**
     * This call with other per-call settings.
     *
     * @param options the timeout, retries, headers and idempotency key
     * @return the same call with {@code options}
     */
    public HttpApiCall<T> withOptions(RequestOptions options) {
        return new HttpApiCall<>(request, Checks.requireNonNull(options, "requestOptions"), decoder, finish,
            requestIdOf);
    }

    /** What the call names for a {@link CallTracer}. */
    Map<String, String> attributes() {
        return request.attributes();
    }

    /**
     * The path this call is made on, as a template: the same segments, with the ones that hold values
     * (an id, an identifier) named instead ({@code /integrations/v1/session/users/{workspace_id}}). For
     * metric tags and traces, where a value must never appear.
     *
     * @return the template
     */
    public PathTemplate pathTemplate() {
        return request.template();
    }

    String operation() {
        return request.operation();
    }

    /** The code of a failure that came with {@code httpStatus} ({@code null}: no response). */
    ErrorCode codeFor(Integer httpStatus) {
        boolean notFound = request.notFound() != null && httpStatus != null && httpStatus == 404;
        return notFound ? request.notFound() : request.failure();
    }

    ErrorCode failure() {
        return request.failure();
    }

    String method() {
        return request.method();
    }

    List<String> segments() {
        return request.segments();
    }

    /** Query parameters as alternating names and values, unset ones left out. */
    List<String> query() {
        return request.query();
    }

    Object body() {
        return request.body();
    }

    List<String> secrets() {
        return request.secrets();
    }

    boolean mutating() {
        return request.mutating();
    }

    RequestOptions options() {
        return options;
    }

    BodyDecoder<?> decoder() {
        return decoder;
    }

    /** The result of a body the decoder read. */
    T finish(Object decoded) {
        return finish.apply(decoded);
    }

    /** The request id a decoded body carries, or {@code null}. */
    String requestIdOf(Object decoded) {
        return requestIdOf == null ? null : requestIdOf.apply(decoded);
    }

    /** The call's own headers. */
    Map<String, String> headers() {
        return request.headers();
    }

    /** Bodies larger than this many bytes are sent gzipped; {@code Long.MAX_VALUE}: never. */
    long compressAbove() {
        return request.compressAbove();
    }

    @Override
    public String toString() {
        return "HttpApiCall[" + request.operation() + " " + request.method() + " " + request.template() + "]";
    }

    /** Builds an {@link HttpApiCall}; not thread-safe. */
    public static final class Builder {
        private final String operation;
        private final ErrorCode failure;
        private final String method;
        private final List<String> segments;
        private final List<String> query = new ArrayList<>();
        private final List<String> secrets = new ArrayList<>();
        private ErrorCode notFound;
        private Object body;
        private boolean mutating;
        private String template;
        private long compressAbove = Long.MAX_VALUE;
        private final Map<String, String> headers = new LinkedHashMap<>();
        private final Map<String, String> attributes = new LinkedHashMap<>();
        private RequestOptions options = RequestOptions.none();

        private Builder(String operation, ErrorCode failure, String method, String... segments) {
            this.operation = Checks.requireNonBlank(operation, "operation");
            this.failure = Checks.requireNonNull(failure, "failure");
            this.method = method;
            this.mutating = !method.equals("GET");
            Checks.requireNonNull(segments, "segments");
            for (int i = 0; i < segments.length; i++) {
                Checks.requirePathSegment(segments[i], "segments[" + i + "]");
            }
            this.segments = List.of(segments);
        }

        /**
         * Adds a query parameter, in order.
         *
         * @param name  the parameter name
         * @param value its value ({@code toString()} is sent); {@code null} (an unset option) is left out
         * @return this builder
         */
        public Builder query(String name, Object value) {
            Checks.requireNonBlank(name, "query parameter name");
            if (value != null) {
                query.add(name);
                query.add(value.toString());
            }
            return this;
        }

        /**
         * The JSON body.
         *
         * @param body any value Jackson can write (a record, a {@code Map})
         * @return this builder
         */
        public Builder body(Object body) {
            this.body = body;
            return this;
        }

        /**
         * Something the call names that a {@link CallTracer} may record, such as the session tag; never a
         * secret, an identifier or a key.
         *
         * @param name  the attribute's name, such as {@code ductape.session_tag}
         * @param value its value; {@code null} (not named) is left out
         * @return this builder
         */
        public Builder attribute(String name, String value) {
            Checks.requireNonBlank(name, "attribute name");
            if (value != null) {
                attributes.put(name, value);
            }
            return this;
        }

        /**
         * The code a 404 answer carries instead of the call's (such as {@code SESSION_NOT_FOUND}).
         *
         * @param notFound the code, or {@code null} to keep the call's
         * @return this builder
         */
        public Builder notFound(ErrorCode notFound) {
            this.notFound = notFound;
            return this;
        }

        /**
         * A value of this request to mask wherever it could be echoed (a token in the body).
         *
         * @param secret the value; {@code null} is ignored
         * @return this builder
         */
        public Builder secret(String secret) {
            if (secret != null) {
                secrets.add(secret);
            }
            return this;
        }

        /**
         * Names the segments of the path that hold values, so that the call's {@link #pathTemplate()}
         * never shows them: {@code "/v1/users/{user_id}/logs"} for the segments {@code v1, users, 42, logs}.
         * Every other segment must be the path's own. Default: the path as it is.
         *
         * @param template the path with its value segments as {@code {name}}
         * @return this builder
         * @throws IllegalArgumentException (at {@link #build}) when it does not fit the segments
         */
        public Builder template(String template) {
            this.template = Checks.requireNonBlank(template, "template");
            return this;
        }

        /**
         * A header of this call (applied before the per-call {@code RequestOptions} headers, which the
         * client's credentials override in turn). Its value is masked wherever it could be echoed.
         *
         * @param name  the header name
         * @param value its value
         * @return this builder
         */
        public Builder header(String name, String value) {
            headers.put(Checks.requireNonBlank(name, "header name"), Checks.requireNonBlank(value, name));
            secrets.add(value);
            return this;
        }

        /**
         * Sends the body gzipped, with {@code Content-Encoding: gzip}, when it is larger than this, for an
         * API behind a gateway that limits body sizes (default: never).
         *
         * @param bytes the largest body sent as it is, at least 0
         * @return this builder
         */
        public Builder compressAbove(long bytes) {
            this.compressAbove = Checks.atLeast(bytes, 0, "compressAbove");
            return this;
        }

        /**
         * Marks a POST that changes nothing on the server (such as verifying a token): it carries no
         * {@code Idempotency-Key}.
         *
         * @return this builder
         */
        public Builder readOnly() {
            this.mutating = false;
            return this;
        }

        /**
         * Per-call timeout, retries, headers and idempotency key.
         *
         * @param options the settings
         * @return this builder
         */
        public Builder options(RequestOptions options) {
            this.options = Checks.requireNonNull(options, "requestOptions");
            return this;
        }

        /**
         * The call, whose successful body {@code decoder} reads.
         *
         * @param decoder how a 2xx body is read
         * @param <T>     the decoded type
         * @return the call
         */
        @SuppressWarnings("unchecked")
        public <T> HttpApiCall<T> build(BodyDecoder<T> decoder) {
            PathTemplate path = template == null ? PathTemplate.literal(segments) : PathTemplate.of(template, segments);
            return new HttpApiCall<>(new Request(operation, failure, notFound, method, segments, path,
                List.copyOf(query), body, List.copyOf(secrets), mutating, compressAbove, Map.copyOf(headers),
                Map.copyOf(attributes)), options,
                Checks.requireNonNull(decoder, "decoder"), (Function<Object, ? extends T>) (Function<?, ?>) IDENTITY, null);
        }
    }
}
