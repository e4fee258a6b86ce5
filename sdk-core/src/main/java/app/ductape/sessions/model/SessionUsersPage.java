package app.ductape.sessions.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** One page of session users; {@link #users()} is never null and unmodifiable. */
public record SessionUsersPage(
    @JsonProperty("users") List<SessionUser> users,
    @JsonProperty("total") long total,
    @JsonProperty("page") int page,
    @JsonProperty("limit") int limit,
    @JsonProperty("totalPages") int totalPages) {

    public SessionUsersPage {
        users = Lists.copyOf(users);
    }
}
