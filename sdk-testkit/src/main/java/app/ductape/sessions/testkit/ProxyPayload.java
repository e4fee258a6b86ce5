package app.ductape.sessions.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * An SDK proxy payload as Ductape's backend reads it: {@code hex(iv):base64(ciphertext)}, AES-256-CBC with
 * PKCS#7 padding under the SHA-256 of the key text (the public key, or the access key), holding
 * {@code {module, method, params, user_id}}. The emulator's own reading, independent of the SDK's
 * encryption, so that a test of one against the other proves something.
 *
 * @param module  the SDK module, such as {@code sessions}
 * @param method  the method, such as {@code start}
 * @param params  the positional params, a JSON array
 * @param userId  the {@code user_id} the payload names, or {@code null}
 */
record ProxyPayload(String module, String method, JsonNode params, String userId) {

    /** Decrypts and reads {@code encrypted} with {@code key}, or fails with the proxy's 400. */
    static ProxyPayload decrypt(String encrypted, String key) {
        int colon = encrypted == null ? -1 : encrypted.indexOf(':');
        if (colon != 32) {
            throw ApiException.badRequest("`encrypted_payload` must be hex(iv):base64(ciphertext)");
        }
        byte[] plaintext;
        try {
            Cipher cipher = Cipher.getInstance("AES/CBC/PKCS5Padding");
            cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(MessageDigest.getInstance("SHA-256")
                .digest(key.getBytes(StandardCharsets.UTF_8)), "AES"),
                new IvParameterSpec(HexFormat.of().parseHex(encrypted.substring(0, colon))));
            plaintext = cipher.doFinal(Base64.getDecoder().decode(encrypted.substring(colon + 1)));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new ApiException(400, "DECRYPTION_FAILED", "The encrypted payload could not be decrypted with this "
                + "workspace's key");
        }
        JsonNode payload;
        try {
            payload = RequestParams.JSON.readTree(plaintext);
        } catch (IOException e) {
            throw new ApiException(400, "DECRYPTION_FAILED", "The decrypted payload is not JSON");
        }
        if (payload == null || !payload.isObject() || !payload.path("params").isArray()) {
            throw ApiException.badRequest("The payload must be {module, method, params: [...], user_id}");
        }
        return new ProxyPayload(RequestParams.text(payload, "module"), RequestParams.text(payload, "method"),
            payload.get("params"), RequestParams.text(payload, "user_id"));
    }

    /** The object param at {@code index}, or a 400 naming the method. */
    JsonNode objectParam(int index) {
        JsonNode param = params.get(index);
        if (param == null || !param.isObject()) {
            throw ApiException.badRequest("sessions." + method + " takes an object as param " + (index + 1));
        }
        return param;
    }

    /** The text param at {@code index}, or a 400 naming the method. */
    String textParam(int index, String name) {
        JsonNode param = params.get(index);
        if (param == null || !param.isTextual() || param.asText().isBlank()) {
            throw ApiException.badRequest("sessions." + method + " takes `" + name + "` as param " + (index + 1));
        }
        return param.asText();
    }
}
