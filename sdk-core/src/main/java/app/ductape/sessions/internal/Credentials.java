package app.ductape.sessions.internal;

import java.util.List;
import java.util.Map;
import okhttp3.Request;

/**
 * How the SDK authenticates: a Ductape access key, or the workspace credentials of the TypeScript
 * {@code SessionsService}. {@code toString()} never shows a secret.
 */
public sealed interface Credentials {

    /** Adds this credential's headers to a request. */
    void apply(Request.Builder request);

    /** Secret values that must never appear in a log line or an exception message. */
    List<String> secrets();

    /** Authentication by access key: {@code X-Access-Key}. */
    record AccessKey(String accessKey) implements Credentials {
        public AccessKey {
            Checks.requireNonBlank(accessKey, "accessKey");
        }

        @Override
        public void apply(Request.Builder request) {
            request.header("X-Access-Key", accessKey);
        }

        @Override
        public List<String> secrets() {
            return List.of(accessKey);
        }

        @Override
        public String toString() {
            return "AccessKey[accessKey=" + Redactor.MASK + "]";
        }
    }

    /** Authentication by workspace: a bearer token plus the workspace, public key, user and env type headers. */
    record Workspace(String workspaceId, String publicKey, String userId, String token, String envType)
        implements Credentials {
        public Workspace {
            Checks.requireNonBlank(workspaceId, "workspaceId");
            Checks.requireNonBlank(publicKey, "publicKey");
            Checks.requireNonBlank(userId, "userId");
            Checks.requireNonBlank(token, "token");
            Checks.requireNonBlank(envType, "envType");
        }

        @Override
        public void apply(Request.Builder request) {
            request.header("Authorization", "Bearer " + token)
                .header("X-Workspace-Id", workspaceId)
                .header("X-Public-Key", publicKey)
                .header("X-User-Id", userId)
                .header("X-Env-Type", envType);
        }

        @Override
        public List<String> secrets() {
            return List.of(token, publicKey);
        }

        @Override
        public String toString() {
            return "Workspace[workspaceId=" + workspaceId + ", userId=" + userId + ", envType=" + envType
                + ", publicKey=" + Redactor.MASK + ", token=" + Redactor.MASK + "]";
        }
    }

    /**
     * Headers of another API's own scheme (Basic, bearer, API-key headers), built by
     * {@code app.ductape.sessions.transport.Auth}.
     *
     * @param headers     header names and values added to every request
     * @param secrets     the values to mask
     * @param description what {@code toString()} shows, free of secrets
     */
    record Headers(Map<String, String> headers, List<String> secrets, String description) implements Credentials {
        public Headers {
            headers = Map.copyOf(headers);
            secrets = List.copyOf(secrets);
        }

        @Override
        public void apply(Request.Builder request) {
            headers.forEach(request::header);
        }

        @Override
        public String toString() {
            return description;
        }
    }
}
