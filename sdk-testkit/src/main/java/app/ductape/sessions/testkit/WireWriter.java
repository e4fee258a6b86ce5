package app.ductape.sessions.testkit;

import app.ductape.sessions.testkit.Records.Config;
import app.ductape.sessions.testkit.Records.Log;
import app.ductape.sessions.testkit.Records.Session;
import app.ductape.sessions.testkit.Records.StartAnswer;
import app.ductape.sessions.testkit.Records.User;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Everything the emulator writes, in Ductape's wire format: the {@code {"status", "data"}} envelope, the
 * error envelope, and each entity as the wire contract spells it. Streams straight into the body.
 */
final class WireWriter {
    private static final UUID PROCESS_ID_PREFIX = UUID.nameUUIDFromBytes("ductape-emulator".getBytes());

    private WireWriter() {}

    /** Writes one JSON value. */
    @FunctionalInterface
    interface BodyWriter {
        void write(JsonGenerator generator) throws IOException;
    }

    /** A success envelope whose {@code data} is what {@code data} writes. */
    static EmulatorResponse ok(BodyWriter data) {
        return write(200, g -> {
            g.writeBooleanField("status", true);
            g.writeFieldName("data");
            data.write(g);
        });
    }

    /** A success envelope without data. */
    static EmulatorResponse okWithoutData() {
        return write(200, g -> g.writeBooleanField("status", true));
    }

    static EmulatorResponse error(int status, String code, String message) {
        return write(status, g -> {
            g.writeBooleanField("status", false);
            g.writeStringField("message", message);
            g.writeStringField("code", code);
        });
    }

    private static EmulatorResponse write(int status, BodyWriter fields) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        try (JsonGenerator g = RequestParams.JSON.getFactory().createGenerator(out)) {
            g.writeStartObject();
            fields.write(g);
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new EmulatorResponse(status, out.toByteArray());
    }

    static void config(JsonGenerator g, Config config) throws IOException {
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
        RequestParams.JSON.writeValue(g, config.schema);
        g.writeEndObject();
    }

    static void configs(JsonGenerator g, List<Config> configs) throws IOException {
        g.writeStartArray();
        for (Config config : configs) {
            config(g, config);
        }
        g.writeEndArray();
    }

    static void startAnswer(JsonGenerator g, StartAnswer answer) throws IOException {
        g.writeStartObject();
        g.writeStringField("token", answer.token());
        g.writeStringField("refreshToken", answer.refreshToken());
        g.writeStringField("sessionId", answer.sessionId());
        g.writeStringField("expiresAt", answer.expiresAt().toString());
        g.writeEndObject();
    }

    static void verification(JsonGenerator g, SessionLifecycle.Verification verification) throws IOException {
        g.writeStartObject();
        g.writeBooleanField("valid", verification.session() != null);
        if (verification.session() != null) {
            g.writeFieldName("data");
            RequestParams.JSON.writeValue(g, verification.data());
            g.writeStringField("sessionId", verification.session().id);
            g.writeStringField("expiresAt", verification.session().endAt.toString());
        }
        g.writeEndObject();
    }

    static void activeSessions(JsonGenerator g, Queries.Page<Session> page, Instant now) throws IOException {
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
        paging(g, page.total(), page.page(), page.limit());
        g.writeEndObject();
    }

    static void users(JsonGenerator g, Queries.Page<User> page) throws IOException {
        g.writeStartObject();
        g.writeArrayFieldStart("users");
        for (User user : page.items()) {
            g.writeStartObject();
            userFields(g, user);
            g.writeEndObject();
        }
        g.writeEndArray();
        paging(g, page.total(), page.page(), page.limit());
        g.writeEndObject();
    }

    static void userDetails(JsonGenerator g, User user, Instant now) throws IOException {
        g.writeStartObject();
        userFields(g, user);
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

    private static void userFields(JsonGenerator g, User user) throws IOException {
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

    static void logs(JsonGenerator g, String product, String tag, Queries.LogPage logs, int page, int limit)
        throws IOException {
        g.writeStartObject();
        g.writeArrayFieldStart("logs");
        for (Log log : logs.logs()) {
            log(g, product, tag, log);
        }
        g.writeEndArray();
        paging(g, logs.total(), page, limit);
        g.writeEndObject();
    }

    private static void log(JsonGenerator g, String product, String tag, Log log) throws IOException {
        g.writeStartObject();
        g.writeStringField("_id", String.format("%024x", log.sequence()));
        g.writeStringField("process_id", new UUID(PROCESS_ID_PREFIX.getMostSignificantBits(), log.sequence())
            .toString());
        g.writeStringField("product_tag", product);
        g.writeStringField("session_tag", product + ":" + tag);
        g.writeStringField("parent_tag", log.operation().tag());
        g.writeStringField("env", log.env());
        g.writeStringField("type", "session");
        g.writeStringField("message", log.message());
        g.writeStringField("status", log.status());
        g.writeBooleanField("successful_execution", log.success());
        g.writeBooleanField("failed_execution", !log.success());
        Map<String, Object> data = new LinkedHashMap<>();
        if (log.sessionId() != null) {
            data.put("sessionId", log.sessionId());
        }
        if (log.identifier() != null) {
            data.put("identifier", log.identifier());
        }
        if (!log.success()) {
            data.put("error", log.message());
        }
        g.writeStringField("data", RequestParams.JSON.writeValueAsString(data));
        g.writeNumberField("start", log.startMillis());
        g.writeNumberField("end", log.endMillis());
        g.writeStringField("timestamp", Instant.ofEpochMilli(log.timestampMillis()).toString());
        g.writeEndObject();
    }

    static void dashboard(JsonGenerator g, Dashboard d) throws IOException {
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
    }

    private static void paging(JsonGenerator g, long total, int page, int limit) throws IOException {
        g.writeNumberField("total", total);
        g.writeNumberField("page", page);
        g.writeNumberField("limit", limit);
        g.writeNumberField("totalPages", (total + limit - 1) / limit);
    }
}
