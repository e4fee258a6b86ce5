package app.ductape.sessions.middleware.redis;

import app.ductape.sessions.middleware.fleet.SharedAnswer;
import app.ductape.sessions.model.VerifySessionResult;
import app.ductape.sessions.transport.JsonMappers;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * A shared answer as it is stored under its token's hash, version 1: the valid {@code VerifySessionResult}
 * (data, session id, expiry) with the instant it was asked for, the instant it stops being fresh and the
 * user it belongs to. The token itself is never stored.
 */
final class SharedAnswers {
    private static final int VERSION = 1;
    private static final ObjectMapper JSON = JsonMappers.newMapper();
    private static final TypeReference<Map<String, Object>> DATA = new TypeReference<>() {
    };

    private SharedAnswers() {
    }

    static String encode(SharedAnswer answer) {
        VerifySessionResult result = answer.result();
        ObjectNode stored = JSON.createObjectNode().put("v", VERSION);
        stored.set("data", JSON.valueToTree(result.data()));
        result.sessionId().ifPresent(id -> stored.put("sessionId", id));
        result.expiresAt().ifPresent(at -> stored.put("expiresAt", at.toEpochMilli()));
        stored.put("askedAt", answer.askedAt().toEpochMilli()).put("freshUntil", answer.freshUntil().toEpochMilli());
        answer.identifier().ifPresent(identifier -> stored.put("identifier", identifier));
        return stored.toString();
    }

    /** The stored answer, or empty when it is of another version or does not parse (it is then not trusted). */
    static Optional<SharedAnswer> decode(String stored) {
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
