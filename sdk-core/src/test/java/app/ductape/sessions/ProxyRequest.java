package app.ductape.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.zip.GZIPInputStream;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import mockwebserver3.RecordedRequest;

/**
 * An SDK proxy request as the server reads it: the body's fields, and the payload decrypted with the key
 * as Ductape's backend would (AES-256-CBC, the key's SHA-256, the IV before the colon), by code of the
 * test's own, not the SDK's.
 *
 * @param body    the JSON body
 * @param payload the decrypted payload: {@code {module, method, params, user_id}}
 */
record ProxyRequest(JsonNode body, JsonNode payload) {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Reads a recorded proxy request, checking its method and path; {@code key} is what it was encrypted with. */
    static ProxyRequest of(RecordedRequest request, String key) throws IOException {
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(request.getUrl().encodedPath()).endsWith("/proxy/v1/sdk-proxy/execute");
        assertThat(request.getHeaders().get("Content-Type")).startsWith("application/json");
        byte[] bytes = request.getBody().toByteArray();
        if ("gzip".equals(request.getHeaders().get("Content-Encoding"))) {
            bytes = new GZIPInputStream(new ByteArrayInputStream(bytes)).readAllBytes();
        }
        JsonNode body = JSON.readTree(bytes);
        return new ProxyRequest(body, JSON.readTree(decrypt(body.get("encrypted_payload").asText(), key)));
    }

    static String decrypt(String encrypted, String key) {
        int colon = encrypted.indexOf(':');
        try {
            Cipher cipher = Cipher.getInstance("AES/CBC/PKCS5Padding");
            cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(MessageDigest.getInstance("SHA-256")
                .digest(key.getBytes(StandardCharsets.UTF_8)), "AES"),
                new IvParameterSpec(HexFormat.of().parseHex(encrypted.substring(0, colon))));
            return new String(cipher.doFinal(Base64.getDecoder().decode(encrypted.substring(colon + 1))),
                StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new AssertionError("the payload does not decrypt with " + key, e);
        }
    }

    String method() {
        return payload.get("method").asText();
    }

    JsonNode params() {
        return payload.get("params");
    }

    /** The first param, the object of a lifecycle method. */
    JsonNode param() {
        return params().get(0);
    }

    static JsonNode json(String text) throws IOException {
        return JSON.readTree(text);
    }
}
