package app.ductape.sessions.middleware.redis;

import app.ductape.sessions.middleware.fleet.SharedAnswer;
import app.ductape.sessions.model.VerifySessionResult;
import app.ductape.sessions.transport.JsonMappers;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A shared answer as it is stored under its token's hash, version 1: {@code <signature>.<json>}, the JSON
 * being the valid {@code VerifySessionResult} (data, session id, expiry) with the instant it was asked for,
 * the instant it stops being fresh and the user it belongs to. The token itself is never stored. The
 * signature, an HMAC-SHA256 with the fleet's answer key over the channel, the token's hash and the JSON,
 * makes an answer that is not the fleet's own (written by anyone else who can write to Redis, or copied from
 * another token's key) read as none: Redis can make a verifier ask Ductape, never accept a token.
 */
final class SharedAnswers {
    private static final int VERSION = 1;
    private static final ObjectMapper JSON = JsonMappers.newMapper();
    private static final TypeReference<Map<String, Object>> DATA = new TypeReference<>() {
    };
    private final String channel;
    private final SecretKeySpec key;

    SharedAnswers(String channel, SecretKeySpec key) {
        this.channel = channel;
        this.key = key;
    }

    /** The answer as stored under this token's hash, signed. */
    String encode(String tokenHash, SharedAnswer answer) {
        String json = json(answer);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(signature(tokenHash, json)) + "." + json;
    }

    /** The answer stored under this token's hash, or empty when its signature is not the fleet's. */
    Optional<SharedAnswer> decode(String tokenHash, String stored) {
        int dot = stored.indexOf('.');
        if (dot <= 0) {
            return Optional.empty();
        }
        byte[] signed;
        try {
            signed = Base64.getUrlDecoder().decode(stored.substring(0, dot));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        String json = stored.substring(dot + 1);
        return MessageDigest.isEqual(signed, signature(tokenHash, json)) ? parse(json) : Optional.empty();
    }

    private byte[] signature(String tokenHash, String json) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal((channel + "\n" + tokenHash + "\n" + json).getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    private static String json(SharedAnswer answer) {
        VerifySessionResult result = answer.result();
        ObjectNode stored = JSON.createObjectNode().put("v", VERSION);
        stored.set("data", JSON.valueToTree(result.data()));
        result.sessionId().ifPresent(id -> stored.put("sessionId", id));
        result.expiresAt().ifPresent(at -> stored.put("expiresAt", at.toEpochMilli()));
        stored.put("askedAt", answer.askedAt().toEpochMilli()).put("freshUntil", answer.freshUntil().toEpochMilli());
        answer.identifier().ifPresent(identifier -> stored.put("identifier", identifier));
        return stored.toString();
    }

    /** The answer, or empty when it is of another version or does not parse. */
    private static Optional<SharedAnswer> parse(String stored) {
        try {
            JsonNode node = JSON.readTree(stored);
            if (node == null || node.path("v").intValue() != VERSION || !node.path("askedAt").isNumber()
                || !node.path("freshUntil").isNumber()) {
                return Optional.empty();
            }
            Map<String, Object> data = node.path("data").isObject() ? JSON.convertValue(node.get("data"), DATA)
                : Map.of();
            VerifySessionResult result = new VerifySessionResult(true, data, text(node, "sessionId"),
                node.path("expiresAt").isNumber()
                    ? Optional.of(Instant.ofEpochMilli(node.get("expiresAt").longValue())) : Optional.empty());
            return Optional.of(new SharedAnswer(result, Instant.ofEpochMilli(node.get("askedAt").longValue()),
                Instant.ofEpochMilli(node.get("freshUntil").longValue()), text(node, "identifier")));
        } catch (JsonProcessingException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isTextual() ? Optional.of(value.textValue()) : Optional.empty();
    }
}
