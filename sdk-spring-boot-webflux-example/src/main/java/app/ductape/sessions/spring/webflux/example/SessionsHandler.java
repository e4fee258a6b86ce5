package app.ductape.sessions.spring.webflux.example;

import app.ductape.sessions.SessionsService;
import app.ductape.sessions.model.VerifySessionResult;
import app.ductape.sessions.options.RevokeSessionOptions;
import app.ductape.sessions.options.StartSessionOptions;
import app.ductape.sessions.webflux.DuctapeSessionWebFilter;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * Login, a protected endpoint and logout, as in the servlet example, without blocking an event loop: the calls
 * to Ductape go through {@code sessions.async()}, and {@code /api/**} is behind the starter's web filter
 * ({@code ductape.sessions.filter.*} in application.properties), which puts the verified session in the
 * exchange's attributes and in the Reactor context.
 */
@RestController
class SessionsHandler {
    private final SessionsService sessions;

    SessionsHandler(SessionsService sessions) {
        this.sessions = sessions;
    }

    /** After your own check of the user's password: a session, whose token the browser sends back. */
    @PostMapping("/login")
    Mono<Map<String, Object>> login(@RequestParam String email) {
        return Mono.fromFuture(() -> sessions.async().start(StartSessionOptions.builder().tag("user-session")
                .data(Map.of("email", email)).build()))
            .map(session -> Map.of("token", session.token(),
                "expiresAt", session.expiresAt().map(Object::toString).orElse("never")));
    }

    /** The session from the exchange's attributes, as a servlet handler reads it from the request. */
    @GetMapping("/api/me")
    Map<String, Object> me(@RequestAttribute(DuctapeSessionWebFilter.SESSION_ATTRIBUTE) VerifySessionResult session) {
        return session.data();
    }

    /** The session from the Reactor context, where code far from the exchange can read it. */
    @PostMapping("/api/logout")
    Mono<Map<String, Object>> logout() {
        return Mono.deferContextual(context -> {
            VerifySessionResult session = context.get(DuctapeSessionWebFilter.CONTEXT_KEY);
            return Mono.fromFuture(() -> sessions.async().revoke(RevokeSessionOptions.builder().tag("user-session")
                .sessionId(session.sessionId().orElseThrow()).build()));
        }).map(revocation -> {
            // Ductape may answer a revocation without a count: then say only that it succeeded
            Object revoked = revocation.revoked().isPresent() ? revocation.revoked().getAsLong() : "yes";
            return Map.of("revoked", revoked);
        });
    }
}
