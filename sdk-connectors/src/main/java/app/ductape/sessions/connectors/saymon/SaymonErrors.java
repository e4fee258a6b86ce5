package app.ductape.sessions.connectors.saymon;

import app.ductape.sessions.transport.ErrorReader;
import app.ductape.sessions.transport.JsonMappers;
import app.ductape.sessions.transport.ServerError;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * SAYMON's errors, {@code {"code": "Unauthorized", "message": "..."}}, where the message may itself be
 * JSON text such as {@code {"errorCode":3,"message":"Session expired."}}: the inner message is the one
 * surfaced. A 403 names the permission the log needs.
 */
final class SaymonErrors implements ErrorReader {
    static final String PERMISSION = "read-session-log";
    private static final ObjectMapper NESTED = JsonMappers.newMapper();

    @Override
    public ServerError read(int status, JsonNode body) {
        String message = null;
        String code = null;
        if (body != null && body.isObject()) {
            code = ErrorReader.text(body.get("code"));
            message = innerMessage(ErrorReader.text(body.get("message")));
        }
        if (status == 403) {
            message = "the user needs the " + PERMISSION + " permission" + (message == null ? "" : " (" + message + ")");
        }
        return ServerError.of(message, code);
    }

    private static String innerMessage(String message) {
        if (message == null || !message.trim().startsWith("{")) {
            return message;
        }
        try {
            JsonNode inner = NESTED.readTree(message);
            String text = ErrorReader.text(inner.get("message"));
            return text != null ? text : message;
        } catch (java.io.IOException notJson) {
            return message;
        }
    }
}
