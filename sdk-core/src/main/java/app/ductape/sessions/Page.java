package app.ductape.sessions;

import java.util.List;

/**
 * One page of an auto-paged listing ({@link PagedIterable#pages()}).
 *
 * @param items      the page's items, unmodifiable
 * @param page       the page number, from 1
 * @param limit      the page size asked for
 * @param total      the total the server reported with this page
 * @param totalPages the page count the server reported with this page
 * @param <T>        the item type
 */
public record Page<T>(List<T> items, int page, int limit, long total, int totalPages) {
    public Page {
        items = List.copyOf(items);
    }
}
