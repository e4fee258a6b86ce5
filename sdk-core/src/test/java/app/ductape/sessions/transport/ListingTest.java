package app.ductape.sessions.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Listing pages lazily by any cursor and always ends. */
class ListingTest {
    private final List<Integer> fetched = new ArrayList<>();

    /** Offset paging over {@code total} numbers, {@code limit} a page, ending on a short page. */
    private Listing<Integer> numbers(int total, int limit) {
        return Listing.of(() -> page(0, total, limit), offset -> page(offset, total, limit));
    }

    private Listing.Page<Integer, Integer> page(int offset, int total, int limit) {
        fetched.add(offset);
        List<Integer> items = new ArrayList<>();
        for (int i = offset; i < Math.min(total, offset + limit); i++) {
            items.add(i);
        }
        return new Listing.Page<>(items, items.size() < limit ? null : offset + items.size());
    }

    @Test
    void readsEveryItemInOrderFollowingCursorsUntilAShortPage() {
        assertThat(numbers(25, 10).stream().toList()).hasSize(25).startsWith(0, 1).endsWith(24);
        assertThat(fetched).containsExactly(0, 10, 20);
    }

    @Test
    void anExactMultipleEndsOnTheEmptyPageAfterIt() {
        assertThat(numbers(20, 10)).hasSize(20);
        assertThat(fetched).containsExactly(0, 10, 20);
    }

    @Test
    void isLazyFetchingOnlyWhatIsRead() {
        assertThat(numbers(1000, 10).stream().limit(15).toList()).hasSize(15);
        assertThat(fetched).containsExactly(0, 10);
    }

    @Test
    void aServerRepeatingTheSameCursorIsNotReadForever() {
        AtomicInteger calls = new AtomicInteger();
        Listing<String> listing = Listing.of(() -> new Listing.Page<>(List.of("a"), "p2"), cursor -> {
            calls.incrementAndGet();
            return new Listing.Page<>(List.of("b"), "p2");
        });

        assertThat(listing).containsExactly("a", "b");
        assertThat(calls).hasValue(1);
    }

    @Test
    void anEmptyPageEndsTheListingWhateverItsCursor() {
        Listing<String> listing = Listing.of(() -> new Listing.Page<>(List.of(), "next"), cursor -> {
            throw new AssertionError("fetched past an empty page");
        });

        assertThat(listing).isEmpty();
    }

    @Test
    void aFailedFetchSurfacesFromTheIteratorAndEachIterationStartsAfresh() {
        AtomicInteger firsts = new AtomicInteger();
        Listing<String> listing = Listing.of(() -> {
            firsts.incrementAndGet();
            return new Listing.Page<>(List.of("a"), 2);
        }, cursor -> {
            throw new IllegalStateException("page " + cursor + " failed");
        });

        assertThatThrownBy(() -> listing.stream().toList()).hasMessage("page 2 failed");
        assertThat(listing.iterator().next()).isEqualTo("a");
        assertThat(firsts).hasValue(2);
    }
}
