package app.ductape.sessions.transport;

import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A listing read lazily one page at a time, whatever the API pages by: a page number, an offset or a
 * next-page link is the <em>cursor</em> each page names for the next. The one paging model of the SDK:
 * {@code SessionsService}'s listings and every connector's are built on it, and
 * {@link AsyncListing} reads the same pages without blocking. Only one page is held in memory.
 *
 * <p>Iteration fetches the first page, then the page at the cursor each page names. It stops after a
 * page that names no cursor, after an empty page, or when a page names the cursor it was fetched with (a
 * server that repeats itself would otherwise be read forever). The request options of the call that
 * made the listing go with every page. Each iteration fetches afresh; a failed fetch throws its
 * {@link app.ductape.sessions.SessionError} from {@code hasNext()}/{@code next()}.
 *
 * @param <T> the item type
 */
public final class Listing<T> implements Iterable<T> {
    private final Supplier<Iterator<List<T>>> pages;

    private Listing(Supplier<Iterator<List<T>>> pages) {
        this.pages = pages;
    }

    /**
     * A listing of any source: {@code first} fetches the first page, {@code next} the page at a cursor.
     * {@link HttpApiClient#listing} builds one from calls.
     *
     * @param first fetches the first page: its items and the next cursor ({@code null}: no more pages)
     * @param next  fetches the page at a cursor
     * @param <T>   the item type
     * @param <C>   the cursor type
     * @return the listing; nothing is fetched before it is iterated
     */
    public static <T, C> Listing<T> of(Supplier<Page<T, C>> first, Function<C, Page<T, C>> next) {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(next, "next");
        return new Listing<>(() -> new Pages<>(null, first, next));
    }

    /** A listing whose pages {@code fetch} reads, the first at cursor {@code first}. */
    static <T, C> Listing<T> from(C first, Function<C, Page<T, C>> fetch) {
        return new Listing<>(() -> new Pages<>(first, () -> fetch.apply(first), fetch));
    }

    /**
     * A fetched page: its items and the cursor of the page after it.
     *
     * @param items the page's items
     * @param next  the cursor of the next page, or {@code null} after the last page
     * @param <T>   the item type
     * @param <C>   the cursor type
     */
    public record Page<T, C>(List<T> items, C next) {
        /**
         * A page; the items are copied.
         *
         * @param items the page's items, not null
         * @param next  the next cursor, or {@code null}
         */
        public Page {
            items = List.copyOf(Objects.requireNonNull(items, "items"));
        }

        /** Whether another page follows this one, fetched at {@code cursor}. */
        boolean continuesFrom(C cursor) {
            return next != null && !items.isEmpty() && !next.equals(cursor);
        }
    }

    @Override
    public Iterator<T> iterator() {
        Iterator<List<T>> source = pages.get();
        return new Iterator<>() {
            private Iterator<T> current = Collections.emptyIterator();

            @Override
            public boolean hasNext() {
                while (!current.hasNext() && source.hasNext()) {
                    current = source.next().iterator();
                }
                return current.hasNext();
            }

            @Override
            public T next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return current.next();
            }
        };
    }

    /**
     * The items as a sequential, lazy stream.
     *
     * @return a stream that fetches pages as it is consumed
     */
    public Stream<T> stream() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED), false);
    }

    /**
     * The pages' items, a list per page, fetched lazily.
     *
     * @return an iterable whose every iteration fetches afresh
     */
    public Iterable<List<T>> pages() {
        return pages::get;
    }

    /** The pages of one iteration. */
    private static final class Pages<T, C> implements Iterator<List<T>> {
        private final Supplier<Page<T, C>> first;
        private final Function<C, Page<T, C>> next;
        private Page<T, C> previous;
        private C cursor;

        Pages(C firstCursor, Supplier<Page<T, C>> first, Function<C, Page<T, C>> next) {
            this.cursor = firstCursor;
            this.first = first;
            this.next = next;
        }

        @Override
        public boolean hasNext() {
            return previous == null || previous.continuesFrom(cursor);
        }

        @Override
        public List<T> next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            if (previous == null) {
                previous = first.get();
            } else {
                cursor = previous.next();
                previous = next.apply(cursor);
            }
            return previous.items();
        }
    }
}
