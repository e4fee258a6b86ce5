package app.ductape.sessions;

import app.ductape.sessions.transport.Auth;

/**
 * Ductape's two ways to authenticate, as the headers every request carries: an access key
 * ({@code X-Access-Key}), or the workspace credentials of the TypeScript {@code SessionsService}
 * ({@code Authorization: Bearer}, {@code X-Workspace-Id}, {@code X-Public-Key}, {@code X-User-Id},
 * {@code X-Env-Type}). Mutable, as the builders that hold it.
 */
final class DuctapeCredentials {
    String accessKey;
    String workspaceId;
    String publicKey;
    String userId;
    String token;
    String envType;

    /**
     * The headers of what was set.
     *
     * @throws IllegalArgumentException when nothing, both kinds, or an incomplete workspace was set; the
     *                                  message names the setting and the environment variable to set
     */
    Auth toAuth() {
        boolean anyWorkspace = workspaceId != null || publicKey != null || userId != null || token != null
            || envType != null;
        if (accessKey != null) {
            if (anyWorkspace) {
                throw new IllegalArgumentException("set either `accessKey` or the workspace credentials (workspaceId, "
                    + "publicKey, userId, token, envType), not both");
            }
            return Auth.builder().secretHeader("X-Access-Key", requireSet(accessKey, "accessKey")).build();
        }
        if (!anyWorkspace) {
            throw new IllegalArgumentException("credentials are required, but none were set: call "
                + "`accessKey(...)`, or `fromEnv()` with the environment variable DUCTAPE_ACCESS_KEY set (or "
                + "DUCTAPE_WORKSPACE_ID, DUCTAPE_PUBLIC_KEY, DUCTAPE_USER_ID, DUCTAPE_TOKEN and DUCTAPE_ENV_TYPE "
                + "for workspace credentials)");
        }
        return Auth.builder()
            .bearer(requireSet(token, "token"))
            .header("X-Workspace-Id", requireSet(workspaceId, "workspaceId"))
            .secretHeader("X-Public-Key", requireSet(publicKey, "publicKey"))
            .header("X-User-Id", requireSet(userId, "userId"))
            .header("X-Env-Type", requireSet(envType, "envType"))
            .build();
    }

    private static String requireSet(String value, String field) {
        if (value == null) {
            throw new IllegalArgumentException("`" + field + "` is required, but was not set");
        }
        if (value.isBlank()) {
            throw new IllegalArgumentException("`" + field + "` must not be blank");
        }
        return value;
    }

    @Override
    public String toString() {
        return accessKey != null ? "accessKey=***" : "workspaceId=" + workspaceId + ", userId=" + userId + ", envType="
            + envType + ", publicKey=" + (publicKey == null ? null : "***") + ", token=" + (token == null ? null : "***");
    }
}
