package app.ductape.sessions.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import app.ductape.sessions.transport.JsonMappers;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The emulator's control over HTTP, under {@code /_emulator/} on its own port, for tests that run outside the
 * JVM: fail or delay the next requests, reset to the seed, advance the clock, list the recent requests. It
 * answers only a loopback peer (403 otherwise, whatever address the emulator listens on) that sends the
 * control token ({@code Authorization: Bearer <token>}; 401 otherwise), compared in constant time.
 *
 * <ul>
 *   <li>{@code POST /_emulator/faults} {@code {"failNext": 3, "status": 503}} or {@code {"disconnectNext": 2}}</li>
 *   <li>{@code POST /_emulator/latency} {@code {"next": 5, "delayMs": 250}}</li>
 *   <li>{@code POST /_emulator/reset}: the seed's data again, no fault pending, the clock back</li>
 *   <li>{@code POST /_emulator/clock} {@code {"advanceSeconds": 90000}}; {@code GET} answers {@code {"now": ...}}</li>
 *   <li>{@code GET /_emulator/requests}: the last {@value RecentRequests#CAPACITY}, credentials masked</li>
 * </ul>
 */
final class EmulatorControl {
    static final String PREFIX = "/_emulator/";
    private static final Logger LOG = LoggerFactory.getLogger(DuctapeEmulator.class);
    private static final ObjectMapper JSON = JsonMappers.newMapper();
    private static final int MAX_BODY_BYTES = 16 * 1024;

    private final byte[] token;
    private final DuctapeEmulator emulator;
    private final EmulatorClock clock;
    private final RecentRequests requests;

    EmulatorControl(String token, DuctapeEmulator emulator, EmulatorClock clock, RecentRequests requests) {
        this.token = token.getBytes(StandardCharsets.UTF_8);
        this.emulator = emulator;
        this.clock = clock;
        this.requests = requests;
    }

    /** A fresh control token: 32 random bytes, hex. */
    static String newToken() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    void serve(HttpExchange exchange) {
        try (exchange) {
            Answer answer = answer(exchange);
            byte[] body = JSON.writeValueAsBytes(answer.body());
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            exchange.sendResponseHeaders(answer.status(), body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        } catch (IOException e) {
            LOG.debug("emulator control exchange failed: {}", e.toString());
        }
    }

    private record Answer(int status, Object body) {
        static Answer error(int status, String message) {
            return new Answer(status, Map.of("error", message));
        }
    }

    private Answer answer(HttpExchange exchange) throws IOException {
        InetSocketAddress peer = exchange.getRemoteAddress();
        if (peer == null || peer.getAddress() == null || !peer.getAddress().isLoopbackAddress()) {
            return Answer.error(403, "the emulator's control answers only on loopback");
        }
        if (!authorized(exchange.getRequestHeaders().getFirst("Authorization"))) {
            return Answer.error(401, "the emulator's control needs its token: Authorization: Bearer <the token it "
                + "printed at start>");
        }
        String action = exchange.getRequestURI().getPath().substring(PREFIX.length());
        String method = exchange.getRequestMethod();
        JsonNode body;
        try {
            body = body(exchange.getRequestBody());
        } catch (IllegalArgumentException e) {
            return Answer.error(400, e.getMessage());
        }
        try {
            return switch (method + " " + action) {
                case "POST faults" -> faults(body);
                case "POST latency" -> latency(body);
                case "POST reset" -> reset();
                case "POST clock" -> advance(body);
                case "GET clock" -> new Answer(200, Map.of("now", clock.instant().toString()));
                case "GET requests" -> new Answer(200, Map.of("requests", requests.list()));
                default -> Answer.error(404, "no control " + method + " " + PREFIX + action + "; there are POST faults, "
                    + "POST latency, POST reset, GET and POST clock, GET requests");
            };
        } catch (IllegalArgumentException | IllegalStateException e) {
            return Answer.error(400, e.getMessage());
        }
    }

    private boolean authorized(String header) {
        if (header == null || !header.startsWith("Bearer ")) {
            return false;
        }
        return MessageDigest.isEqual(token, header.substring("Bearer ".length()).trim().getBytes(StandardCharsets.UTF_8));
    }

    private static JsonNode body(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes(MAX_BODY_BYTES + 1);
        if (bytes.length > MAX_BODY_BYTES) {
            throw new IllegalArgumentException("a control request's body is limited to 16 KiB");
        }
        if (bytes.length == 0) {
            return JSON.createObjectNode();
        }
        try {
            JsonNode node = JSON.readTree(bytes);
            if (!(node instanceof ObjectNode)) {
                throw new IllegalArgumentException("a control request's body is a JSON object");
            }
            return node;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException("a control request's body is not JSON: " + e.getOriginalMessage());
        }
    }

    private Answer faults(JsonNode body) {
        if (body.has("disconnectNext")) {
            emulator.faults().disconnectNext(count(body, "disconnectNext"));
            return new Answer(200, Map.of("disconnectNext", body.get("disconnectNext").asInt()));
        }
        int n = count(body, "failNext");
        int status = body.path("status").asInt(503);
        emulator.faults().failNext(n, status);
        return new Answer(200, Map.of("failNext", n, "status", status));
    }

    private Answer latency(JsonNode body) {
        int n = count(body, "next");
        long millis = body.path("delayMs").asLong(-1);
        if (millis < 0 || millis > Duration.ofMinutes(5).toMillis()) {
            throw new IllegalArgumentException("`delayMs` must be 0 to 300000, but was " + body.get("delayMs"));
        }
        emulator.faults().delayNext(n, Duration.ofMillis(millis));
        return new Answer(200, Map.of("next", n, "delayMs", millis));
    }

    private Answer reset() {
        emulator.reset();
        clock.reset();
        requests.clear();
        return new Answer(200, Map.of("reset", true, "now", clock.instant().toString()));
    }

    private Answer advance(JsonNode body) {
        long seconds = body.path("advanceSeconds").asLong(-1);
        if (!body.path("advanceSeconds").canConvertToLong() || seconds < 0) {
            throw new IllegalArgumentException("`advanceSeconds` must be a whole number of seconds >= 0, but was "
                + body.get("advanceSeconds"));
        }
        clock.advance(Duration.ofSeconds(seconds));
        return new Answer(200, Map.of("now", clock.instant().toString()));
    }

    private static int count(JsonNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null || !value.canConvertToInt() || value.asInt() < 0) {
            throw new IllegalArgumentException("`" + field + "` must be a count >= 0, but was " + value);
        }
        return value.asInt();
    }
}
