package app.ductape.sessions;

import app.ductape.sessions.transport.JsonMappers;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;

/**
 * The data a session is started with, as the JSON object Ductape stores: a {@code Map}, a record or a
 * class with getters, refused by name before any request when it is not a JSON object.
 */
final class SessionData {
    private static final ObjectMapper JSON = JsonMappers.newMapper();

    private SessionData() {}

    /** {@code data} as a JSON object. */
    static JsonNode toJson(Object data) {
        JsonNode tree;
        try {
            tree = JSON.valueToTree(data);
        } catch (IllegalArgumentException e) {
            String reason = e.getCause() instanceof InvalidDefinitionException
                ? "it has no properties Jackson can write" : "Jackson could not write it";
            throw new IllegalArgumentException("`data` (a " + data.getClass().getName() + ") cannot be sent as JSON: "
                + reason + "; pass a Map, a record, or a class with public getters", e);
        }
        if (tree == null || !tree.isObject()) {
            throw new IllegalArgumentException("`data` must serialize to a JSON object, but was "
                + (tree == null ? "null" : tree.getNodeType()));
        }
        return tree;
    }
}
