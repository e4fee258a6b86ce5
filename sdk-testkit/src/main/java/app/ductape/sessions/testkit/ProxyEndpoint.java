package app.ductape.sessions.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Ductape's SDK proxy, {@code POST /proxy/v1/sdk-proxy/execute}: the unencrypted workspace fields and
 * headers are checked, the payload is decrypted with the workspace's key, its {@code user_id} checked,
 * and the {@code sessions} module's method called. Every failure answers {@code {status: false, message,
 * code}} with its HTTP status: a wrong key or token 401, a payload that does not decrypt 400, a module or
 * method outside the allowlist 400 or 403.
 */
final class ProxyEndpoint {
    private final EmulatorCredentials credentials;
    private final SessionsModule sessions;
    private final Map<String, LongAdder> calls = new ConcurrentHashMap<>();

    private ProxyEndpoint(EmulatorCredentials credentials, SessionsModule sessions) {
        this.credentials = credentials;
        this.sessions = sessions;
    }

    static ProxyEndpoint register(Routes routes, EmulatorCredentials credentials, SessionsModule sessions) {
        ProxyEndpoint proxy = new ProxyEndpoint(credentials, sessions);
        routes.add("POST", "proxy/v1/sdk-proxy/execute", (request, path) -> proxy.execute(request));
        return proxy;
    }

    /** How many calls of a {@code sessions} method reached the module (authenticated and decrypted). */
    long calls(String method) {
        LongAdder count = calls.get(method);
        return count == null ? 0 : count.sum();
    }

    private EmulatorResponse execute(EmulatorRequest request) {
        long started = System.nanoTime();
        JsonNode body = RequestParams.body(request);
        String key = credentials.checkProxy(request, body);
        ProxyPayload payload = ProxyPayload.decrypt(RequestParams.text(body, "encrypted_payload"), key);
        credentials.checkPayloadUser(payload, key);
        if (!"sessions".equals(payload.module())) {
            throw new ApiException(400, "MODULE_NOT_ALLOWED", "The emulator serves the sessions module only, not '"
                + payload.module() + "'");
        }
        calls.computeIfAbsent(payload.method(), method -> new LongAdder()).increment();
        WireWriter.BodyWriter result = sessions.call(payload);
        return WireWriter.proxyOk(result, request.requestId(), (System.nanoTime() - started) / 1_000_000);
    }
}
