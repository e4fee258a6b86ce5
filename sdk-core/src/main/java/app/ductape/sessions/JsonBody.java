package app.ductape.sessions;

import java.util.LinkedHashMap;
import java.util.Map;

/** Request bodies as ordered maps that leave unset (null) fields out. */
final class JsonBody {
    private JsonBody() {}

    /** A body from alternating names and values; null values are omitted. */
    static Map<String, Object> of(Object... namesAndValues) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] != null) {
                body.put((String) namesAndValues[i], namesAndValues[i + 1]);
            }
        }
        return body;
    }
}
