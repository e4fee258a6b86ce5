package app.ductape.sessions.transport;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads what the server said in the body of a non-2xx response. The transport peeks at most 64 KiB
 * of the body and parses it as JSON; a body that is not JSON (an HTML error page, nothing) arrives
 * as {@code null}, and the status alone then describes the failure.
 */
@FunctionalInterface
public interface ErrorReader {

    /** Ductape's error shape, {@code {"message": ..., "code": ...}}: the default. */
    ErrorReader MESSAGE_AND_CODE = (status, body) -> body == null || !body.isObject() ? ServerError.NONE
        : ServerError.of(text(body.get("message")), text(body.get("code")));

    /**
     * Reads an error body.
     *
     * @param status the HTTP status
     * @param body   the body parsed as JSON, or {@code null} when it is not JSON
     * @return what the server said; {@link ServerError#NONE} when nothing usable
     */
    ServerError read(int status, JsonNode body);

    /**
     * A scalar node's text, or {@code null} for a missing, null, object or array node.
     *
     * @param node the node
     * @return a scalar node's text, or {@code null} for a missing, null, object or array node
     */
    static String text(JsonNode node) {
        return node == null || node.isNull() || node.isContainerNode() ? null : node.asText();
    }
}
