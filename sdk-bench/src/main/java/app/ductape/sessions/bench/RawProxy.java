package app.ductape.sessions.bench;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
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
 * B10's raw side: a proxied {@code verify} written by hand with OkHttp, Jackson and {@code javax.crypto},
 * as a careful user would (the key derived once, one {@link Cipher} per thread, the answer decoded from
 * the stream): the payload JSON, AES-256-CBC under a fresh IV, {@code hex(iv):base64}, the body with the
 * workspace fields, the POST, the answer's {@code data.data}.
 */
final class RawProxy {
    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
    private static final HexFormat HEX = HexFormat.of();

    private final OkHttpClient http;
    private final ObjectMapper mapper;
    private final ObjectReader answers;
    private final SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();
    private final ThreadLocal<Cipher> ciphers = ThreadLocal.withInitial(RawProxy::newCipher);

    RawProxy(OkHttpClient http, ObjectMapper mapper) throws GeneralSecurityException {
        this.http = http;
        this.mapper = mapper;
        this.answers = mapper.readerFor(new TypeReference<RawModels.ProxyAnswer<RawModels.Verification>>() {});
        this.key = new SecretKeySpec(MessageDigest.getInstance("SHA-256")
            .digest(Clients.PUBLIC_KEY.getBytes(StandardCharsets.UTF_8)), "AES");
    }

    RawModels.Verification verify(String baseUrl, String token) throws IOException, GeneralSecurityException {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("product", "my-product");
        params.put("env", "production");
        params.put("tag", "user-session");
        params.put("token", token);
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("module", "sessions");
        payload.put("method", "verify");
        payload.put("params", List.of(params));
        payload.put("user_id", Clients.USER_ID);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("encrypted_payload", encrypt(mapper.writeValueAsBytes(payload)));
        body.put("workspace_id", Clients.WORKSPACE_ID);
        body.put("user_id", Clients.USER_ID);
        body.put("public_key", Clients.PUBLIC_KEY);
        Request request = new Request.Builder().url(baseUrl + "/proxy/v1/sdk-proxy/execute")
            .header("Accept", "application/json").header("Authorization", "Bearer " + Clients.TOKEN)
            .header("x-access-token", Clients.TOKEN)
            .post(RequestBody.create(mapper.writeValueAsBytes(body), JSON)).build();
        try (Response response = http.newCall(request).execute(); InputStream stream = response.body().byteStream()) {
            if (!response.isSuccessful()) {
                throw new IOException("HTTP " + response.code());
            }
            RawModels.ProxyAnswer<RawModels.Verification> answer = answers.readValue(stream);
            if (!answer.status) {
                throw new IOException(answer.message);
            }
            return answer.data.data;
        }
    }

    private String encrypt(byte[] plaintext) throws GeneralSecurityException {
        byte[] iv = new byte[16];
        random.nextBytes(iv);
        Cipher cipher = ciphers.get();
        cipher.init(Cipher.ENCRYPT_MODE, key, new IvParameterSpec(iv));
        return HEX.formatHex(iv) + ":" + Base64.getEncoder().encodeToString(cipher.doFinal(plaintext));
    }

    private static Cipher newCipher() {
        try {
            return Cipher.getInstance("AES/CBC/PKCS5Padding");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
