package app.ductape.sessions.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Collection hygiene for models: lists are never null, unmodifiable, and hold no null entries. */
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
}
