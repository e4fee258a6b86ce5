package app.ductape.sessions.spring.example;

import app.ductape.sessions.testkit.DuctapeEmulator;
import app.ductape.sessions.testkit.EmulatorCredentials;
import app.ductape.sessions.testkit.EmulatorSeed;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A Spring Boot application on the starter: {@code POST /login} starts a session, {@code GET /api/me}
 * (behind the starter's filter) answers the session's data, {@code POST /api/logout} revokes it. Its
 * settings are in {@code application.properties}.
 *
 * <p>Run it with {@code mvn -q -ntp -pl sdk-spring-boot-example -am verify -DskipTests -Prun}: against an
 * embedded emulator with demo data (unless {@code DUCTAPE_WORKSPACE_ID} is set: then your account), it walks a browser through
 * login, the protected endpoint and logout, prints each answer, and stops. With
 * {@code -Dexample.args=serve} it stays up on port 8080 for you to try with curl.
 */
@SpringBootApplication
public class SessionsBootExample {
    private static final Pattern TOKEN = Pattern.compile("\"token\":\"([^\"]+)\"");

    public static void main(String[] args) {
        run(List.of(args).contains("serve"), new PrintStream(System.out, true, StandardCharsets.UTF_8));
    }

    static void run(boolean serve, PrintStream out) {
        DuctapeEmulator emulator = System.getenv("DUCTAPE_WORKSPACE_ID") != null ? null
            : DuctapeEmulator.builder().seed(EmulatorSeed.demo()).start();
        List<String> arguments = new ArrayList<>(List.of("--server.port=" + (serve ? 8080 : 0)));
        if (emulator != null) {
            arguments.add("--ductape.base-url=" + emulator.baseUrl());
            EmulatorCredentials credentials = emulator.credentials();
            arguments.add("--ductape.workspace-id=" + credentials.workspaceId());
            arguments.add("--ductape.public-key=" + credentials.publicKey());
            arguments.add("--ductape.user-id=" + credentials.userId());
            arguments.add("--ductape.token=" + credentials.token());
            arguments.add("--ductape.env-type=" + EmulatorCredentials.ENV_TYPE);
            out.println("Ductape: an embedded emulator with demo data at " + emulator.baseUrl()
                + " (to use your account, set DUCTAPE_WORKSPACE_ID, DUCTAPE_PUBLIC_KEY, DUCTAPE_USER_ID, DUCTAPE_TOKEN "
                + "and DUCTAPE_ENV_TYPE)");
        }
        ConfigurableApplicationContext application = SpringApplication.run(SessionsBootExample.class,
            arguments.toArray(String[]::new));
        String base = "http://localhost:" + application.getEnvironment().getProperty("local.server.port");
        if (serve) {
            out.println("Serving on " + base + ". Try:\n"
                + "  TOKEN=$(curl -s -X POST '" + base + "/login?email=ada@example.com' | sed 's/.*\"token\":\"\\([^\"]*\\)\".*/\\1/')\n"
                + "  curl -i " + base + "/api/me -H \"Authorization: Bearer $TOKEN\"\n"
                + "  curl -i -X POST " + base + "/api/logout -H \"Authorization: Bearer $TOKEN\"\n"
                + "  curl -s " + base + "/actuator/health/ductape\n"
                + "Stop with Ctrl+C.");
            return;
        }
        try {
            walkThrough(base, out);
        } finally {
            application.close();
            if (emulator != null) {
                emulator.close();
            }
        }
    }

    /** What a browser and an operator see, one request at a time. */
    private static void walkThrough(String base, PrintStream out) {
        String login = send("POST", base + "/login?email=ada@example.com", null);
        out.println("POST /login                 -> " + login.replaceAll("\"token\":\"[^\"]{20}[^\"]*\"",
            "\"token\":\"(hidden)\""));
        Matcher token = TOKEN.matcher(login);
        if (!token.find()) {
            throw new IllegalStateException("the login answered no token: " + login);
        }
        String bearer = token.group(1);
        out.println("GET  /api/me, no token      -> " + send("GET", base + "/api/me", null));
        out.println("GET  /api/me, token         -> " + send("GET", base + "/api/me", bearer));
        out.println("POST /api/logout, token     -> " + send("POST", base + "/api/logout", bearer));
        out.println("GET  /api/me, after logout  -> " + send("GET", base + "/api/me", bearer));
        out.println("GET  /actuator/health/ductape -> " + send("GET", base + "/actuator/health/ductape", null));
        out.println("GET  /actuator/metrics/ductape.sessions.calls -> "
            + send("GET", base + "/actuator/metrics/ductape.sessions.calls", null));
    }

    private static String send(String method, String url, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
            .method(method, HttpRequest.BodyPublishers.noBody());
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(request.build(),
                HttpResponse.BodyHandlers.ofString());
            return response.statusCode() + " " + response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
