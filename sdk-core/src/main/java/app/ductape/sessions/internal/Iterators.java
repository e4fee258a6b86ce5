package app.ductape.sessions.internal;

import java.util.Collections;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.Function;

/** Iterator plumbing shared by the paged listings. */
public final class Iterators {
    private Iterators() {}

    /** The items of each page in turn; a page is fetched only when the one before is used up. */
    public static <P, T> Iterator<T> flatten(Iterator<P> pages, Function<P, ? extends Iterable<T>> items) {
        return new Iterator<>() {
            private Iterator<T> current = Collections.emptyIterator();

            @Override
            public boolean hasNext() {
                while (!current.hasNext() && pages.hasNext()) {
                    current = items.apply(pages.next()).iterator();
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
}
