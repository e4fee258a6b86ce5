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
     * The users of a session; the same call as {@link SessionsService#fetchUsers}.
     *
     * @param options the options
     * @return the users of a session; the same call as {@link SessionsService#fetchUsers}
     * @throws SessionError with {@link SessionErrorCode#FETCH_USERS_FAILED}
     */
    public SessionUsersPage users(FetchSessionUsersOptions options) {
        return sessions.fetchUsers(options);
    }

    /**
     * One session user by its Ductape user id ({@code ductape_user_id}), with its session history.
     *
     * @param ductapeUserId the ductape user id
     * @return one session user by its Ductape user id ({@code ductape_user_id}), with its session history
     * @throws IllegalArgumentException when the id is blank, {@code .} or {@code ..}
     * @throws SessionError             with {@link SessionErrorCode#USER_NOT_FOUND} on 404, else {@link
     *                                  SessionErrorCode#FETCH_USER_DETAILS_FAILED}
     */
    public SessionUserDetails user(String ductapeUserId) {
        return sessions.fetchSessionUser(ductapeUserId);
    }
}
