package app.ductape.sessions.testkit;

import app.ductape.sessions.testkit.EmulatorState.When;
import app.ductape.sessions.testkit.Records.Config;
import app.ductape.sessions.testkit.Records.Operation;
import app.ductape.sessions.testkit.Records.Session;
import app.ductape.sessions.testkit.Records.StartAnswer;
import app.ductape.sessions.testkit.Records.User;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What start, verify, refresh and revoke do: issue and check tokens, rotate refresh tokens, end
 * sessions, and log every operation (failures included) with the user it concerns.
 */
final class SessionLifecycle {
    /** How long a refresh token stays usable after it is issued. */
    static final Duration REFRESH_TOKEN_LIFETIME = Duration.ofDays(30);

    private final EmulatorState state;

    SessionLifecycle(EmulatorState state) {
        this.state = state;
    }

    StartAnswer start(String product, String tag, String env, Map<String, Object> data, Long expiresInSeconds,
                      String cacheTag, When when) {
        return state.write(() -> {
            Config config = state.config(product, tag, env);
            Scope scope = state.scope(product, tag);
            Object identifierValue = config.selector.valueIn(data);
            if (!Selector.identifies(identifierValue)) {
                String message = "Session data has no string, number or boolean at '" + config.selector.fieldPath()
                    + "' (selector " + config.selector + ")";
                state.log(scope, Operation.CREATE, false, env, message, null, null, when);
                throw new ApiException(422, "INVALID_SESSION_DATA", message);
            }
            String identifier = String.valueOf(identifierValue);
            String cacheKey = env + "\u0000" + identifier + "\u0000" + cacheTag;
            if (cacheTag != null) {
                Session cached = scope.sessionsByCacheTag.get(cacheKey);
                if (cached != null && cached.activeAt(when.now()) && cached.cachedAnswer != null
                    && cached.cachedAnswer.refreshToken().equals(cached.refreshToken)) {
                    EmulatorState.touch(cached.user, when.now());
                    state.log(scope, Operation.CREATE, true, env, "Session returned from cache", cached.id,
                        identifier, when);
                    return cached.cachedAnswer;
                }
            }
            Duration lifetime = expiresInSeconds != null ? Duration.ofSeconds(expiresInSeconds) : config.lifetime();
            User user = state.user(scope, env, identifier, when.now());
            Session session = new Session(state.nextSessionId(), env, identifier, when.now(), lifetime, data, user);
            user.sessions.add(session);
            scope.sessions.add(session);
            state.sessionsById.put(session.id, session);
            StartAnswer answer = issue(product, tag, session, when.now());
            if (cacheTag != null) {
                session.cacheTag = cacheTag;
                session.cachedAnswer = answer;
                scope.sessionsByCacheTag.put(cacheKey, session);
            }
            state.log(scope, Operation.CREATE, true, env, "Session started", session.id, identifier, when);
            return answer;
        });
    }

    /** The answer to a verify: the session when the token is valid, else {@code null}. */
    record Verification(Session session, Map<String, Object> data) {}

    Verification verify(String product, String tag, String env, String token, When when) {
        return state.write(() -> {
            state.config(product, tag, env);
            Scope scope = state.scope(product, tag);
            Tokens.Claims claims = state.tokens.read(token, tag);
            String failure = null;
            Session session = null;
            if (claims == null) {
                failure = "Invalid session token";
            } else if (!product.equals(claims.product()) || !env.equals(claims.env())) {
                failure = "Session token was issued for another product or environment";
            } else if (!claims.expiresAt().isAfter(when.now())) {
                failure = "Session token expired";
            } else {
                session = state.sessionsById.get(claims.sessionId());
                if (session == null || session.revokedAt != null) {
                    failure = "Session revoked";
                } else if (!session.endAt.isAfter(when.now())) {
                    failure = "Session expired";
                }
            }
            if (failure != null) {
                state.log(scope, Operation.VERIFY, false, env, failure, claims == null ? null : claims.sessionId(),
                    session == null ? null : session.identifier, when);
                return new Verification(null, null);
            }
            EmulatorState.touch(session.user, when.now());
            state.log(scope, Operation.VERIFY, true, env, "Session verified", session.id, session.identifier, when);
            return new Verification(session, claims.data());
        });
    }

    StartAnswer refresh(String product, String tag, String env, String refreshToken, When when) {
        return state.write(() -> {
            state.config(product, tag, env);
            Scope scope = state.scope(product, tag);
            Session session = state.sessionsByRefreshToken.get(refreshToken);
            String failure = null;
            if (session == null || !session.user.product.equals(product) || !session.user.tag.equals(tag)
                || !session.env.equals(env)) {
                failure = "Unknown or already used refresh token";
            } else if (session.revokedAt != null) {
                failure = "Session revoked";
            } else if (!session.refreshExpiresAt.isAfter(when.now())) {
                failure = "Refresh token expired";
            }
            if (failure != null) {
                state.log(scope, Operation.REFRESH, false, env, failure, session == null ? null : session.id,
                    session == null ? null : session.identifier, when);
                throw new ApiException(401, "INVALID_REFRESH_TOKEN", failure);
            }
            state.sessionsByRefreshToken.remove(refreshToken);
            session.endAt = when.now().plus(session.lifetime);
            StartAnswer answer = issue(product, tag, session, when.now());
            EmulatorState.touch(session.user, when.now());
            state.log(scope, Operation.REFRESH, true, env, "Session refreshed", session.id, session.identifier, when);
            return answer;
        });
    }

    /**
     * Revokes one session by id, or all active sessions of {@code identifier} but {@code kept} (when not null);
     * returns how many ended.
     */
    int revoke(String product, String tag, String env, String sessionId, String identifier, String kept,
               When when) {
        return state.write(() -> {
            state.config(product, tag, env);
            Scope scope = state.scope(product, tag);
            List<Session> targets = new ArrayList<>();
            if (sessionId != null) {
                Session session = state.sessionsById.get(sessionId);
                if (session != null && session.env.equals(env) && session.user.product.equals(product)
                    && session.user.tag.equals(tag) && session.activeAt(when.now())) {
                    targets.add(session);
                }
            } else {
                User user = state.user(scope, env, identifier);
                if (user != null) {
                    user.sessions.stream().filter(s -> s.activeAt(when.now()) && !s.id.equals(kept))
                        .forEach(targets::add);
                }
            }
            for (Session session : targets) {
                session.revokedAt = when.now();
                if (session.refreshToken != null) {
                    state.sessionsByRefreshToken.remove(session.refreshToken);
                }
            }
            String loggedIdentifier = sessionId == null ? identifier
                : targets.isEmpty() ? null : targets.get(0).identifier;
            String message = "Revoked " + targets.size() + " session(s)" + (kept == null ? "" : ", kept " + kept);
            state.log(scope, Operation.REVOKE, true, env, message, sessionId, loggedIdentifier, when);
            return targets.size();
        });
    }

    private StartAnswer issue(String product, String tag, Session session, Instant now) {
        String token = state.tokens.issue(new Tokens.Claims(session.id, product, tag, session.env, session.data,
            session.endAt), now);
        session.refreshToken = state.tokens.newRefreshToken();
        session.refreshExpiresAt = now.plus(REFRESH_TOKEN_LIFETIME);
        state.sessionsByRefreshToken.put(session.refreshToken, session);
        return new StartAnswer(token, session.refreshToken, session.id, session.endAt);
    }
}
