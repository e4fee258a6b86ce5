package app.ductape.sessions.internal;

import app.ductape.sessions.RequestOptions;
import com.fasterxml.jackson.databind.JavaType;
import java.util.function.Function;

/**
 * One SDK call ready to run: what to send, how to read the envelope's {@code data} ({@code null}
 * type: no data expected), how to finish the decoded value, and the per-call options.
 *
 * @param <T> the result type
 */
public record ApiCall<T>(ApiRequest request, JavaType type, Function<Object, T> finish, RequestOptions options) {

    /** A call whose decoded {@code data} is the result as is. */
    @SuppressWarnings("unchecked")
    public static <T> ApiCall<T> of(ApiRequest request, JavaType type, RequestOptions options) {
        return new ApiCall<>(request, type, value -> (T) value, options == null ? RequestOptions.none() : options);
    }

    /** A call whose decoded value {@code finish} turns into the result. */
    @SuppressWarnings("unchecked")
    public static <D, T> ApiCall<T> of(ApiRequest request, JavaType type, Function<D, T> finish,
                                       RequestOptions options) {
        return new ApiCall<>(request, type, value -> finish.apply((D) value),
            options == null ? RequestOptions.none() : options);
    }

    public Operation operation() {
        return request.operation();
    }
}
