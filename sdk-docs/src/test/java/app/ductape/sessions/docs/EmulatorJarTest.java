package app.ductape.sessions.docs;

import static org.assertj.core.api.Assertions.assertThat;

import app.ductape.sessions.SessionsService;
import app.ductape.sessions.model.StartSessionResult;
import app.ductape.sessions.options.StartSessionOptions;
import app.ductape.sessions.options.VerifySessionOptions;
import app.ductape.sessions.testsupport.ChildProcess;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The runnable emulator as the README and sdk-testkit's README give it, {@code java -jar
 * ductape-sessions-testkit-<version>-emulator.jar --port 0 --control}: started as a process of its own with
 * nothing else on its class path, used by the SDK through the variables it prints, driven over HTTP by a plain
 * client with the control token it prints, and stopped. The jar is sdk-testkit's, packaged before this module's
 * tests run in the reactor.
 */
class EmulatorJarTest {
    private static final Path TARGET = Path.of("..", "sdk-testkit", "target").toAbsolutePath().normalize();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static Path jar() throws IOException {
        try (Stream<Path> files = Files.list(TARGET)) {
            List<Path> jars = files.filter(path -> path.getFileName().toString().matches(
                "ductape-sessions-testkit-.+-emulator\\.jar")).toList();
            assertThat(jars).as("sdk-testkit's -emulator jar in %s (built by `mvn package` before this module's "
                + "tests)", TARGET).hasSize(1);
            return jars.get(0);
        }
    }

    private static String exported(ChildProcess emulator, String variable) {
        return emulator.awaitLine(line -> line.startsWith("export " + variable + "="), Duration.ofSeconds(60), variable)
            .substring(("export " + variable + "=").length());
    }

    private static HttpResponse<String> control(String baseUrl, String method, String action, String body,
                                                String token) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(baseUrl + "/_emulator/" + action))
            .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(10))
            .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
            .build(), HttpResponse.BodyHandlers.ofString());
    }

    private static boolean listening(String baseUrl) {
        URI uri = URI.create(baseUrl);
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(uri.getHost(), uri.getPort()), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    @Test
    void theJarServesTheSdkAndItsControlAndStops() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String baseUrl;
        try (ChildProcess emulator = ChildProcess.start("emulator jar", new ProcessBuilder(java, "-jar",
            jar().toString(), "--port", "0", "--control"))) {
            baseUrl = exported(emulator, "DUCTAPE_BASE_URL");
            Map<String, String> variables = new HashMap<>();
            for (String variable : List.of("DUCTAPE_WORKSPACE_ID", "DUCTAPE_PUBLIC_KEY", "DUCTAPE_USER_ID",
                "DUCTAPE_TOKEN", "DUCTAPE_ENV_TYPE", "DUCTAPE_EMULATOR_CONTROL_TOKEN")) {
                variables.put(variable, exported(emulator, variable));
            }
            String token = variables.get("DUCTAPE_EMULATOR_CONTROL_TOKEN");

            try (SessionsService sessions = SessionsService.builder().baseUrl(baseUrl)
                .workspaceId(variables.get("DUCTAPE_WORKSPACE_ID")).publicKey(variables.get("DUCTAPE_PUBLIC_KEY"))
                .userId(variables.get("DUCTAPE_USER_ID")).token(variables.get("DUCTAPE_TOKEN"))
                .envType(variables.get("DUCTAPE_ENV_TYPE")).product("my-product").env("production").maxRetries(0)
                .build()) {
                StartSessionResult session = sessions.start(StartSessionOptions.builder().tag("user-session")
                    .data(Map.of("email", "ada@example.com")).build());
                VerifySessionOptions verify = VerifySessionOptions.builder().tag("user-session")
                    .token(session.token()).build();
                assertThat(sessions.verify(verify).valid()).isTrue();

                assertThat(control(baseUrl, "POST", "clock", "{\"advanceSeconds\": 90000}", token).statusCode())
                    .isEqualTo(200);
                assertThat(sessions.verify(verify).valid()).as("a day's session, 25 hours on").isFalse();
            }
            HttpResponse<String> requests = control(baseUrl, "GET", "requests", null, token);
            assertThat(requests.statusCode()).isEqualTo(200);
            assertThat(requests.body()).contains("/proxy/")
                .doesNotContain(variables.get("DUCTAPE_PUBLIC_KEY"), variables.get("DUCTAPE_WORKSPACE_ID"));
            assertThat(control(baseUrl, "GET", "requests", null, "another-token").statusCode()).isEqualTo(401);
        }
        assertThat(listening(baseUrl)).as("stopped with its process").isFalse();
    }
}
