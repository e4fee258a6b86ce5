package app.ductape.sessions.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * What one SDK call sends: method, path segments (each encoded as exactly one segment), query
 * parameters in order, an optional JSON body, and the secrets that body carries (masked in logs
 * and messages). Built by the public clients, executed by {@link Transport}.
 */
public final class ApiRequest {
    private final Operation operation;
    private final String method;
    private final List<String> segments;
    private final List<String> query = new ArrayList<>();
    private final List<String> secrets = new ArrayList<>();
    private Object body;
    private boolean mutating;

    private ApiRequest(Operation operation, String method, String... segments) {
        this.operation = operation;
        this.method = method;
        this.segments = List.of(segments);
        this.mutating = !method.equals("GET");
    }

    public static ApiRequest get(Operation operation, String... segments) {
        return new ApiRequest(operation, "GET", segments);
    }

    public static ApiRequest post(Operation operation, String... segments) {
        return new ApiRequest(operation, "POST", segments);
    }

    public static ApiRequest patch(Operation operation, String... segments) {
        return new ApiRequest(operation, "PATCH", segments);
    }

    public static ApiRequest delete(Operation operation, String... segments) {
        return new ApiRequest(operation, "DELETE", segments);
    }

    /** Adds a query parameter; a {@code null} value (an unset option) is omitted. */
    public ApiRequest query(String name, Object value) {
        if (value != null) {
            query.add(name);
            query.add(value.toString());
        }
        return this;
    }

    /** Sets the JSON body: any value Jackson can serialize. */
    public ApiRequest body(Object body) {
        this.body = body;
        return this;
    }

    /** Marks a POST that changes nothing on the server (verify): it needs no idempotency key. */
    public ApiRequest readOnly() {
        this.mutating = false;
        return this;
    }

    /** Declares a value in this request that must be masked wherever it could be echoed. */
    public ApiRequest secret(String secret) {
        if (secret != null) {
            secrets.add(secret);
        }
        return this;
    }

    public Operation operation() {
        return operation;
    }

    public String method() {
        return method;
    }

    public List<String> segments() {
        return segments;
    }

    /** Query parameters as alternating names and values. */
    public List<String> query() {
        return query;
    }

    public Object body() {
        return body;
    }

    public List<String> secrets() {
        return secrets;
    }

    /** Whether the call changes server state: such calls carry an {@code Idempotency-Key}. */
    public boolean mutating() {
        return mutating;
    }
}
