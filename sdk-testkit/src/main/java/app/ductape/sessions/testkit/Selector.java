package app.ductape.sessions.testkit;

import java.util.List;
import java.util.Map;

/**
 * A session configuration's selector, {@code $Session{email}} or {@code $Session{details.email}}, as the
 * emulator reads it: written apart from the SDK's own parser on purpose, so that the emulator checks the
 * SDK instead of agreeing with it by construction.
 */
final class Selector {
    private static final String PREFIX = "$Session{";

    private final String text;
    private final List<String> path;

    private Selector(String text, List<String> path) {
        this.text = text;
        this.path = path;
    }

    /** Parses {@code $Session{a.b}}; each name starts with a letter, {@code _} or {@code $}. */
    static Selector parse(String selector) {
        String trimmed = selector == null ? "" : selector.trim();
        if (!trimmed.startsWith(PREFIX) || !trimmed.endsWith("}") || trimmed.length() == PREFIX.length() + 1) {
            throw invalid(selector);
        }
        String inner = trimmed.substring(PREFIX.length(), trimmed.length() - 1);
        List<String> names = List.of(inner.split("\\.", -1));
        for (String name : names) {
            if (!isName(name)) {
                throw invalid(selector);
            }
        }
        return new Selector(trimmed, names);
    }

    private static boolean isName(String name) {
        if (name.isEmpty()) {
            return false;
        }
        char first = name.charAt(0);
        if (!Character.isLetter(first) && first != '_' && first != '$') {
            return false;
        }
        return name.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '_' || c == '$' || c == '-');
    }

    private static IllegalArgumentException invalid(String selector) {
        return new IllegalArgumentException("`selector` must have the form $Session{fieldName} (such as "
            + "$Session{userId}), but was '" + selector + "'");
    }

    /** The dotted path, such as {@code details.email}. */
    String fieldPath() {
        return String.join(".", path);
    }

    /** The value at the path in {@code data}, or {@code null} when the path is missing. */
    Object valueIn(Map<?, ?> data) {
        Object current = data;
        for (String name : path) {
            if (!(current instanceof Map<?, ?> map)) {
                return null;
            }
            current = map.get(name);
        }
        return current;
    }

    /** Whether a value can identify a user: a string, a number or a boolean. */
    static boolean identifies(Object value) {
        return value instanceof String || value instanceof Number || value instanceof Boolean;
    }

    /** Fails unless {@code schema} has a string, number or boolean at the path. */
    void requireIdentifierIn(Map<?, ?> schema) {
        Object value = valueIn(schema);
        if (!identifies(value)) {
            throw new IllegalArgumentException("`schema` must hold a string, number or boolean at '" + fieldPath()
                + "' (the selector " + text + "), but " + (value == null ? "it has nothing there"
                : "it holds " + value.getClass().getSimpleName()));
        }
    }

    @Override
    public String toString() {
        return text;
    }
}
