package app.ductape.sessions.internal;

import app.ductape.sessions.RequestOptions;
import app.ductape.sessions.transport.BodyDecoder;
import com.fasterxml.jackson.databind.JavaType;
import java.util.function.Function;

/**
 * One SDK call ready to run: what to send, how to read a successful body, how to finish the decoded
 * value, and the per-call options. A Ductape call names the type of its envelope's {@code data}
 * ({@code null}: no data expected) and the transport reads the envelope; a call of another API
 * brings its own {@link BodyDecoder}.
 *
 * @param <T> the result type
 */
public record ApiCall<T>(ApiRequest request, JavaType type, BodyDecoder<?> decoder, Function<Object, T> finish,
                         RequestOptions options) {

    /** A Ductape call whose decoded {@code data} is the result as is. */
    @SuppressWarnings("unchecked")
    public static <T> ApiCall<T> of(ApiRequest request, JavaType type, RequestOptions options) {
        return new ApiCall<>(request, type, null, value -> (T) value, orNone(options));
    }

    /** A Ductape call whose decoded {@code data} {@code finish} turns into the result. */
    @SuppressWarnings("unchecked")
    public static <D, T> ApiCall<T> of(ApiRequest request, JavaType type, Function<D, T> finish,
                                       RequestOptions options) {
        return new ApiCall<>(request, type, null, value -> finish.apply((D) value), orNone(options));
    }

    /** A call whose successful body {@code decoder} reads into the result. */
    @SuppressWarnings("unchecked")
    public static <T> ApiCall<T> decoding(ApiRequest request, BodyDecoder<T> decoder, RequestOptions options) {
        return new ApiCall<>(request, null, decoder, value -> (T) value, orNone(options));
    }

    private static RequestOptions orNone(RequestOptions options) {
        return options == null ? RequestOptions.none() : options;
    }

    public Operation operation() {
        return request.operation();
    }
}
