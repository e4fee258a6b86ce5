package app.ductape.sessions.testkit;

import static app.ductape.sessions.testkit.JsonAnswers.JSON;
import static app.ductape.sessions.testkit.JsonAnswers.write;

import app.ductape.sessions.testkit.JsonAnswers.Refused;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;

/**
 * SAYMON's users' sessions log, {@code GET /node/api/users/session/log}: sessions newest first, filtered
 * by {@code from}/{@code to} on {@code startTime}, paged with {@code skip}/{@code limit}; HTTP Basic auth,
 * a 403 for a user without {@code read-session-log}, and errors whose {@code message} is nested JSON.
 */
final class SaymonApi {
    private static final String[] USERS = {"admin", "ops", "jaren.schmidt", "amina.okafor", "li.wei", "sofia.rossi"};

    private final List<ObjectNode> saymonSessions = new ArrayList<>();

    /** {@code records} sessions before {@code now}, the 3 newest still active. */
    SaymonApi(Random random, int records, Instant now) {
        for (int i = 0; i < records; i++) {
            Instant start = now.minus(i * 37L + random.nextInt(30), ChronoUnit.MINUTES);
            ObjectNode session = JSON.createObjectNode().put("startTime", start.toEpochMilli());
            if (i < 3) {
                session.putNull("endTime");
                session.put("expiredAt", now.plus(1, ChronoUnit.HOURS).toEpochMilli());
            } else {
                Instant end = start.plus(5 + random.nextInt(90), ChronoUnit.MINUTES);
                session.put("endTime", end.toEpochMilli()).put("expiredAt", end.plus(1, ChronoUnit.HOURS).toEpochMilli());
            }
            String user = USERS[random.nextInt(USERS.length)];
            session.put("userId", String.format("5f5f420005a91e683e1%05x", user.hashCode() & 0xfffff))
                .put("login", user).put("id", String.format("62725dc8bad9106%09x", i));
            saymonSessions.add(session);
        }
    }

    boolean serves(EmulatorRequest request) {
        return request.segments().equals(List.of("node", "api", "users", "session", "log"))
            && request.method().equals("GET");
    }

    synchronized void end(String id, Instant at) {
        ObjectNode session = saymonSessions.stream().filter(s -> s.get("id").asText().equals(id)).findFirst()
            .orElseThrow(() -> new IllegalArgumentException("no SAYMON session " + id));
        if (!session.get("endTime").isNull()) {
            throw new IllegalArgumentException("SAYMON session " + id + " has already ended");
        }
        session.put("endTime", at.toEpochMilli()).put("expiredAt", at.plus(1, ChronoUnit.HOURS).toEpochMilli());
    }

    synchronized EmulatorResponse handle(EmulatorRequest request) throws Refused {
        String[] credentials = basicCredentials(request.header("Authorization"));
        boolean member = credentials != null && credentials[0].equals(SessionLogApisEmulator.SAYMON_LOGIN) && credentials[1].equals(SessionLogApisEmulator.SAYMON_PASSWORD);
        boolean guest = credentials != null && credentials[0].equals(SessionLogApisEmulator.SAYMON_GUEST_LOGIN)
            && credentials[1].equals(SessionLogApisEmulator.SAYMON_GUEST_PASSWORD);
        if (!member && !guest) {
            return saymonError(401, "Unauthorized", 3, "Session expired.");
        }
        if (guest) {
            return saymonError(403, "Forbidden", 7, "Permission read-session-log required");
        }
        Long from = saymonLong(request, "from");
        Long to = saymonLong(request, "to");
        Long limit = saymonLong(request, "limit");
        long skip = saymonLong(request, "skip") == null ? 0 : saymonLong(request, "skip");
        ArrayNode page = JSON.createArrayNode();
        saymonSessions.stream()
            .filter(s -> from == null || s.get("startTime").asLong() >= from)
            .filter(s -> to == null || s.get("startTime").asLong() <= to)
            .skip(skip).limit(limit == null ? Long.MAX_VALUE : limit).forEach(page::add);
        return write(200, page);
    }

    private static Long saymonLong(EmulatorRequest request, String name) throws Refused {
        String value = request.query().get(name);
        if (value == null) {
            return null;
        }
        try {
            long parsed = Long.parseLong(value);
            if (parsed < 0) {
                throw new NumberFormatException();
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw new Refused(saymonError(400, "Refused", 2, "`" + name + "` must be a non-negative integer"));
        }
    }

    private static EmulatorResponse saymonError(int status, String code, int errorCode, String message) {
        String nested = JSON.createObjectNode().put("errorCode", errorCode).put("message", message).toString();
        return write(status, JSON.createObjectNode().put("code", code).put("message", nested));
    }

    private static String[] basicCredentials(String authorization) {
        if (authorization == null || !authorization.startsWith("Basic ")) {
            return null;
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()),
                StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? null : new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)};
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
