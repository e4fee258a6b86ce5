package app.ductape.sessions.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Collection hygiene for models: never null, unmodifiable all the way down, no null list entries. */
final class Lists {
    private Lists() {}

    static <T> List<T> copyOf(List<T> list) {
        if (list == null || list.isEmpty()) {
            return List.of();
        }
        List<T> copy = new ArrayList<>(list.size());
        for (T item : list) {
            if (item != null) {
                copy.add(item);
            }
        }
        return Collections.unmodifiableList(copy);
    }

    /** An unmodifiable deep copy of a JSON-like map (nested maps and lists copied too); null gives an empty map. */
    static Map<String, Object> deepCopy(Map<String, ?> map) {
        if (map == null || map.isEmpty()) {
            return Map.of();
        }
        Map<String, Object> copy = new LinkedHashMap<>();
        map.forEach((key, value) -> copy.put(key, deepCopyValue(value)));
        return Collections.unmodifiableMap(copy);
    }

    @SuppressWarnings("unchecked")
    private static Object deepCopyValue(Object value) {
        if (value instanceof Map<?, ?> map) {
            return deepCopy((Map<String, ?>) map);
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>(list.size());
            list.forEach(item -> copy.add(deepCopyValue(item)));
            return Collections.unmodifiableList(copy);
        }
        return value;
    }
}
