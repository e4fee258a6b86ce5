package app.ductape.sessions.webfluxapp;

import app.ductape.sessions.SessionsService;
import app.ductape.sessions.middleware.SessionVerifier;
import app.ductape.sessions.model.VerifySessionResult;
import app.ductape.sessions.options.RevokeSessionOptions;
import app.ductape.sessions.spring.DuctapeReactiveResourceServer;
import app.ductape.sessions.spring.DuctapeSessionPrincipal;
import app.ductape.sessions.spring.TestEmulator;
import app.ductape.sessions.webflux.DuctapeSessionWebFilter;
import java.util.Map;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * A WebFlux application using the starter both ways: {@code /api/**} behind the web filter, {@code /oauth/**}
 * behind Spring Security's reactive resource server with the Ductape introspector. With
 * {@code test.own-chain=false} it has no chain of its own, and the starter's default chain guards everything.
 */
@SpringBootApplication
class WebFluxTestApplication {

    @Bean
    @ConditionalOnProperty(name = "test.own-chain", havingValue = "true", matchIfMissing = true)
    SecurityWebFilterChain security(ServerHttpSecurity http, DuctapeReactiveResourceServer ductapeResourceServer) {
        return http.authorizeExchange(exchanges -> exchanges.pathMatchers("/oauth/**").authenticated()
                .anyExchange().permitAll())
            .oauth2ResourceServer(ductapeResourceServer)
            .csrf(ServerHttpSecurity.CsrfSpec::disable)
            .build();
    }

    /** Login, the protected endpoints, logout, and one handler that blocks its event loop on purpose. */
    @RestController
    static class SessionsController {
        private final SessionsService sessions;
        private final SessionVerifier verifier;

        SessionsController(SessionsService sessions, SessionVerifier verifier) {
            this.sessions = sessions;
            this.verifier = verifier;
        }

        @PostMapping("/login")
        Mono<Map<String, String>> login(@RequestParam String email) {
            return Mono.fromFuture(() -> sessions.async().start(TestEmulator.loginOptions(email)))
                .map(started -> Map.of("token", started.token(), "sessionId", started.sessionId()));
        }

        @GetMapping("/api/me")
        Map<String, Object> me(ServerWebExchange exchange) {
            return exchange.<VerifySessionResult>getAttribute(DuctapeSessionWebFilter.SESSION_ATTRIBUTE).data();
        }

        @GetMapping("/api/context")
        Mono<Map<String, Object>> fromTheContext() {
            return Mono.deferContextual(context -> Mono.just(context.get(DuctapeSessionWebFilter.CONTEXT_KEY).data()));
        }

        @GetMapping("/api/**")
        String anyProtected() {
            return "reached";
        }

        @GetMapping("/api/public/**")
        String anyPublic() {
            return "public";
        }

        @PostMapping("/api/logout")
        Mono<Long> logout(ServerWebExchange exchange) {
            VerifySessionResult session = exchange.getAttribute(DuctapeSessionWebFilter.SESSION_ATTRIBUTE);
            return Mono.fromFuture(() -> sessions.async().revoke(RevokeSessionOptions.builder().tag("user-session")
                .sessionId(session.sessionId().orElseThrow()).build())).map(revoked -> revoked.revoked().orElse(-1));
        }

        @GetMapping("/oauth/me")
        Map<String, Object> oauthMe(@AuthenticationPrincipal DuctapeSessionPrincipal principal) {
            return principal.getAttributes();
        }

        /** The mistake the detector exists for: the blocking verify, on the event loop. */
        @GetMapping("/blocking/verify")
        boolean blockingVerify(@RequestHeader("X-Token") String token) {
            return verifier.verify(token).valid();
        }
    }
}
