package app.ductape.sessions;

import app.ductape.sessions.internal.Checks;

/**
 * The credentials a builder collects: the workspace credentials of the TypeScript
 * {@code new SessionsService({workspace_id, public_key, user_id, token, env_type})} (what Ductape's own
 * clients send), or an access key with its workspace id. Mutable, as the builders that hold it; turned
 * into a {@link DuctapeAccess} when the client is built.
 */
final class DuctapeCredentials {
    String accessKey;
    String workspaceId;
    String publicKey;
    String userId;
    String token;
    String envType;

    /**
     * How the client authenticates.
     *
     * @throws IllegalArgumentException when nothing, both kinds, or an incomplete set was given; the message
     *                                  names the setting and the environment variable that sets it
     */
    DuctapeAccess toAccess() {
        boolean anyWorkspace = publicKey != null || userId != null || token != null || envType != null;
        if (accessKey != null) {
            if (anyWorkspace) {
                throw new IllegalArgumentException("set either `accessKey` (with `workspaceId`) or the workspace "
                    + "credentials (workspaceId, publicKey, userId, token, envType), not both");
            }
            String key = require(accessKey, "accessKey", "DUCTAPE_ACCESS_KEY");
            return DuctapeAccess.accessKey(require(workspaceId, "workspaceId", "DUCTAPE_WORKSPACE_ID"), key);
        }
        if (!anyWorkspace && workspaceId == null) {
            throw new IllegalArgumentException("credentials are required, but none were set: call `workspaceId(...)`, "
                + "`publicKey(...)`, `userId(...)`, `token(...)` and `envType(...)` (or `fromEnv()` with "
                + "DUCTAPE_WORKSPACE_ID, DUCTAPE_PUBLIC_KEY, DUCTAPE_USER_ID, DUCTAPE_TOKEN and DUCTAPE_ENV_TYPE "
                + "set), or `accessKey(...)` with `workspaceId(...)` (DUCTAPE_ACCESS_KEY)");
        }
        return DuctapeAccess.workspace(require(workspaceId, "workspaceId", "DUCTAPE_WORKSPACE_ID"),
            require(publicKey, "publicKey", "DUCTAPE_PUBLIC_KEY"), require(userId, "userId", "DUCTAPE_USER_ID"),
            require(token, "token", "DUCTAPE_TOKEN"), require(envType, "envType", "DUCTAPE_ENV_TYPE"));
    }

    private static String require(String value, String field, String variable) {
        if (value == null) {
            throw new IllegalArgumentException("`" + field + "` is required, but was not set: call `" + field
                + "(...)`, or `fromEnv()` with " + variable + " set");
        }
        return Checks.requirePathSegment(value, field);
    }

    @Override
    public String toString() {
        return accessKey != null ? "workspaceId=" + workspaceId + ", accessKey=***" : "workspaceId=" + workspaceId
            + ", userId=***, envType=" + envType + ", publicKey=" + (publicKey == null ? null : "***") + ", token="
            + (token == null ? null : "***");
    }
}
