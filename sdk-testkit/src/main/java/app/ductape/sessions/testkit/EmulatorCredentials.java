package app.ductape.sessions.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The credentials the emulator accepts, as Ductape's routes check them: one set of workspace credentials
 * (the workspace id in the path or body, {@code user_id} and {@code public_key} in the query or body,
 * {@code Authorization: Bearer <token>}, and {@code x-access-token} on the proxy, whose payload is
 * encrypted with the public key), or the access key ({@code x-access-key}, with the workspace id; the
 * proxy payload encrypted with the access key). {@code toString()} shows no secret.
 *
 * @param accessKey   the access key
 * @param workspaceId the workspace id
 * @param publicKey   the workspace public key
 * @param userId      the workspace user id
 * @param token       the workspace bearer token
 */
public record EmulatorCredentials(String accessKey, String workspaceId, String publicKey, String userId,
                                  String token) {
    /** The env type the emulator's clients are given; Ductape's routes do not carry it. */
    public static final String ENV_TYPE = "prd";

    /**
     * The credentials of a default emulator: fixed, so a standalone emulator's are easy to copy.
     *
     * @return the credentials of a default emulator: fixed, so a standalone emulator's are easy to copy
     */
    public static EmulatorCredentials defaults() {
        return new EmulatorCredentials("emulator-access-key", "emulator-workspace", "emulator-public-key",
            "emulator-user", "emulator-token");
    }

    /**
     * Default workspace credentials with another access key.
     *
     * @param accessKey the access key
     * @return default workspace credentials with another access key
     */
    public static EmulatorCredentials withAccessKey(String accessKey) {
        EmulatorCredentials d = defaults();
        return new EmulatorCredentials(accessKey, d.workspaceId, d.publicKey, d.userId, d.token);
    }

    /**
     * Credentials; every value must be set and not blank.
     *
     * @param accessKey   the access key
     * @param workspaceId the workspace id
     * @param publicKey   the workspace public key
     * @param userId      the workspace user id
     * @param token       the workspace bearer token
     */
    public EmulatorCredentials {
        for (String value : new String[] {accessKey, workspaceId, publicKey, userId, token}) {
            if (value == null || value.isBlank()) {
                throw new IllegalArgumentException("every emulator credential must be set and not blank");
            }
        }
    }

    /**
     * The workspace credentials as the SDK's {@code fromEnv()} reads them: {@code DUCTAPE_WORKSPACE_ID},
     * {@code DUCTAPE_PUBLIC_KEY}, {@code DUCTAPE_USER_ID}, {@code DUCTAPE_TOKEN} and {@code DUCTAPE_ENV_TYPE},
     * in that order (without {@code DUCTAPE_BASE_URL}, which is the emulator's).
     *
     * @return the variables and their values, unmodifiable
     */
    public Map<String, String> environment() {
        Map<String, String> variables = new LinkedHashMap<>();
        variables.put("DUCTAPE_WORKSPACE_ID", workspaceId);
        variables.put("DUCTAPE_PUBLIC_KEY", publicKey);
        variables.put("DUCTAPE_USER_ID", userId);
        variables.put("DUCTAPE_TOKEN", token);
        variables.put("DUCTAPE_ENV_TYPE", ENV_TYPE);
        return Collections.unmodifiableMap(variables);
    }

    /** Checks a REST read: the workspace in its path, and the access key or the workspace credentials. */
    void checkRead(EmulatorRequest request, String workspaceInPath) {
        if (!same(workspaceInPath, workspaceId)) {
            throw unauthorized("Unknown workspace");
        }
        String key = request.header("x-access-key");
        boolean accepted = key != null ? same(key, accessKey)
            : same(request.header("Authorization"), "Bearer " + token)
                && same(request.query().get("user_id"), userId) && same(request.query().get("public_key"), publicKey);
        if (!accepted) {
            throw unauthorized("Missing or invalid credentials: send Authorization: Bearer <token> with user_id and "
                + "public_key, or x-access-key");
        }
    }

    /** Checks a proxy call's headers and unencrypted fields, and returns the key its payload is encrypted with. */
    String checkProxy(EmulatorRequest request, JsonNode body) {
        if (!same(RequestParams.text(body, "workspace_id"), workspaceId)) {
            throw unauthorized("Unknown workspace");
        }
        String key = request.header("x-access-key");
        if (key != null) {
            if (!same(key, accessKey)) {
                throw unauthorized("Invalid access key");
            }
            return accessKey;
        }
        boolean accepted = same(request.header("x-access-token"), token)
            && same(request.header("Authorization"), "Bearer " + token)
            && same(RequestParams.text(body, "user_id"), userId) && same(RequestParams.text(body, "public_key"), publicKey);
        if (!accepted) {
            throw unauthorized("Missing or invalid credentials: send x-access-token and Authorization: Bearer with the "
                + "workspace's user_id and public_key");
        }
        return publicKey;
    }

    /** Checks that a payload decrypted with the public key names this workspace's user. */
    void checkPayloadUser(ProxyPayload payload, String key) {
        if (key.equals(publicKey) && !same(payload.userId(), userId)) {
            throw unauthorized("The payload's user_id is not the workspace's");
        }
    }

    private static ApiException unauthorized(String message) {
        return new ApiException(401, "UNAUTHORIZED", message);
    }

    private static boolean same(String given, String expected) {
        return given != null && MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8),
            expected.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        return "EmulatorCredentials[workspaceId=" + workspaceId + ", userId=***, accessKey=***, publicKey=***, "
            + "token=***]";
    }
}
