package app.ductape.sessions.spring.webflux.example;

import app.ductape.sessions.testkit.DuctapeEmulator;
import app.ductape.sessions.testkit.EmulatorSeed;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;

/**
 * The servlet example's twin as a WebFlux application on Reactor Netty: {@code POST /login} starts a session,
 * {@code GET /api/me} (behind the starter's web filter) answers the session's data, {@code POST /api/logout}
 * revokes it. Its settings are in {@code application.properties}, the same as the servlet example's.
 *
 * <p>Run it with {@code mvn -q -ntp -pl sdk-spring-boot-webflux-example -am verify -DskipTests -Prun}: against
 * an embedded emulator with demo data (unless {@code DUCTAPE_WORKSPACE_ID} is set: then your account), it
 * walks a browser through login, the protected endpoint and logout with {@link WebClient}, prints each answer,
 * and stops. With {@code -Dexample.args=serve} it stays up on port 8080 for you to try with curl.
 */
@SpringBootApplication
public class SessionsWebFluxExample {
    private static final Duration ANSWER = Duration.ofSeconds(30);

    public static void main(String[] args) {
        run(List.of(args).contains("serve"), new PrintStream(System.out, true, StandardCharsets.UTF_8));
    }

    static void run(boolean serve, PrintStream out) {
        DuctapeEmulator emulator = System.getenv("DUCTAPE_WORKSPACE_ID") != null ? null
            : DuctapeEmulator.builder().seed(EmulatorSeed.demo()).start();
        // application.properties reads the DUCTAPE_* variables; the emulator's stand in for them
        Map<String, Object> defaults = new HashMap<>(Map.of("server.port", serve ? 8080 : 0));
        if (emulator != null) {
            defaults.putAll(emulator.credentials().environment());
            defaults.put("DUCTAPE_BASE_URL", emulator.baseUrl());
            out.println("Ductape: an embedded emulator with demo data at " + emulator.baseUrl());
        }
        ConfigurableApplicationContext application = new SpringApplicationBuilder(SessionsWebFluxExample.class)
            .properties(defaults).run();
        String base = "http://localhost:" + application.getEnvironment().getProperty("local.server.port");
        if (serve) {
            out.println("Serving on " + base + " (Reactor Netty): the servlet example's curl commands work here too. "
                + "Stop with Ctrl+C.");
            return;
        }
        try {
            // a connection per request: Reactor Netty 1.3.6 (Spring Boot 4.0.7's) can stall a keep-alive
            // connection after a response completed off its event loop (reactor-netty#4361; see the README)
            walkThrough(WebClient.builder().baseUrl(base).clientConnector(new ReactorClientHttpConnector(
                HttpClient.create(ConnectionProvider.newConnection()))).build(), out);
        } finally {
            application.close();
            if (emulator != null) {
                emulator.close();
            }
        }
    }

    /** What a browser and an operator see, one request at a time. */
    private static void walkThrough(WebClient client, PrintStream out) {
        String login = send(client, HttpMethod.POST, "/login?email=ada@example.com", null);
        String token = login.replaceFirst("(?s).*\"token\":\"([^\"]+)\".*", "$1");
        out.println("POST /login                 -> " + login.replace(token, "(hidden)"));
        out.println("GET  /api/me, no token      -> " + send(client, HttpMethod.GET, "/api/me", null));
        out.println("GET  /api/me, token         -> " + send(client, HttpMethod.GET, "/api/me", token));
        out.println("POST /api/logout, token     -> " + send(client, HttpMethod.POST, "/api/logout", token));
        out.println("GET  /api/me, after logout  -> " + send(client, HttpMethod.GET, "/api/me", token));
        out.println("GET  /actuator/health/ductape -> " + send(client, HttpMethod.GET, "/actuator/health/ductape", null));
    }

    /** The status and body of one request; blocking is fine here, on the walk-through's own thread. */
    private static String send(WebClient client, HttpMethod method, String path, String token) {
        return client.method(method).uri(path)
            .headers(headers -> {
                if (token != null) {
                    headers.setBearerAuth(token);
                }
            })
            .exchangeToMono(response -> response.bodyToMono(String.class).defaultIfEmpty("")
                .map(body -> response.statusCode().value() + " " + body))
            .block(ANSWER);
    }
}
