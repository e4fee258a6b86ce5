package app.ductape.sessions.spring;

import java.util.Set;

/**
 * A request path of the Ductape Sessions API as its template, for the {@code uri} tag of the OkHttp
 * client metrics: the product, session tag, user identifier and user id become {@code {product}},
 * {@code {tag}}, {@code {identifier}} and {@code {userId}}, so that no value a caller chose (and no
 * user's e-mail address) becomes a tag value. Tokens never travel in paths.
 */
final class DuctapePathTemplates {
    /** The segments after which a caller's value follows. */
    private static final Set<String> BEFORE_VALUE = Set.of("products", "sessions", "session-configs", "users",
        "session-users");

    private DuctapePathTemplates() {}

    static String template(String encodedPath) {
        String[] segments = encodedPath.split("/", -1);
        int start = indexOf(segments, "v1");
        if (start < 0) {
            return "/{path}";
        }
        StringBuilder template = new StringBuilder();
        String collection = null;
        for (int i = start; i < segments.length; i++) {
            if (collection != null) {
                template.append('/').append(placeholder(collection));
                collection = null;
            } else {
                template.append('/').append(segments[i]);
                // a caller's value (a tag named "users") is never read as the name of a collection
                collection = BEFORE_VALUE.contains(segments[i]) ? segments[i] : null;
            }
        }
        return template.toString();
    }

    private static String placeholder(String collection) {
        return switch (collection) {
            case "products" -> "{product}";
            case "sessions", "session-configs" -> "{tag}";
            case "users" -> "{identifier}";
            default -> "{userId}";
        };
    }

    private static int indexOf(String[] segments, String wanted) {
        for (int i = 0; i < segments.length; i++) {
            if (segments[i].equals(wanted)) {
                return i;
            }
        }
        return -1;
    }
}
