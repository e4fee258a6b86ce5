package app.ductape.sessions;

import app.ductape.sessions.model.SessionUserDetails;
import app.ductape.sessions.model.SessionUsersPage;
import app.ductape.sessions.options.FetchSessionUsersOptions;

/** {@code ductape.products().sessions()}: the seed's {@code ductape.products.sessions.users/user}. */
public final class ProductSessions {
    private final SessionsService sessions;

    ProductSessions(SessionsService sessions) {
        this.sessions = sessions;
    }

    /**
     * The users of a session, through the SDK proxy's {@code users} method (in Ductape's proxy allowlist;
     * its answer's shape is not shown by Ductape's clients and is read as {@link SessionsService#fetchUsers}'s).
     *
     * @param options the session, an optional env, the page and its size
     * @return one page of users
     * @throws SessionError with {@link SessionErrorCode#FETCH_USERS_FAILED}
     */
    public SessionUsersPage users(FetchSessionUsersOptions options) {
        return sessions.ductapeUsers(options);
    }

    /**
     * One session user by its Ductape user id ({@code ductape_user_id}), with its session history.
     *
     * <p><b>Unconfirmed:</b> this call of the seed's pages appears in no route of Ductape's clients and not
     * in the SDK proxy's published allowlist; it is sent as the proxy method {@code user} with
     * {@code [ductapeUserId]}, and a Ductape that does not serve it answers with an error. Prefer
     * {@link SessionsService#fetchUserDetails}, which is confirmed.
     *
     * @param ductapeUserId the ductape user id
     * @return one session user by its Ductape user id ({@code ductape_user_id}), with its session history
     * @throws IllegalArgumentException when the id is blank
     * @throws SessionError             with {@link SessionErrorCode#USER_NOT_FOUND} on 404, else {@link
     *                                  SessionErrorCode#FETCH_USER_DETAILS_FAILED}
     */
    public SessionUserDetails user(String ductapeUserId) {
        return sessions.ductapeUser(ductapeUserId);
    }
}
