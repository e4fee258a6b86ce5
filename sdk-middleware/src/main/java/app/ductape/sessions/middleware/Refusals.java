package app.ductape.sessions.middleware;

import app.ductape.sessions.middleware.SessionGuard.Decision.Refuse;
import app.ductape.sessions.transport.JsonMappers;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The answers a {@link SessionGuard} refuses requests with: RFC 9457 problems written with the SDK's
 * Jackson configuration, made once where their words are fixed. No text here comes from the request, so
 * none can carry a token.
 */
final class Refusals {
    private static final ObjectMapper JSON = JsonMappers.newMapper();
    private static final String INVALID_TOKEN = "Bearer error=\"invalid_token\"";
    private static final String INVALID_REQUEST = "Bearer error=\"invalid_request\"";

    private final Refuse noToken;
    private final Refuse invalidToken;
    private final Refuse unavailable;
    private final Refuse refusedUpstream;
    private final Map<PathRule, Refuse> ambiguousPaths = new EnumMap<>(PathRule.class);

    Refusals(String cookieName, Duration retryAfter) {
        this.noToken = refuse(401, "no-token", "Unauthorized", "The request carries no session token: send "
            + "Authorization: Bearer <token>" + (cookieName == null ? "" : " or the " + cookieName + " cookie"),
            "WWW-Authenticate", INVALID_TOKEN);
        this.invalidToken = refuse(401, "invalid-token", "Unauthorized",
            "The session token is invalid, expired or revoked", "WWW-Authenticate", INVALID_TOKEN);
        this.unavailable = refuse(503, "unavailable", "Service Unavailable",
            "The session service cannot verify the token now; try again later", "Retry-After",
            Long.toString(Math.max(1, retryAfter.toSeconds())));
        this.refusedUpstream = refuse(500, "refused-upstream", "Internal Server Error",
            "The session service refused this server's request to verify the token", null, null);
        for (PathRule rule : PathRule.values()) {
            ambiguousPaths.put(rule, refuse(400, "ambiguous-path", "Bad Request", "The request path can be read "
                + "more than one way (" + rule.name().toLowerCase(Locale.ROOT).replace('_', ' ') + ")", null, null));
        }
    }

    Refuse noToken() {
        return noToken;
    }

    Refuse invalidToken() {
        return invalidToken;
    }

    Refuse unavailable() {
        return unavailable;
    }

    Refuse refusedUpstream() {
        return refusedUpstream;
    }

    Refuse ambiguousPath(PathRule rule) {
        return ambiguousPaths.get(rule);
    }

    /** A 400 for credentials that cannot be read one way; {@code reason} is the SDK's own words. */
    Refuse malformed(String reason) {
        return refuse(400, "malformed-credentials", "Bad Request", "The session credentials are malformed: " + reason,
            "WWW-Authenticate", INVALID_REQUEST);
    }

    private static Refuse refuse(int status, String reason, String title, String detail, String header,
                                 String value) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/problem+json");
        headers.put("Cache-Control", "no-store");
        if (header != null) {
            headers.put(header, value);
        }
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", title);
        problem.put("status", status);
        problem.put("detail", detail);
        try {
            return new Refuse(status, reason, Map.copyOf(headers), JSON.writeValueAsString(problem));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a map of strings is always JSON", e);
        }
    }
}
