package app.ductape.sessions.transport;

import app.ductape.sessions.ErrorCode;
import app.ductape.sessions.RequestOptions;
import app.ductape.sessions.internal.Checks;
import java.util.ArrayList;
import java.util.List;
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
    private final BodyDecoder<T> decoder;

    /** What is sent, fixed at {@link Builder#build}. */
    private record Request(String operation, ErrorCode failure, ErrorCode notFound, String method,
                           List<String> segments, List<String> query, Object body, List<String> secrets,
                           boolean mutating) {}

    private HttpApiCall(Request request, RequestOptions options, BodyDecoder<T> decoder) {
        this.request = request;
        this.options = options;
        this.decoder = decoder;
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
        BodyDecoder<T> decode = decoder;
        return new HttpApiCall<>(request, options, parser -> finish.apply(decode.decode(parser)));
    }

    /**
     * This call with other per-call settings.
     *
     * @param options the timeout, retries, headers and idempotency key
     * @return the same call with {@code options}
     */
    public HttpApiCall<T> withOptions(RequestOptions options) {
        return new HttpApiCall<>(request, Checks.requireNonNull(options, "requestOptions"), decoder);
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

    BodyDecoder<T> decoder() {
        return decoder;
    }

    @Override
    public String toString() {
        return "HttpApiCall[" + request.operation() + " " + request.method() + " /" + String.join("/", request.segments())
            + "]";
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
        public <T> HttpApiCall<T> build(BodyDecoder<T> decoder) {
            return new HttpApiCall<>(new Request(operation, failure, notFound, method, segments, List.copyOf(query), body,
                List.copyOf(secrets), mutating), options, Checks.requireNonNull(decoder, "decoder"));
        }
    }
}
