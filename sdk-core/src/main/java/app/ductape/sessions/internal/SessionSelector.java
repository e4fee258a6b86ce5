package app.ductape.sessions.internal;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A session configuration's selector, {@code $Session{userId}} or {@code $Session{details.email}}:
 * the path, in the session data, of the value that identifies a user.
 */
public final class SessionSelector {
    private static final Pattern FORM =
        Pattern.compile("\\$Session\\{([A-Za-z_$][\\w$-]*(?:\\.[A-Za-z_$][\\w$-]*)*)}");

    private final String text;
    private final List<String> path;

    private SessionSelector(String text, List<String> path) {
        this.text = text;
        this.path = path;
    }

    /**
     * Parses a selector.
     *
     * @throws IllegalArgumentException naming {@code selector} and the form to use
     */
    public static SessionSelector parse(String selector) {
        Checks.requireNonBlank(selector, "selector");
        Matcher matcher = FORM.matcher(selector.trim());
        if (!matcher.matches()) {
            throw new IllegalArgumentException("`selector` must have the form $Session{fieldName} (for example "
                + "$Session{userId} or $Session{details.email}), but was '" + selector + "'");
        }
        return new SessionSelector(selector.trim(), List.of(matcher.group(1).split("\\.")));
    }

    /** The dotted field path, such as {@code details.email}. */
    public String fieldPath() {
        return String.join(".", path);
    }

    /** The value at this selector's path in {@code data}, or {@code null} when the path is missing. */
    public Object valueIn(Map<?, ?> data) {
        Object current = data;
        for (String key : path) {
            if (!(current instanceof Map<?, ?> map)) {
                return null;
            }
            current = map.get(key);
        }
        return current;
    }

    /** Whether {@code value} can identify a user: a string, number or boolean. */
    public static boolean isPrimitive(Object value) {
        return value instanceof String || value instanceof Number || value instanceof Boolean;
    }

    /**
     * Fails unless {@code schema} holds a primitive at this selector's path.
     *
     * @throws IllegalArgumentException naming {@code schema} and the path
     */
    public void requirePrimitiveIn(Map<?, ?> schema, String field) {
        Object value = valueIn(schema);
        if (!isPrimitive(value)) {
            throw new IllegalArgumentException("`" + field + "` must hold a string, number or boolean at '"
                + fieldPath() + "' (the selector " + text + "), but " + (value == null ? "it has nothing there"
                : "it holds " + value.getClass().getSimpleName()));
        }
    }

    @Override
    public String toString() {
        return text;
    }
}
