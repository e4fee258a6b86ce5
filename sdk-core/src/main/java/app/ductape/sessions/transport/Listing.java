package app.ductape.sessions.transport;

import app.ductape.sessions.internal.Iterators;
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
 * A listing read lazily one page at a time, whatever the API pages by: an offset, a page number or a
 * next-page link is the <em>cursor</em> each page hands to the next. Only one page is held in memory.
 *
 * <p>Iteration fetches the first page, then the page after each page that named a next cursor. It
 * stops after a page with no next cursor, after an empty page, or when a page names the cursor it was
 * fetched with (a server that repeats itself would otherwise be read forever). Each iteration
 * fetches afresh; a failed fetch throws its {@link app.ductape.sessions.SessionError} from
 * {@code hasNext()}/{@code next()}.
 *
 * @param <T> the item type
 */
public final class Listing<T> implements Iterable<T> {
    private final Supplier<? extends Chunk<T, ?>> first;

    private Listing(Supplier<? extends Chunk<T, ?>> first) {
        this.first = first;
    }

    /** A fetched page with the cursor it was fetched with, and how to fetch the one after. */
    private record Chunk<T, C>(List<T> items, C cursor, C next, Function<C, Chunk<T, C>> fetch) {
        Chunk {
            items = List.copyOf(items);
            Objects.requireNonNull(fetch, "fetch");
        }

        boolean hasNext() {
            return next != null && !items.isEmpty() && !next.equals(cursor);
        }

        Chunk<T, C> fetchNext() {
            return fetch.apply(next);
        }
    }

    /**
     * A listing whose first page {@code first} fetches, and whose later pages {@code next} fetches from
     * the cursor the page before named.
     *
     * @param first fetches the first page: its items and the next cursor ({@code null}: no more pages)
     * @param next  fetches the page at a cursor: its items and the cursor after it
     */
    public static <T, C> Listing<T> of(Supplier<Page<T, C>> first, Function<C, Page<T, C>> next) {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(next, "next");
        return new Listing<>(() -> chunk(null, first.get(), next));
    }

    /**
     * What a fetch returns: a page's items and the cursor of the page after it ({@code null} after the
     * last page).
     *
     * @param <T> the item type
     * @param <C> the cursor type
     */
    public record Page<T, C>(List<T> items, C next) {
        public Page {
            Objects.requireNonNull(items, "items");
        }
    }

    private static <T, C> Chunk<T, C> chunk(C cursor, Page<T, C> page, Function<C, Page<T, C>> next) {
        return new Chunk<>(page.items(), cursor, page.next(), c -> chunk(c, next.apply(c), next));
    }

    @Override
    public Iterator<T> iterator() {
        return Iterators.flatten(pages().iterator(), Function.identity());
    }

    /** The items as a sequential, lazy stream. */
    public Stream<T> stream() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED), false);
    }

    /** The pages' item lists, fetched lazily. */
    public Iterable<List<T>> pages() {
        return () -> new Iterator<>() {
            private Chunk<T, ?> previous;

            @Override
            public boolean hasNext() {
                return previous == null || previous.hasNext();
            }

            @Override
            public List<T> next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                previous = previous == null ? first.get() : previous.fetchNext();
                return previous.items();
            }
        };
    }
}
