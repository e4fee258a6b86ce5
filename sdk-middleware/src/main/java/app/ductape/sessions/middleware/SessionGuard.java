package app.ductape.sessions.middleware;

import app.ductape.sessions.SessionError;
import app.ductape.sessions.model.VerifySessionResult;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What every request-path integration of this SDK decides about a request, in one place and without any
 * web framework: the servlet filter ({@link DuctapeSessionFilter}), the WebFlux filter and the Jakarta REST
 * filter adapt their requests to a {@link GuardedRequest} and carry out the {@link Decision}. Use it to write
 * a filter for another server the same way.
 *
 * <ol>
 *   <li>A raw path that breaks one of the {@link PathRules} (default {@link PathRules#strict()}) is refused
 *       with 400, whatever the patterns say.</li>
 *   <li>A CORS preflight ({@code OPTIONS} with {@code Origin} and {@code Access-Control-Request-Method}),
 *       which carries no credentials, passes unchecked, as does a path outside the include patterns
 *       (default: every path) or inside an exclude pattern. Patterns are matched against the routed path
 *       (decoded and normalised, as the server dispatches on it), case-sensitively, as servlet mappings
 *       are: {@code /API/me} is not {@code /api/me}.</li>
 *   <li>The token comes from {@code Authorization: Bearer} (read by {@link BearerToken#parse}), else from
 *       the cookie, when one is named: the header wins over the cookie. Malformed headers, or two cookies
 *       of that name that disagree, are refused with 400 ({@code error="invalid_request"}).</li>
 *   <li>No token, or one the {@link SessionVerifier} answers invalid, expired or revoked (a token of
 *       another tag among them): 401 with {@code WWW-Authenticate: Bearer error="invalid_token"}.</li>
 *   <li>Ductape unavailable ({@link SessionError#isUnavailable()}): 503 with {@code Retry-After}. Ductape
 *       refusing this server's own request (its credentials, a 4xx): 500, logged as an error. Both fail
 *       closed.</li>
 * </ol>
 *
 * <p>Every refusal has an {@code application/problem+json} body (RFC 9457) in the guard's own words: no
 * body, header or log line carries the token. Immutable and thread-safe.
 */
public final class SessionGuard {
    /** The default of {@link Builder#retryAfter}, in seconds: the {@code Retry-After} of a 503 (stated here only). */
    public static final long DEFAULT_RETRY_AFTER_SECONDS = 5;

    private static final Logger LOG = LoggerFactory.getLogger(SessionGuard.class);

    private final SessionVerifier verifier;
    private final String cookieName;
    private final UrlPatterns include;
    private final UrlPatterns exclude;
    private final PathRules pathRules;
    private final Duration retryAfter;
    private final Refusals refusals;

    private SessionGuard(Builder builder) {
        this.verifier = builder.verifier;
        this.cookieName = builder.cookieName;
        this.include = UrlPatterns.of(builder.include);
        this.exclude = UrlPatterns.of(builder.exclude);
        this.pathRules = builder.pathRules;
        this.retryAfter = builder.retryAfter;
        this.refusals = new Refusals(cookieName, retryAfter);
    }

    /**
     * A builder of a guard verifying with {@code verifier}.
     *
     * @param verifier the verifier, shared with the rest of the application
     * @return a builder
     */
    public static Builder builder(SessionVerifier verifier) {
        return new Builder(verifier);
    }

    /**
     * Decides about a request, verifying its token on the calling thread when it must.
     *
     * @param request the request, as the server saw it
     * @return skip (not checked), admit (with the session) or refuse (with the answer to send)
     */
    public Decision decide(GuardedRequest request) {
        return verify(request, check(request, true));
    }

    /**
     * {@link #decide} for a request to something that asks for a session by name (Jakarta REST's
     * {@code @DuctapeSessionRequired}): the include and exclude patterns do not apply, since the resource,
     * not its path, says a session is required; the path rules, the preflight and the token's reading do.
     *
     * @param request the request, as the server saw it
     * @return skip (a CORS preflight only), admit (with the session) or refuse (with the answer to send)
     */
    public Decision decideRequired(GuardedRequest request) {
        return verify(request, check(request, false));
    }

    private Decision verify(GuardedRequest request, Object checked) {
        if (checked instanceof Decision decision) {
            return decision;
        }
        try {
            return judge(verifier.verify((String) checked));
        } catch (SessionError e) {
            return failed(request, e);
        }
    }

    /**
     * {@link #decide}, without blocking the calling thread (a Netty event loop): the token is verified with
     * {@link SessionVerifier#verifyAsync}, so a decision reached without Ductape, or on a cache hit, is
     * already complete.
     *
     * @param request the request, as the server saw it
     * @return the decision; it never fails (Ductape's failures are refusals: 503 or 500)
     */
    public CompletableFuture<Decision> decideAsync(GuardedRequest request) {
        Object checked = check(request, true);
        if (checked instanceof Decision decision) {
            return CompletableFuture.completedFuture(decision);
        }
        return verifier.verifyAsync((String) checked).handle((session, failure) -> {
            if (failure == null) {
                return judge(session);
            }
            Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                ? failure.getCause() : failure;
            if (cause instanceof SessionError e) {
                return failed(request, e);
            }
            throw failure instanceof CompletionException completion ? completion : new CompletionException(cause);
        });
    }

    /** The decision reached without the verifier, or the token to verify. */
    private Object check(GuardedRequest request, boolean byPatterns) {
        Optional<PathRule> broken = pathRules.violatedBy(request.rawPath());
        if (broken.isPresent()) {
            return refusals.ambiguousPath(broken.get());
        }
        if (isPreflight(request) || byPatterns && !applies(request.routedPath())) {
            return Decision.SKIP;
        }
        BearerToken bearer = BearerToken.parse(request.headers("Authorization"));
        if (bearer instanceof BearerToken.Present present) {
            return present.token();
        }
        if (bearer instanceof BearerToken.Malformed malformed) {
            return refusals.malformed(malformed.reason());
        }
        return cookieToken(request);
    }

    private boolean applies(String routedPath) {
        return (include.isEmpty() || include.matches(routedPath)) && !exclude.matches(routedPath);
    }

    private static boolean isPreflight(GuardedRequest request) {
        return "OPTIONS".equals(request.method()) && !request.headers("Origin").isEmpty()
            && !request.headers("Access-Control-Request-Method").isEmpty();
    }

    private Object cookieToken(GuardedRequest request) {
        if (cookieName == null) {
            return refusals.noToken();
        }
        String token = null;
        for (String value : request.cookies(cookieName)) {
            if (value == null || value.isBlank()) {
                continue;
            }
            if (token != null && !token.equals(value)) {
                return refusals.malformed("the request has two " + cookieName + " cookies that disagree");
            }
            token = value;
        }
        return token != null ? token : refusals.noToken();
    }

    private Decision judge(VerifySessionResult session) {
        return session.valid() ? new Decision.Admit(session) : refusals.invalidToken();
    }

    private Decision failed(GuardedRequest request, SessionError e) {
        if (e.isUnavailable()) {
            LOG.warn("{} {}: the session token could not be verified ({}); answering 503", request.method(),
                request.routedPath(), e.code().name());
            return refusals.unavailable();
        }
        LOG.error("{} {}: Ductape refused this server's verify request ({}, HTTP {}); answering 500: {}",
            request.method(), request.routedPath(), e.code().name(), e.httpStatus().orElse(0), e.getMessage());
        return refusals.refusedUpstream();
    }

    @Override
    public String toString() {
        return "SessionGuard[" + verifier + ", cookie=" + cookieName + ", include=" + include + ", exclude="
            + exclude + ", " + pathRules + ", retryAfter=" + retryAfter + "]";
    }

    /** What to do with a request. */
    public sealed interface Decision permits Decision.Skip, Decision.Admit, Decision.Refuse {
        /** The request is not checked: pass it on as it is. */
        Skip SKIP = new Skip();

        /** The request is not checked: pass it on as it is. */
        final class Skip implements Decision {
            private Skip() {}

            @Override
            public String toString() {
                return "Decision.Skip";
            }
        }

        /**
         * The request carries a valid session: pass it on with the session.
         *
         * @param session the verified session, {@code valid() == true}
         */
        record Admit(VerifySessionResult session) implements Decision {}

        /**
         * The request is refused: answer it with this status, these headers and this body, and stop.
         *
         * @param status      the HTTP status: 400, 401, 500 or 503
         * @param reason      a short name for logs and metrics: {@code ambiguous-path},
         *                    {@code malformed-credentials}, {@code no-token}, {@code invalid-token},
         *                    {@code unavailable}, {@code refused-upstream}
         * @param headers     the headers to set ({@code WWW-Authenticate}, {@code Retry-After},
         *                    {@code Cache-Control}, {@code Content-Type}); unmodifiable
         * @param problemJson the body, an RFC 9457 problem in UTF-8 JSON
         */
        record Refuse(int status, String reason, Map<String, String> headers, String problemJson)
            implements Decision {}
    }

    /** Builds a {@link SessionGuard}; {@link #build()} validates. Not thread-safe. */
    public static final class Builder {
        private final SessionVerifier verifier;
        private String cookieName;
        private final List<String> include = new ArrayList<>();
        private final List<String> exclude = new ArrayList<>();
        private PathRules pathRules = PathRules.strict();
        private Duration retryAfter = Duration.ofSeconds(DEFAULT_RETRY_AFTER_SECONDS);

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
         * Checks only routed paths matching one of these (default: every path); case-sensitive.
         *
         * @param patterns {@code /exact}, {@code /prefix/*}, {@code *.ext} or {@code /*}
         * @return this builder
         */
        public Builder include(String... patterns) {
            include.addAll(Arrays.asList(patterns));
            return this;
        }

        /**
         * Lets routed paths matching one of these through unchecked (a health check, static files);
         * case-sensitive.
         *
         * @param patterns {@code /exact}, {@code /prefix/*}, {@code *.ext} or {@code /*}
         * @return this builder
         */
        public Builder exclude(String... patterns) {
            exclude.addAll(Arrays.asList(patterns));
            return this;
        }

        /**
         * The raw paths refused with 400 before anything else (default {@link PathRules#strict()}).
         *
         * @param pathRules the rules
         * @return this builder
         */
        public Builder pathRules(PathRules pathRules) {
            this.pathRules = Objects.requireNonNull(pathRules, "pathRules");
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
         * Builds the guard.
         *
         * @return the guard
         * @throws IllegalArgumentException naming a pattern that is not a servlet URL pattern
         */
        public SessionGuard build() {
            return new SessionGuard(this);
        }
    }
}
