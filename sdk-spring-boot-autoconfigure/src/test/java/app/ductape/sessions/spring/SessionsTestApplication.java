package app.ductape.sessions.spring;

import app.ductape.sessions.SessionsService;
import app.ductape.sessions.middleware.DuctapeSessionFilter;
import app.ductape.sessions.model.StartSessionResult;
import app.ductape.sessions.model.VerifySessionResult;
import app.ductape.sessions.options.RevokeSessionOptions;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A Spring Boot application using the starter both ways: {@code /api/**} behind {@link DuctapeSessionFilter},
 * {@code /oauth/**} behind Spring Security's resource server with the Ductape introspector.
 */
@SpringBootApplication
class SessionsTestApplication {

    @Bean
    SecurityFilterChain security(HttpSecurity http) throws Exception {
        return http.authorizeHttpRequests(requests -> requests.requestMatchers("/oauth/**").authenticated()
                .anyRequest().permitAll())
            .oauth2ResourceServer(server -> server.opaqueToken(Customizer.withDefaults()))
            .csrf(csrf -> csrf.disable())
            .build();
    }

    /** Login, the protected endpoints, and logout. */
    @RestController
    static class SessionsController {
        /** Requests that reached a handler behind the filter. */
        static final AtomicInteger PROTECTED_HITS = new AtomicInteger();

        private final SessionsService sessions;

        SessionsController(SessionsService sessions) {
            this.sessions = sessions;
        }

        @PostMapping("/login")
        Map<String, String> login(@RequestParam String email) {
            StartSessionResult started = TestEmulator.login(sessions, email);
            return Map.of("token", started.token(), "sessionId", started.sessionId());
        }

        @GetMapping("/api/me")
        Map<String, Object> me(HttpServletRequest request) {
            PROTECTED_HITS.incrementAndGet();
            return ((VerifySessionResult) request.getAttribute(DuctapeSessionFilter.SESSION_ATTRIBUTE)).data();
        }

        @GetMapping("/api/**")
        String anyProtected() {
            PROTECTED_HITS.incrementAndGet();
            return "reached";
        }

        @GetMapping("/api/public/**")
        String anyPublic() {
            return "public";
        }

        @GetMapping("/oauth/me")
        Map<String, Object> oauthMe(@AuthenticationPrincipal DuctapeSessionPrincipal principal) {
            return principal.getAttributes();
        }

        @PostMapping("/api/logout")
        long logout(HttpServletRequest request) {
            VerifySessionResult session = (VerifySessionResult) request.getAttribute(
                DuctapeSessionFilter.SESSION_ATTRIBUTE);
            return sessions.revoke(RevokeSessionOptions.builder().tag("user-session")
                .sessionId(session.sessionId().orElseThrow()).build()).revoked().orElse(-1);
        }
    }
}
