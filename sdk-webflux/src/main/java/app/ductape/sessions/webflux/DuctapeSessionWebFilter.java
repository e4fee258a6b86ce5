package app.ductape.sessions.webflux;

import app.ductape.sessions.middleware.GuardedRequest;
import app.ductape.sessions.middleware.PathRules;
import app.ductape.sessions.middleware.SessionGuard;
import app.ductape.sessions.middleware.SessionVerifier;
import app.ductape.sessions.model.VerifySessionResult;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpCookie;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import org.springframework.web.util.UriUtils;
import reactor.core.publisher.Mono;

/**
 * A WebFlux {@link WebFilter} that lets a request through only with a valid Ductape session token, with the
 * servlet filter's rules ({@link SessionGuard}): the token from {@code Authorization: Bearer}, else the
 * cookie named; 401 with {@code WWW-Authenticate} and an RFC 9457 body (never the token); 503 with
 * {@code Retry-After} while Ductape is unavailable; 400 for a raw path that can be read two ways; include
 * and exclude patterns on the decoded path. It never blocks the event loop: the token is verified with
 * {@link SessionVerifier#verifyAsync}, a cache hit answers at once. A traced verifier's spans are children of
 * the request's server span, which tracing keeps in the Reactor context (copied to the thread locals a tracer
 * reads through Micrometer's context-propagation, where the application has it, as Spring Boot's does).
 *
 * <p>A verified session is in the exchange's attributes ({@link #SESSION_ATTRIBUTE}) and in the Reactor
 * context of the rest of the chain ({@link #CONTEXT_KEY}):
 * <pre>{@code
 * WebFilter filter = DuctapeSessionWebFilter.of(SessionGuard.builder(verifier).cookie("ductape_session")
 *     .include("/api/*").exclude("/api/health").build());
 * // in a handler:
 * VerifySessionResult session = exchange.getAttribute(DuctapeSessionWebFilter.SESSION_ATTRIBUTE);
 * Mono<VerifySessionResult> same = Mono.deferContextual(c -> Mono.just(c.get(DuctapeSessionWebFilter.CONTEXT_KEY)));
 * }</pre>
 * Its {@linkplain #getOrder() order} is {@link #DEFAULT_ORDER}, just before Spring Security's
 * {@code WebFilterChainProxy} (-100), so a WebFlux application sorting its filters runs it first; change
 * it with {@link #withOrder}. Immutable and thread-safe.
 */
public final class DuctapeSessionWebFilter implements WebFilter, Ordered {
    /** The exchange attribute that holds the verified {@code VerifySessionResult}. */
    public static final String SESSION_ATTRIBUTE = "app.ductape.sessions.session";
    /** The Reactor context key of the verified {@code VerifySessionResult}. */
    public static final Class<VerifySessionResult> CONTEXT_KEY = VerifySessionResult.class;
    /** Just before Spring Security's {@code WebFilterChainProxy} ({@code WebFluxSecurityConfiguration}, -100). */
    public static final int DEFAULT_ORDER = -101;

    private final SessionGuard guard;
    private final int order;

    private DuctapeSessionWebFilter(SessionGuard guard, int order) {
        this.guard = guard;
        this.order = order;
    }

    /**
     * A filter with these rules (cookie, include and exclude patterns, path rules, {@code Retry-After}): the
     * same {@link SessionGuard} a servlet filter or a filter of your own would use.
     *
     * @param guard the rules and the verifier
     * @return the filter
     */
    public static DuctapeSessionWebFilter of(SessionGuard guard) {
        return new DuctapeSessionWebFilter(Objects.requireNonNull(guard, "guard"), DEFAULT_ORDER);
    }

    /**
     * A filter checking every path, with the token from {@code Authorization: Bearer} only.
     *
     * @param verifier the verifier; its tag is the one accepted
     * @return the filter
     */
    public static DuctapeSessionWebFilter of(SessionVerifier verifier) {
        return of(SessionGuard.builder(Objects.requireNonNull(verifier, "verifier")).build());
    }

    /**
     * The same filter at another place among the application's web filters.
     *
     * @param order the order; lower runs first
     * @return a new filter
     */
    public DuctapeSessionWebFilter withOrder(int order) {
        return new DuctapeSessionWebFilter(guard, order);
    }

    @Override
    public int getOrder() {
        return order;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        return Mono.deferContextual(context -> Mono.fromFuture(ThreadLocalsFromContext.within(context,
                () -> guard.decideAsync(new ExchangeRequest(exchange.getRequest())))))
            .flatMap(decision -> {
                if (decision instanceof SessionGuard.Decision.Admit admit) {
                    exchange.getAttributes().put(SESSION_ATTRIBUTE, admit.session());
                    return chain.filter(exchange).contextWrite(context -> context.put(CONTEXT_KEY, admit.session()));
                }
                if (decision instanceof SessionGuard.Decision.Refuse refuse) {
                    return refuse(exchange.getResponse(), refuse);
                }
                return chain.filter(exchange);
            });
    }

    private static Mono<Void> refuse(ServerHttpResponse response, SessionGuard.Decision.Refuse refuse) {
        response.setStatusCode(HttpStatusCode.valueOf(refuse.status()));
        refuse.headers().forEach(response.getHeaders()::set);
        DataBuffer body = response.bufferFactory().wrap(refuse.problemJson().getBytes(StandardCharsets.UTF_8));
        return response.writeWith(Mono.just(body));
    }

    @Override
    public String toString() {
        return "DuctapeSessionWebFilter[" + guard + ", order=" + order + "]";
    }

    /**
     * The request as the guard reads it: the raw path as it came, and the path it routes on, percent-decoded
     * (a raw path that could decode two ways is refused before it is read: {@link PathRules}).
     */
    private record ExchangeRequest(ServerHttpRequest request) implements GuardedRequest {
        @Override
        public String method() {
            return request.getMethod().name();
        }

        @Override
        public String rawPath() {
            return request.getURI().getRawPath();
        }

        @Override
        public String routedPath() {
            return UriUtils.decode(request.getPath().pathWithinApplication().value(), StandardCharsets.UTF_8);
        }

        @Override
        public List<String> headers(String name) {
            return HeaderValues.of(request.getHeaders(), name);
        }

        @Override
        public List<String> cookies(String name) {
            List<HttpCookie> cookies = request.getCookies().get(name);
            return cookies == null ? List.of() : cookies.stream().map(HttpCookie::getValue).toList();
        }
    }
}
