package app.ductape.sessions;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;

/** Shared test fixtures: canned responses and clients pointed at a loopback MockWebServer. */
final class Wire {
    static final String ACCESS_KEY = "ak_live_7f3c9a1e5b2d4c6f";
    static final String WORKSPACE_TOKEN = "wst_0a9b8c7d6e5f4a3b2c1d";
    static final String PUBLIC_KEY = "pk_9e8d7c6b5a4f3e2d";
    static final String WORKSPACE_ID = "ws_123";
    static final String USER_ID = "usr_456";
    static final String PROXY_REQUEST_ID = "prx_7d1e";

    private Wire() {}

    static String fixture(String name) {
        try (InputStream in = Wire.class.getResourceAsStream("/fixtures/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static MockResponse json(int code, String body) {
        return new MockResponse.Builder().code(code).addHeader("Content-Type", "application/json")
            .addHeader("X-Request-Id", "req_123").body(body).build();
    }

    static MockResponse ok(String fixture) {
        return json(200, fixture(fixture));
    }

    static MockResponse envelope(String dataJson) {
        return json(200, "{\"status\":true,\"data\":" + dataJson + "}");
    }

    /**
     * A client of {@code server} with the workspace credentials (the confirmed path), without retries: one
     * request per call, as most wire tests want.
     */
    static SessionsService.Builder workspaceClient(MockWebServer server) {
        return SessionsService.builder()
            .workspaceId(WORKSPACE_ID).publicKey(PUBLIC_KEY).userId(USER_ID).token(WORKSPACE_TOKEN).envType("prd")
            .baseUrl(server.url("/").toString()).maxRetries(0)
            .transport(t -> t.eventListenerFactory(OpenCalls.INSTANCE.factory()));
    }

    /** The same with an access key (the assumed path) instead of the workspace credentials. */
    static SessionsService.Builder accessKeyClient(MockWebServer server) {
        return SessionsService.builder().accessKey(ACCESS_KEY).workspaceId(WORKSPACE_ID)
            .baseUrl(server.url("/").toString()).maxRetries(0)
            .transport(t -> t.eventListenerFactory(OpenCalls.INSTANCE.factory()));
    }

    /** A page of Ductape's workspace logs: {@code {status, data: {logs: {metadata, data}}}}. */
    static MockResponse workspaceLogs(String logsArray, long total, int page, int limit, int totalPages) {
        return envelope("{\"logs\":{\"metadata\":{\"total\":" + total + ",\"page\":" + page + ",\"limit\":" + limit
            + ",\"totalPages\":" + totalPages + "},\"data\":" + logsArray + "}}");
    }

    /** A proxy answer: {@code {status: true, data: {data: result, execution_time_ms, request_id}}}, no header id. */
    static MockResponse proxy(String resultJson) {
        return new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json")
            .body("{\"status\":true,\"data\":{\"data\":" + resultJson + ",\"execution_time_ms\":4,\"request_id\":\""
                + PROXY_REQUEST_ID + "\"}}").build();
    }
}
