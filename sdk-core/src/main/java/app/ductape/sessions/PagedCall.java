package app.ductape.sessions;

import app.ductape.sessions.transport.AsyncListing;
import app.ductape.sessions.transport.HttpApiCall;
import app.ductape.sessions.transport.HttpApiClient;
import app.ductape.sessions.transport.Listing;
import java.util.List;
import java.util.function.Function;

/**
 * A listing of the Ductape API, defined once for the sync and async facades: the page-number cursor
 * of its first page, and the call of the page at a cursor.
 *
 * @param <T> the item type
 */
final class PagedCall<T> {
    private final PageNumber first;
    private final Function<PageNumber, HttpApiCall<Listing.Page<T, PageNumber>>> pages;

    private PagedCall(PageNumber first, Function<PageNumber, HttpApiCall<Listing.Page<T, PageNumber>>> pages) {
        this.first = first;
        this.pages = pages;
    }

    /**
     * Where a page-numbered listing is: the page to fetch, and the last page the first page reported, so
     * that a listing growing while it is read still ends.
     */
    record PageNumber(int page, int lastPage) {}

    /** The numbered pages from {@code firstPage}, each fetched by the call {@code pageCall} makes for it. */
    static <P, T> PagedCall<T> numbered(int firstPage, Function<Integer, HttpApiCall<P>> pageCall,
                                        Function<P, Numbered<T>> read) {
        return new PagedCall<>(new PageNumber(firstPage, Integer.MAX_VALUE),
            at -> pageCall.apply(at.page()).map(page -> next(at, read.apply(page))));
    }

    /** What a Ductape page says about itself. */
    record Numbered<T>(List<T> items, int page, int limit, int totalPages) {}

    private static <T> Listing.Page<T, PageNumber> next(PageNumber at, Numbered<T> page) {
        int lastPage = at.lastPage() == Integer.MAX_VALUE ? page.totalPages() : at.lastPage();
        boolean more = !page.items().isEmpty() && page.items().size() >= page.limit()
            && page.page() < page.totalPages() && page.page() < lastPage;
        return new Listing.Page<>(page.items(), more ? new PageNumber(page.page() + 1, lastPage) : null);
    }

    Listing<T> sync(HttpApiClient api) {
        return api.listing(first, pages);
    }

    AsyncListing<T> async(HttpApiClient api) {
        return api.listingAsync(first, pages);
    }
}
