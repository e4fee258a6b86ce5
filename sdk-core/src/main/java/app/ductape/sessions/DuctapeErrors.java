package app.ductape.sessions;

import app.ductape.sessions.transport.ErrorReader;
import app.ductape.sessions.transport.ServerError;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Ductape's error bodies, read as its workbench reads them: {@code {status: false, message, code}},
 * {@code {status: false, meta, errors}}, or a proxy failure that carries {@code upstream_error},
 * {@code error}, {@code message} or {@code errors}. The message is the most specific one sent (the
 * upstream provider's first, then {@code error}, {@code message}, {@code errors}), never a gateway's
 * generic "Request failed with status code 500"; the code is {@code code}, and when it names a
 * {@link SessionErrorCode} (Ductape's {@code SESSION_NOT_FOUND}, {@code ENV_NOT_FOUND}, ...), that is the
 * error's {@code code()}.
 */
final class DuctapeErrors implements ErrorReader {
    static final DuctapeErrors READER = new DuctapeErrors();
    private static final Map<String, SessionErrorCode> KNOWN = Arrays.stream(SessionErrorCode.values())
        .collect(Collectors.toUnmodifiableMap(SessionErrorCode::name, code -> code));
    private static final Pattern GENERIC = Pattern.compile("Request failed with status code \\d+");

    private DuctapeErrors() {}

    @Override
    public ServerError read(int status, JsonNode body) {
        if (body == null || !body.isObject()) {
            return ServerError.NONE;
        }
        String message = first(text(body.get("upstream_error")), specific(body.get("error")),
            specific(body.get("message")), text(body.get("errors")));
        return said(message, ErrorReader.text(body.get("code")));
    }

    /** What Ductape said: its message and code, and the SDK's code of the same name when there is one. */
    static ServerError said(String message, String code) {
        ServerError error = ServerError.of(message, code);
        SessionErrorCode known = code == null ? null : KNOWN.get(code.trim());
        return known == null ? error : error.withErrorCode(known);
    }

    private static String first(String... candidates) {
        for (String candidate : candidates) {
            if (candidate != null) {
                return candidate;
            }
        }
        return null;
    }

    private static String specific(JsonNode node) {
        String text = text(node);
        return text == null || GENERIC.matcher(text).matches() ? null : text;
    }

    /** A message from a string, an object's {@code message}, or an array of either, joined. */
    private static String text(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isTextual() || node.isNumber() || node.isBoolean()) {
            String text = node.asText().trim();
            return text.isEmpty() ? null : text;
        }
        if (node.isObject()) {
            return text(node.get("message"));
        }
        if (node.isArray()) {
            List<String> parts = new ArrayList<>();
            node.forEach(element -> {
                String part = text(element);
                if (part != null) {
                    parts.add(part);
                }
            });
            return parts.isEmpty() ? null : String.join("; ", parts);
        }
        return null;
    }
}
