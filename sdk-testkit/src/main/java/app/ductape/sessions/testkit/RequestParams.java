package app.ductape.sessions.testkit;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.util.Map;

/** Reads and checks what a request sends: its JSON body's fields, and its query's paging and range. */
final class RequestParams {
    static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};

    private RequestParams() {}

    /** The body as a JSON object, or a 400. */
    static JsonNode body(EmulatorRequest request) {
        try {
            JsonNode body = request.body().length == 0 ? null : JSON.readTree(request.body());
            if (body == null || !body.isObject()) {
                throw ApiException.badRequest("The request body must be a JSON object");
            }
            return body;
        } catch (IOException e) {
            throw ApiException.badRequest("The request body is not valid JSON");
        }
    }

    static String text(JsonNode body, String field) {
        JsonNode value = body.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    static String requiredText(JsonNode body, String field) {
        String value = text(body, field);
        if (value == null || value.isBlank()) {
            throw ApiException.badRequest("`" + field + "` is required");
        }
        return value;
    }

    /** A field holding a JSON object, as a map; a 400 naming {@code field} otherwise. */
    static Map<String, Object> object(JsonNode body, String field, boolean nonEmpty) {
        JsonNode value = body.get(field);
        if (value == null || !value.isObject() || (nonEmpty && value.isEmpty())) {
            throw ApiException.badRequest("`" + field + "` is required and must be a JSON object");
        }
        return JSON.convertValue(value, MAP);
    }

    /** A query parameter that must be set. */
    static String required(Map<String, String> query, String name) {
        String value = query.get(name);
        if (value == null || value.isBlank()) {
            throw ApiException.badRequest("`" + name + "` is required");
        }
        return value;
    }

    /** The range of Ductape's {@code start_date} and {@code end_date} query parameters. */
    static TimeRange range(Map<String, String> query) {
        return TimeRange.of(query.get("start_date"), query.get("end_date"));
    }

    static int page(Map<String, String> query) {
        return intParam(query, "page", 1, 1, Integer.MAX_VALUE);
    }

    static int limit(Map<String, String> query) {
        return intParam(query, "limit", 20, 1, 1000);
    }

    /** The {@code page} of a proxy call's params object. */
    static int page(JsonNode params) {
        return page(params.hasNonNull("page") ? Map.of("page", params.get("page").asText()) : Map.of());
    }

    /** The {@code limit} of a proxy call's params object. */
    static int limit(JsonNode params) {
        return limit(params.hasNonNull("limit") ? Map.of("limit", params.get("limit").asText()) : Map.of());
    }

    private static int intParam(Map<String, String> query, String name, int fallback, int min, int max) {
        String value = query.get(name);
        if (value == null) {
            return fallback;
        }
        try {
            int parsed = Integer.parseInt(value);
            if (parsed < min || parsed > max) {
                throw ApiException.badRequest("`" + name + "` must be between " + min + " and " + max);
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("`" + name + "` must be an integer, but was '" + value + "'");
        }
    }
}
