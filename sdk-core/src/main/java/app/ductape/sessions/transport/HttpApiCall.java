package app.ductape.sessions.transport;

import app.ductape.sessions.RequestOptions;
import app.ductape.sessions.SessionErrorCode;
import app.ductape.sessions.internal.ApiCall;
import app.ductape.sessions.internal.ApiRequest;
import app.ductape.sessions.internal.Checks;
import app.ductape.sessions.internal.Operation;

/**
 * One call of an {@link HttpApiClient}: the operation it performs (its name in logs and messages, and
 * the {@link SessionErrorCode} its failures carry), the request, and how the body is decoded.
 * Immutable; build it with {@link #get} or {@link #post}, then {@link Builder#build(BodyDecoder)}.
 *
 * <pre>{@code
 * HttpApiCall<List<LogRecord>> call = HttpApiCall.get("fetchSessionLog", SessionErrorCode.FETCH_SESSION_LOG_FAILED,
 *         "node", "api", "users", "session", "log")
 *     .query("limit", 100)
 *     .build(BodyDecoder.json(new TypeReference<List<LogRecord>>() {}));
 * }</pre>
 *
 * @param <T> the decoded result
 */
public final class HttpApiCall<T> {
    private final ApiCall<T> call;

    private HttpApiCall(ApiCall<T> call) {
        this.call = call;
    }

    /**
     * A GET of the path made of {@code segments} under the client's base URL; each segment is encoded
     * as exactly one path segment ({@code /} inside a value cannot change the path).
     *
     * @param operation the method name for logs and messages, such as {@code fetchSessionLog}
     * @param failure   the code every failure of this call carries
     */
    public static Builder get(String operation, SessionErrorCode failure, String... segments) {
        return new Builder(operation, failure, "GET", segments);
    }

    /** A POST with a JSON body (see {@link Builder#body}); it carries an {@code Idempotency-Key}. */
    public static Builder post(String operation, SessionErrorCode failure, String... segments) {
        return new Builder(operation, failure, "POST", segments);
    }

    ApiCall<T> toApiCall() {
        return call;
    }

    @Override
    public String toString() {
        return "HttpApiCall[" + call.operation().name() + " " + call.request().method() + " /"
            + String.join("/", call.request().segments()) + "]";
    }

    /** Builds an {@link HttpApiCall}; not thread-safe. */
    public static final class Builder {
        private final String operation;
        private final SessionErrorCode failure;
        private final String method;
        private final String[] segments;
        private final java.util.List<Object[]> query = new java.util.ArrayList<>();
        private final java.util.List<String> secrets = new java.util.ArrayList<>();
        private SessionErrorCode notFound;
        private Object body;
        private RequestOptions options = RequestOptions.none();

        private Builder(String operation, SessionErrorCode failure, String method, String... segments) {
            this.operation = Checks.requireNonBlank(operation, "operation");
            this.failure = Checks.requireNonNull(failure, "failure");
            this.method = method;
            Checks.requireNonNull(segments, "segments");
            for (int i = 0; i < segments.length; i++) {
                Checks.requirePathSegment(segments[i], "segments[" + i + "]");
            }
            this.segments = segments.clone();
        }

        /** Adds a query parameter, in order; a {@code null} value (an unset option) is left out. */
        public Builder query(String name, Object value) {
            Checks.requireNonBlank(name, "query parameter name");
            query.add(new Object[] {name, value});
            return this;
        }

        /** The JSON body: any value Jackson can write (a record, a {@code Map}). */
        public Builder body(Object body) {
            this.body = body;
            return this;
        }

        /** The code a 404 answer carries instead of the call's (such as {@code SESSION_NOT_FOUND}). */
        public Builder notFound(SessionErrorCode notFound) {
            this.notFound = notFound;
            return this;
        }

        /** A value of this request to mask wherever it could be echoed (a token in the body). */
        public Builder secret(String secret) {
            secrets.add(secret);
            return this;
        }

        /** Per-call timeout, retries, headers and idempotency key. */
        public Builder options(RequestOptions options) {
            this.options = Checks.requireNonNull(options, "options");
            return this;
        }

        /** The call, whose successful body {@code decoder} reads. */
        public <T> HttpApiCall<T> build(BodyDecoder<T> decoder) {
            Checks.requireNonNull(decoder, "decoder");
            Operation op = new Operation(operation, failure, notFound);
            ApiRequest request = method.equals("GET") ? ApiRequest.get(op, segments) : ApiRequest.post(op, segments);
            for (Object[] parameter : query) {
                request.query((String) parameter[0], parameter[1]);
            }
            request.body(body);
            secrets.forEach(request::secret);
            return new HttpApiCall<>(ApiCall.decoding(request, decoder, options));
        }
    }
}
