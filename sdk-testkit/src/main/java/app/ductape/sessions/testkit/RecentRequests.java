package app.ductape.sessions.testkit;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The last requests an emulator with control served, for {@code GET /_emulator/requests}: method, path,
 * query and status, with every credential masked (the workspace id wherever it appears, {@code public_key},
 * {@code user_id}, tokens and keys in the query); never a header or a body. Bounded; thread-safe.
 */
final class RecentRequests {
    static final int CAPACITY = 200;
    private static final String MASK = "****";
    /** Query parameters that hold a credential or a session's secret. */
    private static final Set<String> SECRET_PARAMETERS = Set.of("public_key", "user_id", "token", "access_key",
        "refresh_token", "refreshtoken", "api_key", "apikey", "password", "workspace_id");

    /** One request as the log shows it. */
    record Seen(Instant at, String method, String path, String query, int status) {}

    private final Deque<Seen> seen = new ArrayDeque<>();
    private final String workspaceId;

    RecentRequests(String workspaceId) {
        this.workspaceId = workspaceId;
    }

    void record(Instant at, String method, String rawPath, String rawQuery, int status) {
        Seen one = new Seen(at, method, maskWorkspace(rawPath), rawQuery == null ? "" : maskQuery(rawQuery), status);
        synchronized (seen) {
            if (seen.size() == CAPACITY) {
                seen.removeFirst();
            }
            seen.addLast(one);
        }
    }

    /** The recorded requests, oldest first. */
    List<Seen> list() {
        synchronized (seen) {
            return new ArrayList<>(seen);
        }
    }

    void clear() {
        synchronized (seen) {
            seen.clear();
        }
    }

    private String maskWorkspace(String text) {
        if (workspaceId == null || workspaceId.isEmpty()) {
            return text;
        }
        return text.replace(workspaceId, MASK).replace(URLEncoder.encode(workspaceId, StandardCharsets.UTF_8), MASK);
    }

    private String maskQuery(String rawQuery) {
        List<String> parameters = new ArrayList<>();
        for (String parameter : rawQuery.split("&")) {
            int equals = parameter.indexOf('=');
            String name = URLDecoder.decode(equals < 0 ? parameter : parameter.substring(0, equals), StandardCharsets.UTF_8);
            boolean secret = SECRET_PARAMETERS.contains(name.toLowerCase(Locale.ROOT));
            parameters.add(secret && equals >= 0 ? parameter.substring(0, equals + 1) + MASK : maskWorkspace(parameter));
        }
        return String.join("&", parameters);
    }
}
