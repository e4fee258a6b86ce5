package app.ductape.sessions.report;

import app.ductape.sessions.model.SessionUser;
import java.util.List;

/** The recent users, in the order given, with when each was first and last seen. */
final class UsersSection implements Section {
    private final List<SessionUser> users;

    UsersSection(List<SessionUser> users) {
        this.users = users;
    }

    @Override
    public void renderInto(StringBuilder out) {
        out.append("<section><h2>Recent users</h2><div class=\"table-wrap\"><table id=\"users\"><thead><tr>")
            .append("<th>user</th><th>first seen</th><th>last seen</th></tr></thead><tbody>");
        for (SessionUser user : users) {
            out.append("<tr><td>").append(Html.escape(user.identifier())).append("</td><td>")
                .append(Formats.when(user.firstSeen())).append("</td><td>")
                .append(Formats.when(user.lastSeen())).append("</td></tr>");
        }
        out.append("</tbody></table></div></section>");
    }
}
