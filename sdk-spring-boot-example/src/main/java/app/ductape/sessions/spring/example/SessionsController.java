package app.ductape.sessions.spring.example;

import app.ductape.sessions.SessionsService;
import app.ductape.sessions.middleware.DuctapeSessionFilter;
import app.ductape.sessions.model.StartSessionResult;
import app.ductape.sessions.model.VerifySessionResult;
import app.ductape.sessions.options.RevokeSessionOptions;
import app.ductape.sessions.options.StartSessionOptions;
import java.util.Map;
import java.util.OptionalLong;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Login, a protected endpoint and logout. {@code /api/**} is behind the starter's filter
 * ({@code ductape.sessions.filter.*} in application.properties), so its handlers only run with a valid
 * token, and find the verified session in a request attribute.
 */
@RestController
class SessionsController {
    private final SessionsService sessions;

    SessionsController(SessionsService sessions) {
        this.sessions = sessions;
    }

    /** After your own check of the user's password: a session, whose token the browser sends back. */
    @PostMapping("/login")
    Map<String, Object> login(@RequestParam String email) {
        StartSessionResult session = sessions.start(StartSessionOptions.builder().tag("user-session")
            .data(Map.of("email", email)).build());
        return Map.of("token", session.token(), "expiresAt", session.expiresAt().map(Object::toString).orElse("never"));
    }

    @GetMapping("/api/me")
    Map<String, Object> me(@RequestAttribute(DuctapeSessionFilter.SESSION_ATTRIBUTE) VerifySessionResult session) {
        return session.data();
    }

    @PostMapping("/api/logout")
    Map<String, Object> logout(@RequestAttribute(DuctapeSessionFilter.SESSION_ATTRIBUTE) VerifySessionResult session) {
        OptionalLong revoked = sessions.revoke(RevokeSessionOptions.builder().tag("user-session")
            .sessionId(session.sessionId().orElseThrow()).build()).revoked();
        // Ductape may answer a revocation without a count: then say only that it succeeded
        return Map.of("revoked", revoked.isPresent() ? revoked.getAsLong() : "yes");
    }
}
