package app.ductape.sessions.spring;

import app.ductape.sessions.middleware.BearerToken;
import app.ductape.sessions.webflux.HeaderValues;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.BearerTokenErrors;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.security.web.server.authentication.ServerAuthenticationConverter;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The reactive side of {@link DuctapeBearerTokenResolver}: takes the token from
 * {@code Authorization: Bearer <token>} by the SDK's one set of rules ({@link BearerToken#parse}), the same
 * as the web filter's. Spring Security's {@code ServerBearerTokenAuthenticationConverter} accepts only RFC
 * 6750's token characters, which a Ductape session token ({@code user-session:eyJ...}) is not (the colon),
 * and answers every request carrying one with 401 before the introspector sees it. A malformed header (no
 * token, whitespace inside it, two {@code Authorization} headers) is refused as {@code invalid_request}
 * (400); no header is no authentication (the request goes on anonymous). Set it on a resource server with
 * {@code server.bearerTokenConverter(converter)}, or use {@link DuctapeReactiveResourceServer}.
 */
public final class DuctapeServerBearerTokenConverter implements ServerAuthenticationConverter {

    /** A converter; stateless. */
    public DuctapeServerBearerTokenConverter() {}

    @Override
    public Mono<Authentication> convert(ServerWebExchange exchange) {
        BearerToken token = BearerToken.parse(HeaderValues.of(exchange.getRequest().getHeaders(), HttpHeaders.AUTHORIZATION));
        if (token instanceof BearerToken.Present present) {
            return Mono.just(new BearerTokenAuthenticationToken(present.token()));
        }
        if (token instanceof BearerToken.Malformed malformed) {
            return Mono.error(new OAuth2AuthenticationException(BearerTokenErrors.invalidRequest(malformed.reason())));
        }
        return Mono.empty();
    }
}
