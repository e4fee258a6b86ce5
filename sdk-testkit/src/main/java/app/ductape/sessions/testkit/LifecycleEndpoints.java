package app.ductape.sessions.testkit;

import static app.ductape.sessions.testkit.RequestParams.body;
import static app.ductape.sessions.testkit.RequestParams.requiredText;
import static app.ductape.sessions.testkit.RequestParams.text;

import app.ductape.sessions.testkit.EmulatorState.When;
import app.ductape.sessions.testkit.Records.Session;
import app.ductape.sessions.testkit.Records.StartAnswer;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

/** {@code /v1/products/{product}/sessions/{tag}/...}: start, verify, refresh, revoke, revoke-all, active. */
final class LifecycleEndpoints {
    private static final String SESSION = "v1/products/{product}/sessions/{tag}/";

    private final SessionLifecycle lifecycle;
    private final Queries queries;
    private final Clock clock;

    private LifecycleEndpoints(SessionLifecycle lifecycle, Queries queries, Clock clock) {
        this.lifecycle = lifecycle;
        this.queries = queries;
        this.clock = clock;
    }

    static void register(Routes routes, SessionLifecycle lifecycle, Queries queries, Clock clock) {
        LifecycleEndpoints endpoints = new LifecycleEndpoints(lifecycle, queries, clock);
        routes.add("POST", SESSION + "start", endpoints::start)
            .add("POST", SESSION + "verify", endpoints::verify)
            .add("POST", SESSION + "refresh", endpoints::refresh)
            .add("POST", SESSION + "revoke", (request, path) -> endpoints.revoke(request, path, false))
            .add("POST", SESSION + "revoke-all", (request, path) -> endpoints.revoke(request, path, true))
            .add("GET", SESSION + "active", endpoints::active);
    }

    /** The emulator's now, to the millisecond as the wire carries it. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private EmulatorResponse start(EmulatorRequest request, Map<String, String> path) {
        JsonNode body = body(request);
        String env = requiredText(body, "env");
        Map<String, Object> data = RequestParams.object(body, "data", false);
        Long expiresIn = null;
        if (body.hasNonNull("expiresIn")) {
            expiresIn = body.get("expiresIn").asLong(0);
            if (expiresIn <= 0) {
                throw ApiException.badRequest("`expiresIn` must be a positive number of seconds");
            }
        }
        StartAnswer answer = lifecycle.start(path.get("product"), path.get("tag"), env, data, expiresIn,
            text(body, "cache"), When.live(now()));
        return WireWriter.ok(g -> WireWriter.startAnswer(g, answer));
    }

    private EmulatorResponse verify(EmulatorRequest request, Map<String, String> path) {
        JsonNode body = body(request);
        SessionLifecycle.Verification verification = lifecycle.verify(path.get("product"), path.get("tag"),
            requiredText(body, "env"), requiredText(body, "token"), When.live(now()));
        return WireWriter.ok(g -> WireWriter.verification(g, verification));
    }

    private EmulatorResponse refresh(EmulatorRequest request, Map<String, String> path) {
        JsonNode body = body(request);
        StartAnswer answer = lifecycle.refresh(path.get("product"), path.get("tag"), requiredText(body, "env"),
            requiredText(body, "refreshToken"), When.live(now()));
        return WireWriter.ok(g -> WireWriter.startAnswer(g, answer));
    }

    private EmulatorResponse revoke(EmulatorRequest request, Map<String, String> path, boolean all) {
        JsonNode body = body(request);
        String env = requiredText(body, "env");
        String sessionId = all ? null : text(body, "sessionId");
        String identifier = text(body, "identifier");
        if (all && identifier == null) {
            throw ApiException.badRequest("`identifier` is required");
        }
        if (!all && (sessionId == null) == (identifier == null)) {
            throw ApiException.badRequest("send exactly one of `sessionId` or `identifier`");
        }
        int revoked = lifecycle.revoke(path.get("product"), path.get("tag"), env, sessionId, identifier,
            When.live(now()));
        return WireWriter.ok(g -> {
            g.writeStartObject();
            g.writeNumberField("revoked", revoked);
            g.writeEndObject();
        });
    }

    private EmulatorResponse active(EmulatorRequest request, Map<String, String> path) {
        Map<String, String> q = request.query();
        Instant now = now();
        Queries.Page<Session> page = queries.listActive(path.get("product"), path.get("tag"),
            RequestParams.required(q, "env"), q.get("identifier"), RequestParams.page(q), RequestParams.limit(q), now);
        return WireWriter.ok(g -> WireWriter.activeSessions(g, page, now));
    }
}
