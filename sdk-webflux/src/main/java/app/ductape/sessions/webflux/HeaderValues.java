package app.ductape.sessions.webflux;

import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpHeaders;

/**
 * Every value of one request header, the same way on Spring Framework 6 and 7: {@code HttpHeaders.get} and
 * {@code getOrEmpty} take an {@code Object} in 6 and a {@code String} in 7, so a call compiled against one
 * fails with {@code NoSuchMethodError} on the other; {@code forEach} is the same method in both.
 */
public final class HeaderValues {
    private HeaderValues() {}

    /**
     * The values of header {@code name} (case-insensitive), in the order received.
     *
     * @param headers the request's headers
     * @param name    the header's name
     * @return its values, empty when it is absent; unmodifiable
     */
    public static List<String> of(HttpHeaders headers, String name) {
        List<String> values = new ArrayList<>(1);
        headers.forEach((header, those) -> {
            if (header.equalsIgnoreCase(name)) {
                values.addAll(those);
            }
        });
        return List.copyOf(values);
    }
}
