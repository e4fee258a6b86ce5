package app.ductape.sessions.testkit;

import app.ductape.sessions.testkit.Records.Config;
import app.ductape.sessions.testkit.Records.Session;
import app.ductape.sessions.testkit.Records.StartAnswer;
import app.ductape.sessions.testkit.Records.User;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.time.Instant;
import java.util.List;

/**
 * The session configurations, tokens, sessions and users the emulator answers with, spelled as Ductape's
 * clients read them ({@code sessionUsersService.ts}, the seed's pages). The activity logs and dashboards
 * are {@link ActivityWriter}'s.
 */
final class EntityWriter {
    private EntityWriter() {}

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

    /** {@code {user, sessions: [{session_id, start_at, end_at, data, is_active}], totalSessions, activeSessions}}. */
    static void userDetails(JsonGenerator g, User user, Instant now) throws IOException {
        g.writeStartObject();
        g.writeObjectFieldStart("user");
        userFields(g, user);
        g.writeEndObject();
        g.writeArrayFieldStart("sessions");
        long active = 0;
        for (Session session : user.sessions) {
            boolean isActive = session.activeAt(now);
            active += isActive ? 1 : 0;
            g.writeStartObject();
            g.writeStringField("session_id", session.id);
            g.writeNumberField("start_at", session.startAt.toEpochMilli());
            g.writeStringField("end_at", (session.revokedAt != null ? session.revokedAt : session.endAt).toString());
            g.writeFieldName("data");
            RequestParams.JSON.writeValue(g, session.data);
            g.writeBooleanField("is_active", isActive);
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeNumberField("totalSessions", user.sessions.size());
        g.writeNumberField("activeSessions", active);
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
        g.writeNumberField("total_sessions", user.sessions.size());
        g.writeStringField("createdAt", user.firstSeen.toString());
        g.writeStringField("updatedAt", user.lastSeen.toString());
    }

    static void paging(JsonGenerator g, long total, int page, int limit) throws IOException {
        g.writeNumberField("total", total);
        g.writeNumberField("page", page);
        g.writeNumberField("limit", limit);
        g.writeNumberField("totalPages", (total + limit - 1) / limit);
    }
}
