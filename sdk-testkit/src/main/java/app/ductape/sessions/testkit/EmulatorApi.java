package app.ductape.sessions.testkit;

import app.ductape.sessions.internal.TimeBound;
import app.ductape.sessions.model.GroupBy;
import app.ductape.sessions.model.LogStatus;
import app.ductape.sessions.testkit.EmulatorStore.LogPage;
import app.ductape.sessions.testkit.EmulatorStore.Page;
import app.ductape.sessions.testkit.EmulatorStore.When;
import app.ductape.sessions.testkit.Records.Config;
import app.ductape.sessions.testkit.Records.Log;
import app.ductape.sessions.testkit.Records.Session;
import app.ductape.sessions.testkit.Records.StartAnswer;
import app.ductape.sessions.testkit.Records.User;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The HTTP face of the emulator: authentication, routing, request validation, idempotency and JSON
 * envelopes, over {@link EmulatorStore}. Transport-independent: the JDK server and the MockWebServer
 * dispatcher both call {@link #handle}.
 */
final class EmulatorApi implements EmulatorHandler {
    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};

    private final EmulatorStore store;
    private final Clock clock;
    private final EmulatorCredentials credentials;
    private final IdempotencyCache idempotency = new IdempotencyCache(10_000);
    private final UUID processIdPrefix = UUID.nameUUIDFromBytes("ductape-emulator".getBytes());

    EmulatorApi(EmulatorStore store, Clock clock, EmulatorCredentials credentials) {
        this.store = store;
        this.clock = clock;
        this.credentials = credentials;
    }

    @Override
    public EmulatorResponse handle(EmulatorRequest request) {
        try {
            if (!credentials.accepts(request)) {
                throw new ApiException(401, "UNAUTHORIZED",
                    "Missing or invalid credentials: send X-Access-Key, or the workspace headers");
            }
            String key = request.header("Idempotency-Key");
            if (key != null && !request.method().equals("GET")) {
                return idempotency.answer(key + " " + request.method() + " " + request.path(), () -> route(request));
            }
            return route(request);
        } catch (ApiException e) {
            return error(e.status, e.code, e.getMessage());
        } catch (IllegalArgumentException e) {
            return error(400, "VALIDATION_FAILED", e.getMessage());
        }
    }

    /** The emulator's now, to the millisecond as the wire carries it. */
    private Instant now() {
        return clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
    }

    @Override
    public EmulatorResponse error(int status, String message) {
        return error(status, status == 413 ? "PAYLOAD_TOO_LARGE" : "EMULATOR_FAULT", message);
    }

    static EmulatorResponse error(int status, String code, String message) {
        return write(status, g -> {
            g.writeBooleanField("status", false);
            g.writeStringField("message", message);
            g.writeStringField("code", code);
        });
    }

    private EmulatorResponse route(EmulatorRequest request) {
        List<String> s = request.segments();
        String method = request.method();
        if (s.size() == 3 && s.get(0).equals("v1") && s.get(1).equals("session-users")) {
            requireMethod(method, "GET");
            return ok(g -> writeUserDetails(g, store.userByDuctapeId(s.get(2))));
        }
        if (s.size() < 4 || !s.get(0).equals("v1") || !s.get(1).equals("products")) {
            throw notFound(request);
        }
        String product = s.get(2);
        if (s.get(3).equals("session-configs")) {
            return configs(request, product, s.subList(4, s.size()));
        }
        if (!s.get(3).equals("sessions") || s.size() < 6) {
            throw notFound(request);
        }
        String tag = s.get(4);
        String action = s.get(5);
        if (s.size() == 7 && action.equals("users")) {
            requireMethod(method, "GET");
            return ok(g -> writeUserDetails(g, store.userDetails(product, tag, request.query().get("env"), s.get(6))));
        }
        if (s.size() != 6) {
            throw notFound(request);
        }
        return switch (action) {
            case "users" -> users(request, product, tag);
            case "activity" -> activity(request, product, tag);
            case "dashboard" -> dashboard(request, product, tag);
            case "active" -> active(request, product, tag);
            case "start" -> start(request, product, tag);
            case "verify" -> verify(request, product, tag);
            case "refresh" -> refresh(request, product, tag);
            case "revoke", "revoke-all" -> revoke(request, product, tag, action.equals("revoke-all"));
            default -> throw notFound(request);
        };
    }

    // ---- configs -----------------------------------------------------------------------------

    private EmulatorResponse configs(EmulatorRequest request, String product, List<String> rest) {
        String method = request.method();
        if (rest.isEmpty()) {
            if (method.equals("GET")) {
                List<Config> configs = store.listConfigs(product);
                return write(200, g -> {
                    g.writeBooleanField("status", true);
                    g.writeArrayFieldStart("data");
                    for (Config config : configs) {
                        writeConfig(g, config);
                    }
                    g.writeEndArray();
                });
            }
            requireMethod(method, "POST");
            JsonNode body = body(request);
            Config config = EmulatorStore.newConfig(requiredText(body, "name"), requiredText(body, "tag"),
                text(body, "description"), requiredText(body, "selector"), body.path("expiry").asLong(0),
                requiredText(body, "period"), schema(body));
            return ok(g -> writeConfig(g, store.createConfig(product, config)));
        }
        if (rest.size() != 1) {
            throw notFound(request);
        }
        String tag = rest.get(0);
        switch (method) {
            case "GET":
                return ok(g -> writeConfig(g, store.fetchConfig(product, tag)));
            case "PATCH": {
                JsonNode body = body(request);
                Config updated = store.updateConfig(product, tag, config -> {
                    if (body.has("name")) {
                        config.name = requiredText(body, "name");
                    }
                    if (body.has("description")) {
                        config.description = text(body, "description");
                    }
                    if (body.has("selector")) {
                        config.selector = app.ductape.sessions.internal.SessionSelector.parse(
                            requiredText(body, "selector"));
                    }
                    if (body.has("expiry")) {
                        config.expiry = body.get("expiry").asLong(0);
                        if (config.expiry <= 0) {
                            throw ApiException.badRequest("`expiry` must be > 0, but was " + body.get("expiry"));
                        }
                    }
                    if (body.has("period")) {
                        config.period = app.ductape.sessions.model.ExpiryPeriod.from(requiredText(body, "period"));
                    }
                    if (body.has("schema")) {
                        config.schema = schema(body);
                    }
                    return config;
                });
                return ok(g -> writeConfig(g, updated));
            }
            case "DELETE":
                store.deleteConfig(product, tag);
                return write(200, g -> g.writeBooleanField("status", true));
            default:
                throw new ApiException(405, "METHOD_NOT_ALLOWED", method + " is not allowed on " + request.path());
        }
    }

    // ---- lifecycle ---------------------------------------------------------------------------

    private EmulatorResponse start(EmulatorRequest request, String product, String tag) {
        requireMethod(request.method(), "POST");
        JsonNode body = body(request);
        String env = requiredText(body, "env");
        JsonNode data = body.get("data");
        if (data == null || !data.isObject()) {
            throw ApiException.badRequest("`data` must be a JSON object");
        }
        Long expiresIn = null;
        if (body.hasNonNull("expiresIn")) {
            expiresIn = body.get("expiresIn").asLong(0);
            if (expiresIn <= 0) {
                throw ApiException.badRequest("`expiresIn` must be a positive number of seconds");
            }
        }
        StartAnswer answer = store.start(product, tag, env, JSON.convertValue(data, MAP), expiresIn,
            text(body, "cache"), When.live(now()));
        return ok(g -> writeStartAnswer(g, answer));
    }

    private EmulatorResponse verify(EmulatorRequest request, String product, String tag) {
        requireMethod(request.method(), "POST");
        JsonNode body = body(request);
        EmulatorStore.Verification verification = store.verify(product, tag, requiredText(body, "env"),
            requiredText(body, "token"), When.live(now()));
        return ok(g -> {
            g.writeStartObject();
            g.writeBooleanField("valid", verification.session() != null);
            if (verification.session() != null) {
                g.writeFieldName("data");
                JSON.writeValue(g, verification.data());
                g.writeStringField("sessionId", verification.session().id);
                g.writeStringField("expiresAt", verification.session().endAt.toString());
            }
            g.writeEndObject();
        });
    }

    private EmulatorResponse refresh(EmulatorRequest request, String product, String tag) {
        requireMethod(request.method(), "POST");
        JsonNode body = body(request);
        StartAnswer answer = store.refresh(product, tag, requiredText(body, "env"), requiredText(body, "refreshToken"),
            When.live(now()));
        return ok(g -> writeStartAnswer(g, answer));
    }

    private EmulatorResponse revoke(EmulatorRequest request, String product, String tag, boolean all) {
        requireMethod(request.method(), "POST");
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
        int revoked = store.revoke(product, tag, env, sessionId, identifier, When.live(now()));
        return ok(g -> {
            g.writeStartObject();
            g.writeNumberField("revoked", revoked);
            g.writeEndObject();
        });
    }

    private EmulatorResponse active(EmulatorRequest request, String product, String tag) {
        requireMethod(request.method(), "GET");
        Map<String, String> q = request.query();
        String env = q.get("env");
        if (env == null || env.isBlank()) {
            throw ApiException.badRequest("`env` is required");
        }
        Instant now = now();
        Page<Session> page = store.listActive(product, tag, env, q.get("identifier"), page(q), limit(q), now);
        return ok(g -> {
            g.writeStartObject();
            g.writeArrayFieldStart("sessions");
            for (Session session : page.items()) {
                g.writeStartObject();
                g.writeStringField("sessionId", session.id);
                g.writeStringField("identifier", session.identifier);
                g.writeStringField("startAt", session.startAt.toString());
                g.writeStringField("endAt", session.endAt.toString());
                g.writeBooleanField("active", session.activeAt(now));
                g.writeEndObject();
            }
            g.writeEndArray();
            writePaging(g, page.total(), page.page(), page.limit());
            g.writeEndObject();
        });
    }

    // ---- analytics ---------------------------------------------------------------------------

    private EmulatorResponse users(EmulatorRequest request, String product, String tag) {
        requireMethod(request.method(), "GET");
        Map<String, String> q = request.query();
        Page<User> page = store.users(product, tag, q.get("env"), page(q), limit(q));
        return ok(g -> {
            g.writeStartObject();
            g.writeArrayFieldStart("users");
            for (User user : page.items()) {
                g.writeStartObject();
                writeUserFields(g, user);
                g.writeEndObject();
            }
            g.writeEndArray();
            writePaging(g, page.total(), page.page(), page.limit());
            g.writeEndObject();
        });
    }

    private EmulatorResponse activity(EmulatorRequest request, String product, String tag) {
        requireMethod(request.method(), "GET");
        Map<String, String> q = request.query();
        String status = q.get("status") == null ? null : LogStatus.from(q.get("status")).wireValue();
        TimeBound start = bound(q, "start");
        TimeBound end = bound(q, "end");
        TimeBound.requireOrdered(start, end);
        int page = page(q);
        int limit = limit(q);
        LogPage logs = store.logs(product, tag, q.get("env"), status, start, end, page, limit);
        return ok(g -> {
            g.writeStartObject();
            g.writeArrayFieldStart("logs");
            for (Log log : logs.logs()) {
                writeLog(g, product, tag, log);
            }
            g.writeEndArray();
            writePaging(g, logs.total(), page, limit);
            g.writeEndObject();
        });
    }

    private EmulatorResponse dashboard(EmulatorRequest request, String product, String tag) {
        requireMethod(request.method(), "GET");
        Map<String, String> q = request.query();
        GroupBy groupBy = q.get("groupBy") == null ? GroupBy.DAY : GroupBy.from(q.get("groupBy"));
        TimeBound start = bound(q, "start");
        TimeBound end = bound(q, "end");
        TimeBound.requireOrdered(start, end);
        Dashboard d = store.dashboard(product, tag, q.get("env"), groupBy, start, end, now());
        return ok(g -> {
            g.writeStartObject();
            g.writeNumberField("totalUsers", d.totalUsers());
            g.writeNumberField("activeUsers", d.activeUsers());
            g.writeNumberField("inactiveUsers", d.inactiveUsers());
            g.writeNumberField("expiredUsers", d.expiredUsers());
            g.writeNumberField("newUsersToday", d.newUsersToday());
            g.writeNumberField("newUsersThisWeek", d.newUsersThisWeek());
            g.writeNumberField("totalSessions", d.totalSessions());
            g.writeNumberField("activeSessions", d.activeSessions());
            g.writeNumberField("expiredSessions", d.expiredSessions());
            g.writeNumberField("averageSessionsPerUser", d.averageSessionsPerUser());
            g.writeNumberField("successRate", d.successRate());
            g.writeNumberField("errorRate", d.errorRate());
            g.writeNumberField("averageSessionDuration", d.averageSessionDuration());
            g.writeArrayFieldStart("sessionsOverTime");
            for (int i = 0; i < d.periods().size(); i++) {
                g.writeStartObject();
                g.writeStringField("period", d.periods().get(i));
                g.writeNumberField("created", d.created()[i]);
                g.writeNumberField("expired", d.expired()[i]);
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("operationsOverTime");
            for (int i = 0; i < d.periods().size(); i++) {
                g.writeStartObject();
                g.writeStringField("period", d.periods().get(i));
                for (Records.Operation operation : Records.Operation.values()) {
                    g.writeNumberField(operation.tag(), d.operations()[operation.ordinal()][i]);
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        });
    }

    // ---- writing -----------------------------------------------------------------------------

    private void writeLog(JsonGenerator g, String product, String tag, Log log) throws IOException {
        g.writeStartObject();
        g.writeStringField("_id", String.format("%024x", log.sequence()));
        g.writeStringField("process_id", new UUID(processIdPrefix.getMostSignificantBits(), log.sequence()).toString());
        g.writeStringField("product_tag", product);
        g.writeStringField("session_tag", product + ":" + tag);
        g.writeStringField("parent_tag", log.operation().tag());
        g.writeStringField("env", log.env());
        g.writeStringField("type", "session");
        g.writeStringField("message", log.message());
        g.writeStringField("status", log.status());
        g.writeBooleanField("successful_execution", log.success());
        g.writeBooleanField("failed_execution", !log.success());
        g.writeStringField("data", JSON.writeValueAsString(logData(log)));
        g.writeNumberField("start", log.startMillis());
        g.writeNumberField("end", log.endMillis());
        g.writeStringField("timestamp", Instant.ofEpochMilli(log.timestampMillis()).toString());
        g.writeEndObject();
    }

    private static Map<String, Object> logData(Log log) {
        Map<String, Object> data = new java.util.LinkedHashMap<>();
        if (log.sessionId() != null) {
            data.put("sessionId", log.sessionId());
        }
        if (log.identifier() != null) {
            data.put("identifier", log.identifier());
        }
        if (!log.success()) {
            data.put("error", log.message());
        }
        return data;
    }

    private static void writeStartAnswer(JsonGenerator g, StartAnswer answer) throws IOException {
        g.writeStartObject();
        g.writeStringField("token", answer.token());
        g.writeStringField("refreshToken", answer.refreshToken());
        g.writeStringField("sessionId", answer.sessionId());
        g.writeStringField("expiresAt", answer.expiresAt().toString());
        g.writeEndObject();
    }

    private static void writeConfig(JsonGenerator g, Config config) throws IOException {
        g.writeStartObject();
        g.writeStringField("name", config.name);
        g.writeStringField("tag", config.tag);
        if (config.description != null) {
            g.writeStringField("description", config.description);
        }
        g.writeStringField("selector", config.selector.toString());
        g.writeNumberField("expiry", config.expiry);
        g.writeStringField("period", config.period.wireValue());
        g.writeFieldName("schema");
        JSON.writeValue(g, config.schema);
        g.writeEndObject();
    }

    private static void writeUserFields(JsonGenerator g, User user) throws IOException {
        g.writeStringField("_id", user.objectId);
        g.writeStringField("ductape_user_id", user.ductapeUserId);
        g.writeStringField("product_tag", user.product);
        g.writeStringField("session_tag", user.product + ":" + user.tag);
        g.writeStringField("identifier", user.identifier);
        g.writeStringField("env", user.env);
        g.writeStringField("first_seen", user.firstSeen.toString());
        g.writeNumberField("last_seen", user.lastSeen.toEpochMilli());
        g.writeStringField("createdAt", user.firstSeen.toString());
        g.writeStringField("updatedAt", user.lastSeen.toString());
    }

    private void writeUserDetails(JsonGenerator g, User user) throws IOException {
        Instant now = now();
        g.writeStartObject();
        writeUserFields(g, user);
        g.writeArrayFieldStart("sessions");
        long active = 0;
        for (Session session : user.sessions) {
            boolean isActive = session.activeAt(now);
            active += isActive ? 1 : 0;
            g.writeStartObject();
            g.writeStringField("session_id", session.id);
            g.writeNumberField("start_at", session.startAt.toEpochMilli());
            g.writeStringField("end_at", (session.revokedAt != null ? session.revokedAt : session.endAt).toString());
            g.writeBooleanField("active", isActive);
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeNumberField("totalSessions", user.sessions.size());
        g.writeNumberField("activeSessionsCount", active);
        g.writeEndObject();
    }

    private static void writePaging(JsonGenerator g, long total, int page, int limit) throws IOException {
        g.writeNumberField("total", total);
        g.writeNumberField("page", page);
        g.writeNumberField("limit", limit);
        g.writeNumberField("totalPages", (total + limit - 1) / limit);
    }

    /** Writes the fields of an envelope body. */
    @FunctionalInterface
    interface BodyWriter {
        void write(JsonGenerator generator) throws IOException;
    }

    /** A success envelope whose {@code data} is what {@code data} writes. */
    private static EmulatorResponse ok(BodyWriter data) {
        return write(200, g -> {
            g.writeBooleanField("status", true);
            g.writeFieldName("data");
            data.write(g);
        });
    }

    private static EmulatorResponse write(int status, BodyWriter fields) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        try (JsonGenerator g = JSON.getFactory().createGenerator(out)) {
            g.writeStartObject();
            fields.write(g);
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new EmulatorResponse(status, out.toByteArray());
    }

    // ---- reading -----------------------------------------------------------------------------

    private static JsonNode body(EmulatorRequest request) {
        try {
            JsonNode body = request.body().length == 0 ? null : JSON.readTree(request.body());
            if (body == null || !body.isObject()) {
                throw ApiException.badRequest("The request body must be a JSON object");
            }
            return body;
        } catch (IOException e) {
            throw ApiException.badRequest("The request body is not valid JSON");
        }
    }

    private static String text(JsonNode body, String field) {
        JsonNode value = body.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static String requiredText(JsonNode body, String field) {
        String value = text(body, field);
        if (value == null || value.isBlank()) {
            throw ApiException.badRequest("`" + field + "` is required");
        }
        return value;
    }

    private static Map<String, Object> schema(JsonNode body) {
        JsonNode schema = body.get("schema");
        if (schema == null || !schema.isObject() || schema.isEmpty()) {
            throw ApiException.badRequest("`schema` is required and must be a JSON object");
        }
        return JSON.convertValue(schema, MAP);
    }

    private static TimeBound bound(Map<String, String> query, String name) {
        String value = query.get(name);
        return value == null ? null : TimeBound.parse(value, name);
    }

    private static int page(Map<String, String> query) {
        return intParam(query, "page", 1, 1, Integer.MAX_VALUE);
    }

    private static int limit(Map<String, String> query) {
        return intParam(query, "limit", 20, 1, 1000);
    }

    private static int intParam(Map<String, String> query, String name, int fallback, int min, int max) {
        String value = query.get(name);
        if (value == null) {
            return fallback;
        }
        try {
            int parsed = Integer.parseInt(value);
            if (parsed < min || parsed > max) {
                throw ApiException.badRequest("`" + name + "` must be between " + min + " and " + max);
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("`" + name + "` must be an integer, but was '" + value + "'");
        }
    }

    private static void requireMethod(String method, String expected) {
        if (!method.equals(expected)) {
            throw new ApiException(405, "METHOD_NOT_ALLOWED", method + " is not allowed here; use " + expected);
        }
    }

    private static ApiException notFound(EmulatorRequest request) {
        return ApiException.notFound("NOT_FOUND", "No route for " + request.method() + " " + request.path());
    }
}
