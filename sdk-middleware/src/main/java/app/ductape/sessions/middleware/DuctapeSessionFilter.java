package app.ductape.sessions.middleware;

import app.ductape.sessions.SessionError;
import app.ductape.sessions.model.VerifySessionResult;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A servlet filter that lets a request through only with a valid Ductape session token, verified by a
 * {@link SessionVerifier}. The token comes from {@code Authorization: Bearer <token>}, or from a cookie
 * you name. On a valid token the request carries the {@link VerifySessionResult} as the attribute
 * {@link #SESSION_ATTRIBUTE} (its {@code data()} is the session data) and goes on.
 *
 * <ul>
 *   <li>No token, or an invalid, expired or revoked one: 401, {@code WWW-Authenticate: Bearer
 *       error="invalid_token"}, and an {@code application/problem+json} body (RFC 9457).</li>
 *   <li>Ductape unavailable (the verifier throws {@link SessionError}): 503 with {@code Retry-After}; the
 *       filter fails closed.</li>
 *   <li>Neither the body, the headers nor a log line ever carries the token.</li>
 *   <li>Only paths matching the include patterns (default: all) and none of the exclude patterns are
 *       checked; CORS preflights ({@code OPTIONS}), which carry no credentials, pass.</li>
 * </ul>
 */
public final class DuctapeSessionFilter implements Filter {
    /** The request attribute holding the {@link VerifySessionResult} of a request let through. */
    public static final String SESSION_ATTRIBUTE = "app.ductape.sessions.session";
    private static final Logger LOG = LoggerFactory.getLogger(DuctapeSessionFilter.class);

    private final SessionVerifier verifier;
    private final String cookieName;
    private final UrlPatterns include;
    private final UrlPatterns exclude;
    private final Duration retryAfter;

    private DuctapeSessionFilter(Builder builder) {
        this.verifier = builder.verifier;
        this.cookieName = builder.cookieName;
        this.include = UrlPatterns.of(builder.include);
        this.exclude = UrlPatterns.of(builder.exclude);
        this.retryAfter = builder.retryAfter;
    }

    /**
     * A builder of a filter verifying with {@code verifier}.
     *
     * @param verifier the verifier, shared with the rest of the application
     * @return a builder
     */
    public static Builder builder(SessionVerifier verifier) {
        return new Builder(verifier);
    }

    @Override
    public void doFilter(ServletRequest servletRequest, ServletResponse servletResponse, FilterChain chain)
        throws IOException, ServletException {
        if (!(servletRequest instanceof HttpServletRequest request)
            || !(servletResponse instanceof HttpServletResponse response) || !applies(request)) {
            chain.doFilter(servletRequest, servletResponse);
            return;
        }
        String token = token(request);
        if (token == null) {
            refuse(response, "The request carries no session token: send Authorization: Bearer <token>"
                + (cookieName == null ? "" : " or the " + cookieName + " cookie"));
            return;
        }
        VerifySessionResult session;
        try {
            session = verifier.verify(token);
        } catch (SessionError e) {
            LOG.warn("{} {}: the session token could not be verified ({}); answering 503", request.getMethod(),
                request.getRequestURI(), e.code().name());
            response.setHeader("Retry-After", Long.toString(Math.max(1, retryAfter.toSeconds())));
            problem(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "Service Unavailable",
                "The session service cannot verify the token now; try again later");
            return;
        }
        if (!session.valid()) {
            refuse(response, "The session token is invalid, expired or revoked");
            return;
        }
        request.setAttribute(SESSION_ATTRIBUTE, session);
        chain.doFilter(request, response);
    }

    private boolean applies(HttpServletRequest request) {
        if ("OPTIONS".equals(request.getMethod())) {
            return false;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return (include.isEmpty() || include.matches(path)) && !exclude.matches(path);
    }

    private String token(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            String token = authorization.substring(7).trim();
            return token.isEmpty() ? null : token;
        }
        if (cookieName != null && request.getCookies() != null) {
            for (Cookie cookie : request.getCookies()) {
                if (cookie.getName().equals(cookieName) && !cookie.getValue().isBlank()) {
                    return cookie.getValue();
                }
            }
        }
        return null;
    }

    private static void refuse(HttpServletResponse response, String detail) throws IOException {
        response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
        problem(response, HttpServletResponse.SC_UNAUTHORIZED, "Unauthorized", detail);
    }

    /** An RFC 9457 problem; every text is the filter's own, so none can carry the token. */
    private static void problem(HttpServletResponse response, int status, String title, String detail)
        throws IOException {
        byte[] body = ("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status
            + ",\"detail\":\"" + detail + "\"}").getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setHeader("Cache-Control", "no-store");
        response.setContentType("application/problem+json");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    @Override
    public String toString() {
        return "DuctapeSessionFilter[" + verifier + ", cookie=" + cookieName + ", include=" + include + ", exclude="
            + exclude + "]";
    }

    /** Builds a {@link DuctapeSessionFilter}; {@link #build()} validates. */
    public static final class Builder {
        private final SessionVerifier verifier;
        private String cookieName;
        private final List<String> include = new ArrayList<>();
        private final List<String> exclude = new ArrayList<>();
        private Duration retryAfter = Duration.ofSeconds(5);

        private Builder(SessionVerifier verifier) {
            this.verifier = Objects.requireNonNull(verifier, "verifier");
        }

        /**
         * Also takes the token from this cookie when there is no {@code Authorization: Bearer} header.
         *
         * @param cookieName the cookie's name
         * @return this builder
         */
        public Builder cookie(String cookieName) {
            if (cookieName == null || cookieName.isBlank()) {
                throw new IllegalArgumentException("`cookieName` must not be blank");
            }
            this.cookieName = cookieName;
            return this;
        }

        /**
         * Checks only paths matching one of these (default: every path).
         *
         * @param patterns {@code /exact}, {@code /prefix/*}, {@code *.ext} or {@code /*}
         * @return this builder
         */
        public Builder include(String... patterns) {
            include.addAll(Arrays.asList(patterns));
            return this;
        }

        /**
         * Lets paths matching one of these through unchecked (a health check, static files).
         *
         * @param patterns {@code /exact}, {@code /prefix/*}, {@code *.ext} or {@code /*}
         * @return this builder
         */
        public Builder exclude(String... patterns) {
            exclude.addAll(Arrays.asList(patterns));
            return this;
        }

        /**
         * The {@code Retry-After} of a 503 when Ductape cannot be asked (default 5 s).
         *
         * @param retryAfter at least 1 s
         * @return this builder
         */
        public Builder retryAfter(Duration retryAfter) {
            if (retryAfter == null || retryAfter.toSeconds() < 1) {
                throw new IllegalArgumentException("`retryAfter` must be at least 1 second, but was " + retryAfter);
            }
            this.retryAfter = retryAfter;
            return this;
        }

        /**
         * Builds the filter.
         *
         * @return the filter
         * @throws IllegalArgumentException naming a pattern that is not a servlet URL pattern
         */
        public DuctapeSessionFilter build() {
            return new DuctapeSessionFilter(this);
        }
    }
}
