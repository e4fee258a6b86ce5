package app.ductape.sessions;

import app.ductape.sessions.transport.HttpApiCall;
import app.ductape.sessions.transport.JsonMappers;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Ductape's SDK proxy, {@code POST /proxy/v1/sdk-proxy/execute}, through which Ductape's clients reach
 * every SDK method ({@code sdkProxy.ts}): the call's module, method and positional params, with the user
 * id, as a JSON payload encrypted by {@link ProxyCipher} ({@code proxyEncryption.ts}), in a body with the
 * unencrypted workspace fields, gzipped above 200 KB, with {@code x-access-token}.
 */
final class SdkProxy {
    /** The workbench gzips larger bodies, to get past gateways' body limits. */
    static final long GZIP_ABOVE_BYTES = 200 * 1024;
    private static final String[] PATH = {"proxy", "v1", "sdk-proxy", "execute"};

    private final DuctapeAccess access;
    private final ObjectMapper json = JsonMappers.newMapper();

    SdkProxy(DuctapeAccess access) {
        this.access = access;
    }

    /**
     * The POST of {@code sessions.<method>(params...)}; the payload is encrypted now, so every attempt of
     * the call sends the same bytes.
     */
    HttpApiCall.Builder call(String operation, ErrorCode failure, String method, Object... params) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("module", "sessions");
        payload.put("method", method);
        payload.put("params", List.of(params));
        if (access.payloadUserId() != null) {
            payload.put("user_id", access.payloadUserId());
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("encrypted_payload", access.cipher().encrypt(plaintext(payload, operation)));
        body.putAll(access.proxyFields());
        HttpApiCall.Builder call = HttpApiCall.post(operation, failure, PATH).body(body).compressAbove(GZIP_ABOVE_BYTES);
        access.proxyHeaders().forEach(call::header);
        return call;
    }

    /** The result of a proxy call, its request id read from the answer. */
    static <T> HttpApiCall<T> answer(HttpApiCall.Builder call, ProxyEnvelope<T> envelope) {
        return call.build(envelope).withRequestIdFrom(ProxyEnvelope.Answer::requestId)
            .map(ProxyEnvelope.Answer::result);
    }

    private byte[] plaintext(Map<String, Object> payload, String operation) {
        try {
            return json.writeValueAsBytes(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the params of " + operation + " cannot be written as JSON: "
                + e.getOriginalMessage(), e);
        }
    }

    /** The params object of a lifecycle method: {@code {product, env, tag, ...}}, unset fields left out. */
    static Map<String, Object> params(Object... namesAndValues) {
        return JsonBody.of(namesAndValues);
    }
}
