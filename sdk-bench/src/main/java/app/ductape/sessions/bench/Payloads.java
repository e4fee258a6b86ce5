package app.ductape.sessions.bench;

import java.nio.charset.StandardCharsets;

/** The JSON the benchmarks serve and decode, shaped as the Ductape API sends it. */
final class Payloads {
    private Payloads() {}

    static String logsArray(int count) {
        StringBuilder logs = new StringBuilder(count * 420).append('[');
        long start = 1_704_462_300_000L;
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                logs.append(',');
            }
            logs.append("{\"_id\":\"65a1f0c2e4b0a1b2c3d4").append(String.format("%04x", i % 65536))
                .append("\",\"process_id\":\"d30795d3-52f3-3000-0000-").append(String.format("%012x", i))
                .append("\",\"product_tag\":\"my-product\",\"session_tag\":\"my-product:user-session\",")
                .append("\"parent_tag\":\"").append(i % 3 == 0 ? "create" : "verify").append("\",\"env\":\"production\",")
                .append("\"type\":\"session\",\"message\":\"Session verified\",\"status\":\"")
                .append(i % 50 == 0 ? "fail" : "success").append("\",\"successful_execution\":").append(i % 50 != 0)
                .append(",\"failed_execution\":").append(i % 50 == 0)
                .append(",\"data\":\"{\\\"sessionId\\\":\\\"sess_").append(i)
                .append("\\\",\\\"identifier\\\":\\\"user").append(i).append("@example.com\\\"}\",")
                .append("\"start\":").append(start + i * 1000L).append(",\"end\":").append(start + i * 1000L + 42)
                .append(",\"timestamp\":\"2024-01-05T13:45:").append(String.format("%02d", i % 60)).append(".042Z\"}");
        }
        return logs.append(']').toString();
    }

    /** The {@code data} of Ductape's workspace logs: {@code {logs: {metadata: {...}, data: [...]}}}. */
    static String logsPage(int count, int page, int limit, long total) {
        return logsPageHead(page, limit, total) + logsArray(count) + LOGS_PAGE_TAIL;
    }

    /** What precedes the logs array in {@link #logsPage}. */
    static String logsPageHead(int page, int limit, long total) {
        return "{\"logs\":{\"metadata\":{\"total\":" + total + ",\"page\":" + page + ",\"limit\":" + limit
            + ",\"totalPages\":" + ((total + limit - 1) / limit) + "},\"data\":";
    }

    /** What follows the logs array in {@link #logsPage}. */
    static final String LOGS_PAGE_TAIL = "}}";

    static String dashboard() {
        return "{\"totalUsers\":200,\"activeUsers\":37,\"totalSessions\":1450,\"activeSessions\":120,"
            + "\"expiredSessions\":1330,\"successRate\":97.25,\"errorRate\":2.75,\"averageSessionDuration\":41.5,"
            + "\"sessionsOverTime\":[{\"period\":\"2024-01-01\",\"created\":40,\"expired\":38}],"
            + "\"operationsOverTime\":[{\"period\":\"2024-01-01\",\"create\":40,\"verify\":300,\"refresh\":12,"
            + "\"revoke\":3}],\"hourlyActivity\":[{\"hour\":\"13\",\"count\":250}]}";
    }

    /**
     * A session token whose proxied {@code verify} payload (the JSON the SDK encrypts) is about 1 KB: a
     * Ductape token with a large JWT, as a session with a few claims has.
     */
    static String kilobyteToken() {
        StringBuilder token = new StringBuilder("user-session:eyJhbGciOiJIUzI1NiJ9.");
        while (token.length() < 880) {
            token.append("eyJzdWIiOiJ1c2VyXzEyMyIsImVtYWlsIjoiYWRhQGV4YW1wbGUuY29tIn0");
        }
        return token.append(".c2lnbmF0dXJl").toString();
    }

    /** The proxy's answer to a {@code verify}: {@code {status, data: {data: <result>, execution_time_ms, request_id}}}. */
    static byte[] proxyVerifyAnswer() {
        return ("{\"status\":true,\"data\":{\"data\":{\"valid\":true,\"data\":{\"userId\":\"user_123\","
            + "\"email\":\"ada@example.com\"},\"sessionId\":\"sess_1\",\"expiresAt\":\"2030-01-06T13:45:00Z\"},"
            + "\"execution_time_ms\":3,\"request_id\":\"req_1\"}}").getBytes(StandardCharsets.UTF_8);
    }

    static byte[] envelope(String data) {
        return ("{\"status\":true,\"data\":" + data + "}").getBytes(StandardCharsets.UTF_8);
    }
}
