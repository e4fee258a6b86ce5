package app.ductape.sessions.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import app.ductape.sessions.SessionError;
import app.ductape.sessions.SessionsService;
import app.ductape.sessions.model.StartSessionResult;
import app.ductape.sessions.options.FetchSessionActivityLogsOptions;
import app.ductape.sessions.options.StartSessionOptions;
import app.ductape.sessions.options.VerifySessionOptions;
import app.ductape.sessions.testsupport.ChildProcess;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The emulator's control over HTTP, driven by a plain HTTP client as a test outside the JVM would: each
 * action, and the requests it refuses (no token, another token, a peer not on loopback, a bad body).
 */
class EmulatorControlTest {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final DuctapeEmulator emulator = DuctapeEmulator.builder().seed(EmulatorSeed.demo()).control().start();
    private final String token = emulator.controlToken().orElseThrow();
    private final SessionsService sessions = emulator.sessionsServiceBuilder().maxRetries(0).build();

    @AfterEach
    void close() {
        sessions.close();
        emulator.close();
    }

    private static HttpResponse<String> send(String baseUrl, String method, String action, String body, String bearer)
        throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + "/_emulator/" + action))
            .timeout(Duration.ofSeconds(10)).method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body));
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> control(String method, String action, String body) throws Exception {
        return send(emulator.baseUrl(), method, action, body, token);
    }

    private StartSessionResult start() {
        return sessions.start(StartSessionOptions.builder().tag("user-session")
            .data(Map.of("email", "ada@example.com")).build());
    }

    private boolean valid(String sessionToken) {
        return sessions.verify(VerifySessionOptions.builder().tag("user-session").token(sessionToken).build()).valid();
    }

    @Test
    void failNextMakesTheNextCallsFailWithTheStatusThenTheyPass() throws Exception {
        HttpResponse<String> answer = control("POST", "faults", "{\"failNext\": 2, \"status\": 503}");

        assertThat(answer.statusCode()).isEqualTo(200);
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(this::start).isInstanceOf(SessionError.class)
                .satisfies(e -> assertThat(((SessionError) e).httpStatus()).hasValue(503));
        }
        assertThat(start().token()).isNotBlank();
    }

    @Test
    void latencyDelaysTheNextCalls() throws Exception {
        assertThat(control("POST", "latency", "{\"next\": 1, \"delayMs\": 300}").statusCode()).isEqualTo(200);

        long began = System.nanoTime();
        start();

        assertThat(Duration.ofNanos(System.nanoTime() - began)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
    }

    @Test
    void advancingTheClockExpiresASessionAndResetBringsItAllBack() throws Exception {
        StartSessionResult session = start();
        String before = control("GET", "clock", null).body();

        HttpResponse<String> advanced = control("POST", "clock", "{\"advanceSeconds\": 90000}");

        assertThat(advanced.statusCode()).isEqualTo(200);
        assertThat(advanced.body()).isNotEqualTo(before);
        assertThat(valid(session.token())).as("a day's session, 25 hours on").isFalse();

        assertThat(control("POST", "reset", null).statusCode()).isEqualTo(200);
        StartSessionResult fresh = start();
        assertThat(valid(fresh.token())).isTrue();
        assertThat(valid(session.token())).as("the session before the reset is gone with its state").isFalse();
        assertThat(Duration.between(java.time.Instant.parse(jsonString(control("GET", "clock", null).body(), "now")),
            emulator.clock().instant()).abs()).isLessThan(Duration.ofMinutes(1));
    }

    @Test
    void recentRequestsAreListedWithTheirCredentialsMasked() throws Exception {
        start();
        sessions.fetchActivityLogs(FetchSessionActivityLogsOptions.builder().session("user-session").page(1).limit(5)
            .build());

        HttpResponse<String> answer = control("GET", "requests", null);

        assertThat(answer.statusCode()).isEqualTo(200);
        EmulatorCredentials credentials = emulator.credentials();
        assertThat(answer.body()).contains("/log/v1/workspace-logs/****", "public_key=****", "user_id=****",
            "\"status\":200", "/proxy/")
            .doesNotContain(credentials.workspaceId(), credentials.publicKey(), credentials.userId(),
                credentials.token(), credentials.accessKey(), "ada@example.com");
    }

    @Test
    void withoutTheTokenOrWithAnotherTheControlRefusesAndDoesNothing() throws Exception {
        assertThat(send(emulator.baseUrl(), "POST", "faults", "{\"failNext\": 5}", null).statusCode()).isEqualTo(401);
        assertThat(send(emulator.baseUrl(), "POST", "faults", "{\"failNext\": 5}", EmulatorControl.newToken())
            .statusCode()).isEqualTo(401);
        assertThat(send(emulator.baseUrl(), "POST", "faults", "{\"failNext\": 5}", token.substring(1)).statusCode())
            .isEqualTo(401);

        assertThat(start().token()).as("no fault was set").isNotBlank();
    }

    @Test
    void aBadRequestIsRefusedNamingWhatIsWrong() throws Exception {
        HttpResponse<String> negative = control("POST", "faults", "{\"failNext\": -1}");
        HttpResponse<String> notJson = control("POST", "clock", "advance a day");
        HttpResponse<String> unknown = control("POST", "shutdown", null);

        assertThat(negative.statusCode()).isEqualTo(400);
        assertThat(negative.body()).contains("failNext");
        assertThat(notJson.statusCode()).isEqualTo(400);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("POST reset");
    }

    @Test
    void anEmulatorWithoutControlHasNone() throws Exception {
        try (DuctapeEmulator plain = DuctapeEmulator.builder().start()) {
            assertThat(plain.controlToken()).isEmpty();

            HttpResponse<String> answer = send(plain.baseUrl(), "GET", "requests", null, token);

            assertThat(answer.statusCode()).isEqualTo(404);
            assertThat(answer.body()).as("Ductape's API answered: no such route").contains("No route for GET");
        }
    }

    /** An IPv4 address of an interface that is up and not loopback, where the machine has one. */
    private static Optional<InetAddress> nonLoopbackAddress() throws SocketException {
        for (NetworkInterface network : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (network.isUp() && !network.isLoopback()) {
                for (InetAddress address : Collections.list(network.getInetAddresses())) {
                    if (address instanceof Inet4Address && !address.isLoopbackAddress()) {
                        return Optional.of(address);
                    }
                }
            }
        }
        return Optional.empty();
    }

    @Test
    void listeningOnEveryAddressTheControlStillAnswersOnlyOnLoopback() throws Exception {
        Optional<InetAddress> outside = nonLoopbackAddress();
        assumeTrue(outside.isPresent(), "this machine has no address but loopback");
        try (DuctapeEmulator shared = DuctapeEmulator.builder().host("0.0.0.0").control().start()) {
            String secret = shared.controlToken().orElseThrow();
            String viaNetwork = "http://" + outside.get().getHostAddress() + ":" + shared.port();

            assertThat(send(viaNetwork, "GET", "requests", null, secret).statusCode()).isEqualTo(403);
            assertThat(send(viaNetwork, "POST", "reset", null, secret).statusCode()).isEqualTo(403);
            assertThat(send(shared.baseUrl(), "GET", "requests", null, secret).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void anAddressOfAnotherMachineIsRefusedByName() {
        assertThatThrownBy(() -> DuctapeEmulator.builder().host("192.0.2.1"))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("192.0.2.1");
    }

    private static String jsonString(String json, String field) {
        Matcher matcher = Pattern.compile("\"" + field + "\":\"([^\"]+)\"").matcher(json);
        assertThat(matcher.find()).as("%s in %s", field, json).isTrue();
        return matcher.group(1);
    }

    @Test
    void theStandaloneEmulatorPrintsItsControlTokenAndIsDrivenFromAnotherProcess() throws Exception {
        try (ChildProcess standalone = ChildProcess.start("emulator", ChildProcess.java(EmulatorMain.class,
            "--port", "0", "--seed", "none", "--control"))) {
            String url = standalone.awaitLine(line -> line.startsWith("export DUCTAPE_BASE_URL="),
                Duration.ofSeconds(30), "the base URL").substring("export DUCTAPE_BASE_URL=".length());
            String secret = standalone.awaitLine(line -> line.startsWith("export DUCTAPE_EMULATOR_CONTROL_TOKEN="),
                Duration.ofSeconds(30), "the control token").substring("export DUCTAPE_EMULATOR_CONTROL_TOKEN=".length());

            assertThat(send(url, "POST", "faults", "{\"failNext\": 1, \"status\": 500}", secret).statusCode())
                .isEqualTo(200);
            assertThat(HTTP.send(HttpRequest.newBuilder(URI.create(url + "/log/v1/anything")).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(500);
            assertThat(send(url, "GET", "requests", null, "not-the-token").statusCode()).isEqualTo(401);
        }
    }
}
