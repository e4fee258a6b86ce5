package app.ductape.sessions.connectors.calwe;

import app.ductape.sessions.transport.BodyDecoder;
import app.ductape.sessions.transport.ErrorReader;
import app.ductape.sessions.transport.RejectedBodyException;
import app.ductape.sessions.transport.ServerError;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Calwe's envelope, {@code {success, message, data, statusCode}} (messages may be Arabic), for
 * successes and failures alike: a 422 whose {@code data} holds field errors is a validation failure, a
 * 422 without them means the session has ended.
 */
final class CalweWire {
    private CalweWire() {}

    /** The envelope's {@code data} read as {@code type}, after checking {@code success}. */
    static <T> BodyDecoder<T> envelope(Class<T> type) {
        return parser -> {
            if (parser.nextToken() == null) {
                throw new RejectedBodyException("the response body is empty");
            }
            JsonNode body = parser.readValueAsTree();
            if (body == null || !body.isObject()) {
                throw new RejectedBodyException("the response body is not a JSON object");
            }
            if (!body.path("success").asBoolean(false)) {
                int status = body.path("statusCode").asInt(0);
                throw new RejectedBodyException("the server answered success false (statusCode " + status + ")",
                    serverError(status, body));
            }
            JsonNode data = body.get("data");
            if (data == null || data.isNull()) {
                throw new RejectedBodyException("the response envelope has no \"data\"");
            }
            return parser.getCodec().treeToValue(data, type);
        };
    }

    /** Errors of non-2xx answers, in the same envelope. */
    static final ErrorReader ERRORS = (status, body) -> body == null || !body.isObject() ? ServerError.NONE
        : serverError(status, body);

    static ServerError serverError(int status, JsonNode body) {
        String message = ErrorReader.text(body.get("message"));
        String code = ErrorReader.text(body.get("statusCode"));
        int effective = status >= 400 ? status : body.path("statusCode").asInt(status);
        JsonNode data = body.get("data");
        if (effective == 404) {
            return new ServerError(message, code, CalweErrorCode.CALWE_SESSION_NOT_FOUND, Map.of());
        }
        if (effective == 422) {
            Map<String, List<String>> fields = fieldErrors(data);
            return fields.isEmpty() ? new ServerError(message, code, CalweErrorCode.SESSION_ALREADY_ENDED, Map.of())
                : new ServerError(message, code, CalweErrorCode.VALIDATION_FAILED, fields);
        }
        return ServerError.of(message, code);
    }

    /** Laravel's validation errors: field names to a message or a list of messages. */
    private static Map<String, List<String>> fieldErrors(JsonNode data) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        if (data != null && data.isObject()) {
            data.fields().forEachRemaining(field -> {
                List<String> messages = new ArrayList<>();
                if (field.getValue().isArray()) {
                    field.getValue().forEach(message -> messages.add(message.asText()));
                } else if (!field.getValue().isNull()) {
                    messages.add(field.getValue().asText());
                }
                fields.put(field.getKey(), messages);
            });
        }
        return fields;
    }
}
