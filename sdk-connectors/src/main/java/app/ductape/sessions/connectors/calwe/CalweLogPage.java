package app.ductape.sessions.connectors.calwe;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Optional;

/**
 * One page of a Calwe session log: Laravel's paginator as sent. {@code per_page} may arrive as text
 * and is read as a number; {@code from}/{@code to} are {@code null} on an empty page; {@code links} may be
 * empty or hold previous, per-page and next entries.
 *
 * @param currentPage  the page number, from 1
 * @param entries      the page's entries ({@code data}), unmodifiable, never null
 * @param from         the position of the first entry, or {@code null} on an empty page
 * @param to           the position of the last entry, or {@code null} on an empty page
 * @param lastPage     the last page number
 * @param perPage      entries per page
 * @param total        entries in the whole log
 * @param path         the endpoint's URL without query
 * @param firstPageUrl the first page's URL
 * @param lastPageUrl  the last page's URL
 * @param nextPageUrl  the next page's URL, or {@code null} on the last page
 * @param prevPageUrl  the previous page's URL, or {@code null} on the first page
 * @param links        the paginator's links, unmodifiable, never null
 */
public record CalweLogPage(
    @JsonProperty("current_page") int currentPage,
    @JsonProperty("data") List<CalweLogEntry> entries,
    @JsonProperty("from") Integer from,
    @JsonProperty("to") Integer to,
    @JsonProperty("last_page") int lastPage,
    @JsonProperty("per_page") int perPage,
    @JsonProperty("total") long total,
    @JsonProperty("path") String path,
    @JsonProperty("first_page_url") String firstPageUrl,
    @JsonProperty("last_page_url") String lastPageUrl,
    @JsonProperty("next_page_url") String nextPageUrl,
    @JsonProperty("prev_page_url") String prevPageUrl,
    @JsonProperty("links") List<CalwePageLink> links) {

    /**
     * A page; the entries and links are copied.
     *
     * @param currentPage the page number, from 1
     * @param entries the page's entries ({@code data}), unmodifiable, never null
     * @param from the position of the first entry, or {@code null} on an empty page
     * @param to the position of the last entry, or {@code null} on an empty page
     * @param lastPage the last page number
     * @param perPage entries per page
     * @param total entries in the whole log
     * @param path the endpoint's URL without query
     * @param firstPageUrl the first page's URL
     * @param lastPageUrl the last page's URL
     * @param nextPageUrl the next page's URL, or {@code null} on the last page
     * @param prevPageUrl the previous page's URL, or {@code null} on the first page
     * @param links the paginator's links, unmodifiable, never null
     */
    public CalweLogPage {
        entries = entries == null ? List.of() : entries.stream().filter(java.util.Objects::nonNull).toList();
        links = links == null ? List.of() : links.stream().filter(java.util.Objects::nonNull).toList();
    }

    /**
     * {@link #nextPageUrl()} as an optional: empty on the last page.
     *
     * @return {@link #nextPageUrl()} as an optional: empty on the last page
     */
    public Optional<String> next() {
        return Optional.ofNullable(nextPageUrl).filter(url -> !url.isBlank());
    }
}
