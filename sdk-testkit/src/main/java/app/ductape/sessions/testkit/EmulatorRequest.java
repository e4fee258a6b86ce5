package app.ductape.sessions.testkit;

import java.util.List;
import java.util.Map;

/**
 * One HTTP request as the emulator sees it, whatever server carried it.
 *
 * @param segments decoded path segments
 * @param query    decoded query parameters (first value of each name)
 * @param headers  header values by lower-case name
 */
record EmulatorRequest(String method, List<String> segments, Map<String, String> query, Map<String, String> headers,
                       byte[] body) {

    String header(String name) {
        return headers.get(name.toLowerCase(java.util.Locale.ROOT));
    }

    String path() {
        return "/" + String.join("/", segments);
    }
}
