package app.ductape.sessions.springtestapps.servlet;

import app.ductape.sessions.middleware.DuctapeSessionFilter;
import app.ductape.sessions.model.VerifySessionResult;
import app.ductape.sessions.spring.DuctapeSessionPrincipal;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A servlet application using the starter both ways: {@code /api/*} behind the Ductape filter,
 * {@code /oauth/**} and {@code /admin/**} behind Spring Security's resource server with the Ductape
 * introspector, the report only for {@code ROLE_ADMIN} (method security).
 */
@SpringBootApplication
@EnableMethodSecurity
public class ServletTestApplication {

    @Bean
    SecurityFilterChain security(HttpSecurity http) throws Exception {
        return http.authorizeHttpRequests(requests -> requests.requestMatchers("/oauth/**", "/admin/**").authenticated()
                .anyRequest().permitAll())
            .oauth2ResourceServer(server -> server.opaqueToken(Customizer.withDefaults()))
            .csrf(csrf -> csrf.disable())
            .build();
    }

    /** The endpoints. */
    @RestController
    static class Endpoints {
        @GetMapping("/api/me")
        String me(HttpServletRequest request) {
            return String.valueOf(((VerifySessionResult) request.getAttribute(DuctapeSessionFilter.SESSION_ATTRIBUTE))
                .data().get("email"));
        }

        @GetMapping("/oauth/me")
        String oauthMe(@AuthenticationPrincipal DuctapeSessionPrincipal principal) {
            return String.valueOf(principal.getAttributes().get("email"));
        }

        @GetMapping("/admin/report")
        @PreAuthorize("hasAuthority('ROLE_ADMIN')")
        String report(@AuthenticationPrincipal DuctapeSessionPrincipal principal) {
            return "report for " + principal.getAttributes().get("email") + " (" + principal.getName() + ")";
        }
    }
}
