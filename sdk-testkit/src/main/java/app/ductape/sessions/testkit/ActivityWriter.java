package app.ductape.sessions.testkit;

import app.ductape.sessions.testkit.Records.Log;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The activity logs and the three dashboards the emulator answers with, spelled as Ductape's workbench
 * reads them ({@code types/logs.ts}, {@code logsServices.ts}, {@code sessionUsersService.ts}).
 */
final class ActivityWriter {
    private static final UUID PROCESS_ID_PREFIX = UUID.nameUUIDFromBytes("ductape-emulator".getBytes());

    private ActivityWriter() {}

    /** The process id of a log, as its entry carries it. */
    static String processId(Log log) {
        return new UUID(PROCESS_ID_PREFIX.getMostSignificantBits(), log.sequence()).toString();
    }

    /** The workspace logs: {@code {logs: {metadata: {total, page, limit, totalPages}, data: [...]}}}. */
    static void workspaceLogs(JsonGenerator g, String product, String tag, Queries.LogPage logs, int page, int limit)
        throws IOException {
        g.writeStartObject();
        g.writeObjectFieldStart("logs");
        g.writeObjectFieldStart("metadata");
        EntityWriter.paging(g, logs.total(), page, limit);
        g.writeEndObject();
        g.writeArrayFieldStart("data");
        for (Log log : logs.logs()) {
            log(g, product, tag, log);
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndObject();
    }

    /** One user's logs: {@code {logs: [...], total, page, limit, totalPages}}. */
    static void userLogs(JsonGenerator g, String product, String tag, Queries.LogPage logs, int page, int limit)
        throws IOException {
        g.writeStartObject();
        g.writeArrayFieldStart("logs");
        for (Log log : logs.logs()) {
            log(g, product, tag, log);
        }
        g.writeEndArray();
        EntityWriter.paging(g, logs.total(), page, limit);
        g.writeEndObject();
    }

    private static void log(JsonGenerator g, String product, String tag, Log log) throws IOException {
        g.writeStartObject();
        g.writeStringField("_id", String.format("%024x", log.sequence()));
        g.writeStringField("process_id", processId(log));
        g.writeStringField("product_tag", product);
        g.writeStringField("session_tag", product + ":" + tag);
        g.writeStringField("parent_tag", log.operation().tag());
        g.writeStringField("child_tag", tag);
        g.writeStringField("name", "Session " + log.operation().tag());
        g.writeStringField("env", log.env());
        g.writeStringField("app_env", log.env());
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
        g.writeNumberField("latency", log.endMillis() - log.startMillis());
        g.writeStringField("ip_address", "127.0.0.1");
        g.writeStringField("timestamp", Instant.ofEpochMilli(log.timestampMillis()).toString());
        g.writeEndObject();
    }

    static void dashboard(JsonGenerator g, Dashboard d) throws IOException {
        g.writeStartObject();
        g.writeNumberField("totalUsers", d.totalUsers());
        g.writeNumberField("activeUsers", d.activeUsers());
        g.writeNumberField("totalSessions", d.totalSessions());
        g.writeNumberField("activeSessions", d.activeSessions());
        g.writeNumberField("expiredSessions", d.expiredSessions());
        g.writeNumberField("successRate", d.successRate());
        g.writeNumberField("errorRate", d.errorRate());
        g.writeNumberField("averageSessionDuration", d.averageSessionDuration());
        g.writeArrayFieldStart("sessionsOverTime");
        for (int i = 0; i < d.periods().size(); i++) {
            g.writeStartObject();
            g.writeStringField("period", d.periods().label(i));
            g.writeNumberField("created", d.created()[i]);
            g.writeNumberField("expired", d.expired()[i]);
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("operationsOverTime");
        for (int i = 0; i < d.periods().size(); i++) {
            g.writeStartObject();
            g.writeStringField("period", d.periods().label(i));
            for (Records.Operation operation : Records.Operation.values()) {
                g.writeNumberField(operation.tag(), d.operations()[operation.ordinal()][i]);
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        hours(g, "hourlyActivity", d.byHourOfDay());
        g.writeEndObject();
    }

    static void usersDashboard(JsonGenerator g, UsersDashboard d) throws IOException {
        g.writeStartObject();
        g.writeNumberField("totalUsers", d.totalUsers());
        g.writeNumberField("activeUsers", d.activeUsers());
        g.writeNumberField("inactiveUsers", d.inactiveUsers());
        g.writeNumberField("expiredUsers", d.expiredUsers());
        g.writeNumberField("newUsersToday", d.newUsersToday());
        g.writeNumberField("newUsersThisWeek", d.newUsersThisWeek());
        g.writeNumberField("totalSessions", d.totalSessions());
        g.writeNumberField("activeSessions", d.activeSessions());
        g.writeNumberField("averageSessionsPerUser", d.averageSessionsPerUser());
        g.writeEndObject();
    }

    static void userDashboard(JsonGenerator g, UserDashboard d) throws IOException {
        g.writeStartObject();
        g.writeNumberField("totalLogs", d.totalLogs());
        g.writeNumberField("successRate", d.successRate());
        g.writeArrayFieldStart("activityTimeline");
        for (int i = 0; i < d.periods().size(); i++) {
            g.writeStartObject();
            g.writeStringField("date", d.periods().label(i));
            g.writeNumberField("operations", d.operations()[i]);
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("latencyTimeline");
        for (int i = 0; i < d.periods().size(); i++) {
            g.writeStartObject();
            g.writeStringField("date", d.periods().label(i));
            if (d.operations()[i] == 0) {
                g.writeNullField("avgLatencyMs");
            } else {
                g.writeNumberField("avgLatencyMs", Dashboard.round2((double) d.latencySum()[i] / d.operations()[i]));
            }
            g.writeNumberField("count", d.operations()[i]);
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("outcomeTimeline");
        for (int i = 0; i < d.periods().size(); i++) {
            g.writeStartObject();
            g.writeStringField("date", d.periods().label(i));
            g.writeNumberField("successful", d.successful()[i]);
            g.writeNumberField("failed", d.operations()[i] - d.successful()[i]);
            g.writeEndObject();
        }
        g.writeEndArray();
        hours(g, "peakHours", d.byHourOfDay());
        g.writeEndObject();
    }

    /** The hours of the day with operations, as {@code [{hour: "14", count}]}. */
    private static void hours(JsonGenerator g, String field, long[] byHour) throws IOException {
        g.writeArrayFieldStart(field);
        for (int hour = 0; hour < 24; hour++) {
            if (byHour[hour] > 0) {
                g.writeStartObject();
                g.writeStringField("hour", String.format("%02d", hour));
                g.writeNumberField("count", byHour[hour]);
                g.writeEndObject();
            }
        }
        g.writeEndArray();
    }
}
