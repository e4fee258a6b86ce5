package app.ductape.sessions.springtestapps.webflux;

import app.ductape.sessions.model.VerifySessionResult;
import app.ductape.sessions.webflux.DuctapeSessionWebFilter;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.web.reactive.function.server.RequestPredicates;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

/** A WebFlux application with the Ductape web filter on {@code /api/*}, Spring Security letting all through. */
@SpringBootApplication
public class WebFluxTestApplication {

    @Bean
    SecurityWebFilterChain security(ServerHttpSecurity http) {
        return http.authorizeExchange(exchanges -> exchanges.anyExchange().permitAll()).csrf(csrf -> csrf.disable())
            .build();
    }

    @Bean
    RouterFunction<ServerResponse> me() {
        return RouterFunctions.route(RequestPredicates.GET("/api/me"), request -> {
            VerifySessionResult session = request.exchange().getAttribute(DuctapeSessionWebFilter.SESSION_ATTRIBUTE);
            return ServerResponse.ok().bodyValue(String.valueOf(session.data().get("email")));
        });
    }
}
