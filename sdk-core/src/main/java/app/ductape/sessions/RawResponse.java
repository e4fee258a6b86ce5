package app.ductape.sessions;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A parsed result together with the HTTP response it came from, from
 * {@link SessionsService#withRawResponse()}.
 *
 * @param statusCode the HTTP status of the (last) attempt
 * @param headers    response headers by lower-case name (unmodifiable)
 * @param requestId  the server's {@code X-Request-Id}
 * @param value      the parsed result ({@code null} for calls that return nothing)
 * @param attempts   how many attempts the call took
 * @param <T>        the result type
 */
public record RawResponse<T>(int statusCode, Map<String, List<String>> headers, Optional<String> requestId, T value,
                             int attempts) {

    /**
     * A response; the headers are copied.
     *
     * @param statusCode the HTTP status of the (last) attempt
     * @param headers response headers by lower-case name (unmodifiable)
     * @param requestId the server's {@code X-Request-Id}
     * @param value the parsed result ({@code null} for calls that return nothing)
     * @param attempts how many attempts the call took
     */
    public RawResponse {
        headers = Map.copyOf(headers);
    }

    /**
     * The first value of a header.
     *
     * @param name the header's name, in any case
     * @return its first value, if the response had it
     */
    public Optional<String> header(String name) {
        List<String> values = headers.get(name.toLowerCase(java.util.Locale.ROOT));
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }
}
