package app.ductape.sessions;

import app.ductape.sessions.internal.Redactor;
import app.ductape.sessions.transport.Auth;
import app.ductape.sessions.transport.HttpApiCall;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How a client reaches Ductape with its credentials, for both kinds of route: the workspace id in the
 * path of every REST read, what goes in their query, the headers of every request, and the fields and
 * key of an SDK proxy call.
 *
 * <ul>
 *   <li><b>Workspace credentials</b> (what Ductape's workbench sends): {@code Authorization: Bearer
 *       <token>} on every request, {@code user_id} and {@code public_key} in the query of the REST reads,
 *       {@code x-access-token: <token>} and {@code {workspace_id, user_id, public_key}} on the proxy,
 *       whose payload is encrypted with the public key.</li>
 *   <li><b>An access key</b> (assumed; Ductape publishes no route for it): {@code x-access-key: <key>} on
 *       the same routes, the workspace id in the path and the proxy body, the payload encrypted with the
 *       access key.</li>
 * </ul>
 *
 * <p>The token, the public key, the user id and the access key are masked wherever text leaves the SDK
 * (query strings included), and never shown by {@code toString()}.
 */
final class DuctapeAccess {
    private final String workspaceId;
    private final String userId;
    private final String publicKey;
    private final String envType;
    private final Auth auth;
    private final ProxyCipher cipher;
    private final Map<String, String> proxyFields;
    private final Map<String, String> proxyHeaders;

    private DuctapeAccess(String workspaceId, String userId, String publicKey, String envType, Auth auth,
                          ProxyCipher cipher, Map<String, String> proxyHeaders) {
        this.proxyHeaders = proxyHeaders;
        this.workspaceId = workspaceId;
        this.userId = userId;
        this.publicKey = publicKey;
        this.envType = envType;
        this.auth = auth;
        this.cipher = cipher;
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("workspace_id", workspaceId);
        if (userId != null) {
            fields.put("user_id", userId);
            fields.put("public_key", publicKey);
        }
        this.proxyFields = Collections.unmodifiableMap(fields);
    }

    static DuctapeAccess workspace(String workspaceId, String publicKey, String userId, String token, String envType) {
        // the user id is masked too: it travels in query strings, and with the public key it names the account
        Auth auth = Auth.builder().bearer(token).secretValue(publicKey).secretValue(userId).build();
        return new DuctapeAccess(workspaceId, userId, publicKey, envType, auth, new ProxyCipher(publicKey),
            Map.of("x-access-token", token));
    }

    static DuctapeAccess accessKey(String workspaceId, String accessKey) {
        Auth auth = Auth.builder().secretHeader("x-access-key", accessKey).build();
        return new DuctapeAccess(workspaceId, null, null, null, auth, new ProxyCipher(accessKey), Map.of());
    }

    /** The headers every request carries. */
    Auth auth() {
        return auth;
    }

    /** The workspace id, the last segment of every REST read's base path. */
    String workspaceId() {
        return workspaceId;
    }

    /** Adds {@code user_id} and {@code public_key} to a REST read's query, first, as the workbench sends them. */
    HttpApiCall.Builder withCredentialQuery(HttpApiCall.Builder call) {
        return userId == null ? call : call.query("user_id", userId).query("public_key", publicKey);
    }

    /** The user id the proxy payload carries, or {@code null} with an access key. */
    String payloadUserId() {
        return userId;
    }

    /** The unencrypted fields of a proxy body: {@code workspace_id} and, with workspace credentials, the rest. */
    Map<String, String> proxyFields() {
        return proxyFields;
    }

    /** The headers a proxy call adds to those of {@link #auth()}: {@code x-access-token}, as the workbench sends it. */
    Map<String, String> proxyHeaders() {
        return proxyHeaders;
    }

    /** The payload cipher: keyed by the public key, or by the access key. */
    ProxyCipher cipher() {
        return cipher;
    }

    /** The env type of the workspace credentials, as the TypeScript constructor takes it. */
    String envType() {
        return envType;
    }

    @Override
    public String toString() {
        return userId == null ? "accessKey[workspaceId=" + workspaceId + ", key=" + Redactor.MASK + "]"
            : "workspace[workspaceId=" + workspaceId + ", userId=" + Redactor.MASK + ", publicKey=" + Redactor.MASK
                + ", token=" + Redactor.MASK + ", envType=" + envType + "]";
    }
}
