package app.ductape.sessions.middleware.redis;

import app.ductape.sessions.middleware.fleet.FleetRevocation;
import app.ductape.sessions.transport.JsonMappers;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

/**
 * The revocation messages on a fleet's channel, version 1: {@code {"v":1,"origin":"<uuid>","tag":"user-session",
 * "kind":"session"|"user"|"all","sessionId":"...","identifier":"...","kept":"...","at":"<ISO-8601 instant>",
 * "ended":true}} ({@code ended} only when Ductape ended what it names, so that its tokens are refused;
 * {@code kept} only for a user's revocation that left one of their sessions valid). They carry no token and no
 * session data. A reader refuses any other version, because a field it does not know may change what the
 * message revokes. {@code kept} came within version 1 on purpose: a reader that predates it revokes the kept
 * session too, which errs on the safe side, where a new version would be ignored and revoke nothing.
 */
final class FleetMessages {
    static final int VERSION = 1;
    private static final ObjectMapper JSON = JsonMappers.newMapper();

    private FleetMessages() {
    }

    /** A revocation as it was published: by whom, for which tag. */
    record Received(String origin, String tag, FleetRevocation revocation) {
    }

    /** Why a message is not a revocation this reader can apply. */
    static final class Unreadable extends Exception {
        Unreadable(String reason) {
            super(reason);
        }
    }

    static String encode(String origin, String tag, FleetRevocation revocation) {
        ObjectNode message = JSON.createObjectNode().put("v", VERSION).put("origin", origin).put("tag", tag)
            .put("kind", revocation.kind().name().toLowerCase(Locale.ROOT));
        revocation.sessionId().ifPresent(id -> message.put("sessionId", id));
        revocation.identifier().ifPresent(identifier -> message.put("identifier", identifier));
        revocation.kept().ifPresent(kept -> message.put("kept", kept));
        message.put("at", revocation.at().toString());
        if (revocation.ended()) {
            message.put("ended", true);
        }
        return message.toString();
    }

    static Received decode(String message) throws Unreadable {
        JsonNode node;
        try {
            node = JSON.readTree(message);
        } catch (JsonProcessingException e) {
            throw new Unreadable("it is not JSON");
        }
        if (node == null || !node.isObject()) {
            throw new Unreadable("it is not a JSON object");
        }
        JsonNode version = node.get("v");
        if (version == null || !version.isInt() || version.intValue() != VERSION) {
            throw new Unreadable("its version is " + (version == null ? "missing" : version) + ", not " + VERSION);
        }
        String kind = text(node, "kind");
        Instant at = instant(node);
        JsonNode ended = node.path("ended");
        if (!ended.isMissingNode() && !ended.isBoolean()) {
            throw new Unreadable("its 'ended' is not a boolean");
        }
        FleetRevocation revocation = switch (kind) {
            case "session" -> new FleetRevocation(FleetRevocation.Kind.SESSION, Optional.of(text(node, "sessionId")),
                Optional.empty(), Optional.empty(), at, ended.asBoolean(false));
            case "user" -> new FleetRevocation(FleetRevocation.Kind.USER, Optional.empty(),
                Optional.of(text(node, "identifier")), node.has("kept") ? Optional.of(text(node, "kept"))
                    : Optional.empty(), at, ended.asBoolean(false));
            case "all" -> FleetRevocation.ofAll(at);
            default -> throw new Unreadable("its kind '" + kind + "' is none of session, user, all");
        };
        return new Received(text(node, "origin"), text(node, "tag"), revocation);
    }

    private static Instant instant(JsonNode node) throws Unreadable {
        String at = text(node, "at");
        try {
            return Instant.parse(at);
        } catch (DateTimeParseException e) {
            throw new Unreadable("its 'at' is not an ISO-8601 instant");
        }
    }

    private static String text(JsonNode node, String field) throws Unreadable {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual() || value.textValue().isEmpty()) {
            throw new Unreadable("its '" + field + "' is missing or not a non-empty string");
        }
        return value.textValue();
    }
}
