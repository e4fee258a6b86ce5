package app.ductape.sessions.testkit;

import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;

/**
 * The credentials the emulator accepts: an access key ({@code X-Access-Key}) and one set of
 * workspace credentials ({@code Authorization: Bearer}, {@code X-Workspace-Id}, {@code X-Public-Key},
 * {@code X-User-Id}, any {@code X-Env-Type}). {@code toString()} shows no secret.
 *
 * @param accessKey   the access key
 * @param workspaceId the workspace id
 * @param publicKey   the workspace public key
 * @param userId      the workspace user id
 * @param token       the workspace bearer token
 */
public record EmulatorCredentials(String accessKey, String workspaceId, String publicKey, String userId,
                                  String token) {

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

    boolean accepts(EmulatorRequest request) {
        String key = request.header("X-Access-Key");
        if (key != null) {
            return same(key, accessKey);
        }
        String authorization = request.header("Authorization");
        return authorization != null && same(authorization, "Bearer " + token)
            && same(request.header("X-Workspace-Id"), workspaceId)
            && same(request.header("X-Public-Key"), publicKey)
            && same(request.header("X-User-Id"), userId)
            && request.header("X-Env-Type") != null;
    }

    private static boolean same(String given, String expected) {
        return given != null && MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8),
            expected.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        return "EmulatorCredentials[workspaceId=" + workspaceId + ", userId=" + userId
            + ", accessKey=***, publicKey=***, token=***]";
    }
}
