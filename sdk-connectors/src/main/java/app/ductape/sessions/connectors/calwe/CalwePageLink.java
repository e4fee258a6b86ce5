package app.ductape.sessions.connectors.calwe;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One entry of a Laravel paginator's {@code links}: a previous link, one per page, and a next link
 * (labels such as {@code &laquo; Previous} are kept as sent).
 *
 * @param url    the page's URL, or {@code null} (a disabled previous/next link)
 * @param label  the label as sent
 * @param active whether it is the current page
 */
public record CalwePageLink(
    @JsonProperty("url") String url,
    @JsonProperty("label") String label,
    @JsonProperty("active") boolean active) {}
