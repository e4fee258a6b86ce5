package app.ductape.sessions.transport;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A {@link Listing} read without blocking: each page is fetched on the async API after the one before
 * has been handed over, by the same rules (stop after a page with no next cursor, an empty page, or a
 * repeated cursor; the call's request options on every page). Nothing is fetched before
 * {@link #forEach} or {@link #forEachPage} is called; each call reads the listing afresh.
 *
 * @param <T> the item type
 */
public final class AsyncListing<T> {
    private final Function<Consumer<List<T>>, CompletableFuture<Void>> reader;

    private AsyncListing(Function<Consumer<List<T>>, CompletableFuture<Void>> reader) {
        this.reader = reader;
    }

    /**
     * A listing whose page at a cursor {@code fetch} reads asynchronously, starting at {@code first}.
     *
     * @param first the cursor of the first page ({@code null} is allowed: the first page has none)
     * @param fetch reads the page at a cursor
     * @param <T>   the item type
     * @param <C>   the cursor type
     * @return the listing
     */
    public static <T, C> AsyncListing<T> of(C first, Function<C, CompletableFuture<Listing.Page<T, C>>> fetch) {
        Objects.requireNonNull(fetch, "fetch");
        return new AsyncListing<>(action -> read(first, fetch, action));
    }

    private static <T, C> CompletableFuture<Void> read(C cursor, Function<C, CompletableFuture<Listing.Page<T, C>>> fetch,
                                                       Consumer<List<T>> action) {
        return fetch.apply(cursor).thenCompose(page -> {
            action.accept(page.items());
            return page.continuesFrom(cursor) ? read(page.next(), fetch, action)
                : CompletableFuture.completedFuture(null);
        });
    }

    /**
     * Calls {@code action} on every item, in order, fetching pages one after another.
     *
     * @param action what to do with each item
     * @return a future completing when every item was handed over, or failing with the first
     *         {@link app.ductape.sessions.SessionError} (or what {@code action} threw)
     */
    public CompletableFuture<Void> forEach(Consumer<? super T> action) {
        Objects.requireNonNull(action, "action");
        return reader.apply(items -> items.forEach(action));
    }

    /**
     * Calls {@code action} on every page's items, in order.
     *
     * @param action what to do with each page
     * @return a future completing after the last page, or failing with the first error
     */
    public CompletableFuture<Void> forEachPage(Consumer<? super List<T>> action) {
        Objects.requireNonNull(action, "action");
        return reader.apply(action::accept);
    }
}
