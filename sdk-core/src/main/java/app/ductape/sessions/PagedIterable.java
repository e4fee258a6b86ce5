package app.ductape.sessions;

import app.ductape.sessions.internal.Iterators;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Every item of a paged listing, fetched lazily one page at a time with the original options (and
 * request options) as you iterate: {@code for (SessionActivityLog log : sessions.activityLogs(options))},
 * {@link #stream()}, or page by page with {@link #pages()}. Only one page is held in memory.
 *
 * <p>Iteration starts at the options' page and stops after a page that is empty or shorter than the
 * limit, or at the last page the server reports. It never goes past the page count reported by the
 * first page, so a listing that grows while you read it still ends. Each iteration fetches afresh;
 * a fetch that fails throws its {@link SessionError} from {@code hasNext()}/{@code next()}.
 *
 * <p>Asynchronously, {@link #forEachAsync(Consumer)} fetches the pages one after another on the
 * async API, without blocking a thread.
 *
 * @param <T> the item type
 */
public final class PagedIterable<T> implements Iterable<T> {
    private final int firstPage;
    private final IntFunction<Page<T>> fetch;
    private final IntFunction<CompletableFuture<Page<T>>> fetchAsync;

    PagedIterable(int firstPage, IntFunction<Page<T>> fetch, IntFunction<CompletableFuture<Page<T>>> fetchAsync) {
        this.firstPage = firstPage;
        this.fetch = fetch;
        this.fetchAsync = fetchAsync;
    }

    @Override
    public Iterator<T> iterator() {
        return Iterators.flatten(pages().iterator(), Page::items);
    }

    /** The items as a sequential, lazy stream. */
    public Stream<T> stream() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED), false);
    }

    /** The pages themselves, fetched lazily. */
    public Iterable<Page<T>> pages() {
        return () -> new Iterator<>() {
            private Page<T> previous;
            private int lastPage = Integer.MAX_VALUE;

            @Override
            public boolean hasNext() {
                return previous == null || hasPageAfter(previous, lastPage);
            }

            @Override
            public Page<T> next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                int number = previous == null ? firstPage : previous.page() + 1;
                Page<T> page = fetch.apply(number);
                if (previous == null) {
                    lastPage = page.totalPages();
                }
                previous = page;
                return page;
            }
        };
    }

    /**
     * Calls {@code action} on every item, fetching pages one after another asynchronously.
     *
     * @return a future completing when every item was consumed, or failing with the first
     *         {@link SessionError} (or the exception {@code action} threw)
     */
    public CompletableFuture<Void> forEachAsync(Consumer<? super T> action) {
        return fetchFrom(firstPage, Integer.MAX_VALUE, action);
    }

    private CompletableFuture<Void> fetchFrom(int number, int lastPage, Consumer<? super T> action) {
        return fetchAsync.apply(number).thenCompose(page -> {
            page.items().forEach(action);
            int last = number == firstPage ? page.totalPages() : lastPage;
            return hasPageAfter(page, last) ? fetchFrom(number + 1, last, action)
                : CompletableFuture.completedFuture(null);
        });
    }

    private static boolean hasPageAfter(Page<?> page, int lastPage) {
        return !page.items().isEmpty() && page.items().size() >= page.limit() && page.page() < page.totalPages()
            && page.page() < lastPage;
    }
}
