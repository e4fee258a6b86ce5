package app.ductape.sessions.middleware;

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
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A servlet filter that lets a request through only with a valid Ductape session token, verified by a
 * {@link SessionVerifier}; the rules are those of {@link SessionGuard}, carried out on the servlet API.
 * On a valid token the request carries the {@link VerifySessionResult} as the attribute
 * {@link #SESSION_ATTRIBUTE} (its {@code data()} is the session data) and goes on.
 *
 * <ul>
 *   <li>A raw request URI that breaks the {@link PathRules} (default: strict): 400, before any servlet.</li>
 *   <li>No token, or an invalid, expired or revoked one: 401 with {@code WWW-Authenticate: Bearer
 *       error="invalid_token"}; malformed {@code Authorization} headers: 400.</li>
 *   <li>Ductape unavailable: 503 with {@code Retry-After}; Ductape refusing this server's request: 500.</li>
 *   <li>Include and exclude patterns are matched against {@code getServletPath() + getPathInfo()}, the path
 *       the container routes on (decoded and normalised), never the raw URI, and case-sensitively.</li>
 * </ul>
 */
public final class DuctapeSessionFilter implements Filter {
    /** The request attribute holding the {@link VerifySessionResult} of a request let through. */
    public static final String SESSION_ATTRIBUTE = "app.ductape.sessions.session";

    private final SessionGuard guard;

    private DuctapeSessionFilter(SessionGuard guard) {
        this.guard = guard;
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

    /**
     * A filter carrying out the decisions of {@code guard}.
     *
     * @param guard the guard
     * @return the filter
     */
    public static DuctapeSessionFilter of(SessionGuard guard) {
        return new DuctapeSessionFilter(Objects.requireNonNull(guard, "guard"));
    }

    @Override
    public void doFilter(ServletRequest servletRequest, ServletResponse servletResponse, FilterChain chain)
        throws IOException, ServletException {
        if (!(servletRequest instanceof HttpServletRequest request)
            || !(servletResponse instanceof HttpServletResponse response)) {
            chain.doFilter(servletRequest, servletResponse);
            return;
        }
        SessionGuard.Decision decision = guard.decide(new ServletRequestView(request));
        if (decision instanceof SessionGuard.Decision.Admit admit) {
            request.setAttribute(SESSION_ATTRIBUTE, admit.session());
            chain.doFilter(request, response);
        } else if (decision instanceof SessionGuard.Decision.Refuse refuse) {
            byte[] body = refuse.problemJson().getBytes(StandardCharsets.UTF_8);
            response.setStatus(refuse.status());
            refuse.headers().forEach(response::setHeader);
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
        } else {
            chain.doFilter(request, response);
        }
    }

    @Override
    public String toString() {
        return "DuctapeSessionFilter[" + guard + "]";
    }

    /** A servlet request as the guard reads it, lazily. */
    private record ServletRequestView(HttpServletRequest request) implements GuardedRequest {
        @Override
        public String method() {
            return request.getMethod();
        }

        @Override
        public String rawPath() {
            // read by the path rules only, which refuse what could be routed otherwise; never matched
            return request.getRequestURI();
        }

        @Override
        public String routedPath() {
            String pathInfo = request.getPathInfo();
            String path = pathInfo == null ? request.getServletPath() : request.getServletPath() + pathInfo;
            return path.isEmpty() ? "/" : path;
        }

        @Override
        public List<String> headers(String name) {
            return Collections.list(request.getHeaders(name));
        }

        @Override
        public List<String> cookies(String name) {
            Cookie[] cookies = request.getCookies();
            if (cookies == null) {
                return List.of();
            }
            List<String> values = new ArrayList<>(1);
            for (Cookie cookie : cookies) {
                if (cookie.getName().equals(name)) {
                    values.add(cookie.getValue());
                }
            }
            return values;
        }
    }

    /**
     * Builds a {@link DuctapeSessionFilter}: the settings of its {@link SessionGuard}; {@link #build()}
     * validates.
     */
    public static final class Builder {
        private final SessionGuard.Builder guard;

        private Builder(SessionVerifier verifier) {
            this.guard = SessionGuard.builder(verifier);
        }

        /**
         * Also takes the token from this cookie when there is no {@code Authorization: Bearer} header; the
         * header wins when both are sent.
         *
         * @param cookieName the cookie's name
         * @return this builder
         */
        public Builder cookie(String cookieName) {
            guard.cookie(cookieName);
            return this;
        }

        /**
         * Checks only paths matching one of these (default: every path), matched case-sensitively against
         * {@code getServletPath() + getPathInfo()}.
         *
         * @param patterns {@code /exact}, {@code /prefix/*}, {@code *.ext} or {@code /*}
         * @return this builder
         */
        public Builder include(String... patterns) {
            guard.include(patterns);
            return this;
        }

        /**
         * Lets paths matching one of these through unchecked (a health check, static files).
         *
         * @param patterns {@code /exact}, {@code /prefix/*}, {@code *.ext} or {@code /*}
         * @return this builder
         */
        public Builder exclude(String... patterns) {
            guard.exclude(patterns);
            return this;
        }

        /**
         * The raw request URIs refused with 400 before anything else (default {@link PathRules#strict()}).
         *
         * @param pathRules the rules
         * @return this builder
         */
        public Builder pathRules(PathRules pathRules) {
            guard.pathRules(pathRules);
            return this;
        }

        /**
         * The {@code Retry-After} of a 503 when Ductape cannot be asked (default 5 s).
         *
         * @param retryAfter at least 1 s
         * @return this builder
         */
        public Builder retryAfter(Duration retryAfter) {
            guard.retryAfter(retryAfter);
            return this;
        }

        /**
         * Builds the filter.
         *
         * @return the filter
         * @throws IllegalArgumentException naming a pattern that is not a servlet URL pattern
         */
        public DuctapeSessionFilter build() {
            return new DuctapeSessionFilter(guard.build());
        }
    }
}
