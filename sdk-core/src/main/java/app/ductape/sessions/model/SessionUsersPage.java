package app.ductape.sessions.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * One page of session users; {@link #users()} is never null and unmodifiable.
 *
 * @param users the users, never null, unmodifiable
 * @param total how many items match, on every page
 * @param page the page number, from 1
 * @param limit the page size asked for
 * @param totalPages how many pages there are at this page size
 */
public record SessionUsersPage(
    @JsonProperty("users") List<SessionUser> users,
    @JsonProperty("total") long total,
    @JsonProperty("page") int page,
    @JsonProperty("limit") int limit,
    @JsonProperty("totalPages") int totalPages) {

    /**
     * A page; the users are copied into an unmodifiable list (null reads as empty).
     *
     * @param users the users, never null, unmodifiable
     * @param total how many items match, on every page
     * @param page the page number, from 1
     * @param limit the page size asked for
     * @param totalPages how many pages there are at this page size
     */
    public SessionUsersPage {
        users = Lists.copyOf(users);
    }
}
