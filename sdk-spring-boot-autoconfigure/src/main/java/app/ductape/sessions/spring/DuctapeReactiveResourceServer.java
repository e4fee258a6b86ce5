package app.ductape.sessions.spring;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.introspection.ReactiveOpaqueTokenIntrospector;
import org.springframework.security.oauth2.server.resource.web.server.BearerTokenServerAuthenticationEntryPoint;
import org.springframework.security.web.server.WebFilterExchange;
import org.springframework.security.web.server.authentication.ServerAuthenticationConverter;
import org.springframework.security.web.server.authentication.ServerAuthenticationEntryPointFailureHandler;
import org.springframework.security.web.server.authentication.ServerAuthenticationFailureHandler;
import reactor.core.publisher.Mono;

/**
 * Spring Security's reactive resource server set up for Ductape session tokens, in one line of your own
 * {@code SecurityWebFilterChain}: {@code http.oauth2ResourceServer(ductapeResourceServer)}. It reads the token
 * with {@link DuctapeServerBearerTokenConverter}, introspects it with the given introspector (the starter's
 * {@link DuctapeReactiveOpaqueTokenIntrospector}), and answers as the web filter does: 401 with
 * {@code WWW-Authenticate} for a missing, invalid, expired or revoked token, 400 for a malformed header, and
 * 503 with {@code Retry-After} while Ductape cannot be asked (Spring Security alone would answer 500).
 */
public final class DuctapeReactiveResourceServer implements Customizer<ServerHttpSecurity.OAuth2ResourceServerSpec> {
    private static final String UNAVAILABLE = "{\"type\":\"about:blank\",\"title\":\"Service Unavailable\","
        + "\"status\":503,\"detail\":\"The session service cannot verify the token now; retry later.\"}";

    private final ReactiveOpaqueTokenIntrospector introspector;
    private final ServerAuthenticationConverter converter;
    private final Duration retryAfter;

    /**
     * The set-up.
     *
     * @param introspector the introspector of Ductape tokens
     * @param converter    the reader of the {@code Authorization} header
     * @param retryAfter   the {@code Retry-After} of a 503, at least 1 s
     * @throws IllegalArgumentException when {@code retryAfter} is under 1 s
     */
    public DuctapeReactiveResourceServer(ReactiveOpaqueTokenIntrospector introspector,
                                         ServerAuthenticationConverter converter, Duration retryAfter) {
        this.introspector = Objects.requireNonNull(introspector, "introspector");
        this.converter = Objects.requireNonNull(converter, "converter");
        if (retryAfter == null || retryAfter.toSeconds() < 1) {
            throw new IllegalArgumentException("`retryAfter` must be at least 1 second, but was " + retryAfter);
        }
        this.retryAfter = retryAfter;
    }

    @Override
    public void customize(ServerHttpSecurity.OAuth2ResourceServerSpec server) {
        BearerTokenServerAuthenticationEntryPoint entryPoint = new BearerTokenServerAuthenticationEntryPoint();
        server.bearerTokenConverter(converter)
            .authenticationEntryPoint(entryPoint)
            .authenticationFailureHandler(new FailureHandler(new ServerAuthenticationEntryPointFailureHandler(entryPoint),
                retryAfter))
            .opaqueToken(opaqueToken -> opaqueToken.introspector(introspector));
    }

    @Override
    public String toString() {
        return "DuctapeReactiveResourceServer[" + introspector + ", " + converter + ", retryAfter=" + retryAfter + "]";
    }

    /** 503 when the token could not be introspected (Ductape unavailable), the entry point's answer otherwise. */
    private record FailureHandler(ServerAuthenticationFailureHandler entryPoint, Duration retryAfter)
        implements ServerAuthenticationFailureHandler {
        @Override
        public Mono<Void> onAuthenticationFailure(WebFilterExchange exchange, AuthenticationException exception) {
            if (!(exception instanceof AuthenticationServiceException)) {
                return entryPoint.onAuthenticationFailure(exchange, exception);
            }
            ServerHttpResponse response = exchange.getExchange().getResponse();
            response.setStatusCode(HttpStatus.SERVICE_UNAVAILABLE);
            response.getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(retryAfter.toSeconds()));
            response.getHeaders().set(HttpHeaders.CACHE_CONTROL, "no-store");
            response.getHeaders().set(HttpHeaders.CONTENT_TYPE, "application/problem+json");
            DataBuffer body = response.bufferFactory().wrap(UNAVAILABLE.getBytes(StandardCharsets.UTF_8));
            return response.writeWith(Mono.just(body));
        }
    }
}
