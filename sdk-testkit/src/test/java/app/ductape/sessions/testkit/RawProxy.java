package app.ductape.sessions.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * Calls the emulator's SDK proxy by hand, as a client that is not this SDK would: the payload encrypted
 * here (AES-256-CBC under the key's SHA-256, a random IV), the body and headers written here, so that the
 * tests can send what the SDK never would.
 */
final class RawProxy {
    static final ObjectMapper JSON = new ObjectMapper();
    private final OkHttpClient http = new OkHttpClient();
    private final String baseUrl;

    /** The answer: its status and body. */
    record Answer(int status, JsonNode body) {}

    RawProxy(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    static String encrypt(String plaintext, String key) {
        byte[] iv = new byte[16];
        new SecureRandom().nextBytes(iv);
        try {
            Cipher cipher = Cipher.getInstance("AES/CBC/PKCS5Padding");
            cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(MessageDigest.getInstance("SHA-256")
                .digest(key.getBytes(StandardCharsets.UTF_8)), "AES"), new IvParameterSpec(iv));
            return HexFormat.of().formatHex(iv) + ":" + Base64.getEncoder()
                .encodeToString(cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A body with the workspace fields of {@code credentials} and {@code encryptedPayload}. */
    static ObjectNode body(EmulatorCredentials credentials, String encryptedPayload) {
        ObjectNode body = JSON.createObjectNode();
        body.put("encrypted_payload", encryptedPayload);
        body.put("workspace_id", credentials.workspaceId());
        body.put("user_id", credentials.userId());
        body.put("public_key", credentials.publicKey());
        return body;
    }

    /** The headers of the workspace credentials. */
    static Map<String, String> headers(EmulatorCredentials credentials) {
        return Map.of("x-access-token", credentials.token(), "Authorization", "Bearer " + credentials.token());
    }

    /** {@code sessions.<method>(params)} with the workspace credentials, encrypted with the public key. */
    Answer call(EmulatorCredentials credentials, String method, String paramsJson) throws IOException {
        String payload = "{\"module\":\"sessions\",\"method\":\"" + method + "\",\"params\":" + paramsJson
            + ",\"user_id\":\"" + credentials.userId() + "\"}";
        return post(body(credentials, encrypt(payload, credentials.publicKey())), headers(credentials));
    }

    Answer post(JsonNode body, Map<String, String> headers) throws IOException {
        return post(body, headers, Map.of());
    }

    Answer post(JsonNode body, Map<String, String> headers, Map<String, String> more) throws IOException {
        Request.Builder request = new Request.Builder().url(baseUrl + "/proxy/v1/sdk-proxy/execute")
            .post(RequestBody.create(JSON.writeValueAsBytes(body), MediaType.get("application/json")));
        headers.forEach(request::header);
        more.forEach(request::header);
        try (Response response = http.newCall(request.build()).execute()) {
            return new Answer(response.code(), JSON.readTree(response.body().byteStream()));
        }
    }

    Answer get(String pathAndQuery, Map<String, String> headers) throws IOException {
        Request.Builder request = new Request.Builder().url(baseUrl + pathAndQuery);
        headers.forEach(request::header);
        try (Response response = http.newCall(request.build()).execute()) {
            return new Answer(response.code(), JSON.readTree(response.body().byteStream()));
        }
    }

    void close() {
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }
}
