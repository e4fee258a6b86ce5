package app.ductape.sessions.testkit;

import java.util.List;
import java.util.Map;

/**
 * One HTTP request as the emulator sees it, whatever server carried it.
 *
 * @param segments decoded path segments
 * @param query    decoded query parameters (first value of each name)
 * @param headers  header values by lower-case name
 * @param body     the body, decompressed when it was sent gzipped
 * @param requestId the id the answer carries ({@code X-Request-Id}, and a proxy answer's {@code request_id})
 */
record EmulatorRequest(String method, List<String> segments, Map<String, String> query, Map<String, String> headers,
                       byte[] body, String requestId) {

    String header(String name) {
        return headers.get(name.toLowerCase(java.util.Locale.ROOT));
    }

    String path() {
        return "/" + String.join("/", segments);
    }
}
