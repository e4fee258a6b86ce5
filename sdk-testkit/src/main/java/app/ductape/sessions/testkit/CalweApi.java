package app.ductape.sessions.testkit;

import static app.ductape.sessions.testkit.JsonAnswers.JSON;
import static app.ductape.sessions.testkit.JsonAnswers.write;

import app.ductape.sessions.testkit.JsonAnswers.Refused;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The Calwe session log, {@code GET}/{@code POST /v1/customer|coach/sessions/{id}/log}: the
 * {@code {success, message, data, statusCode}} envelope (Arabic messages), 30 entries a page by default in a
 * full Laravel paginator whose links point at this server; a POST validates {@code action_type}, refuses a
 * session that has ended, and ends it on {@code ENDED} or {@code CANCELLED} (recording the session period).
 */
final class CalweApi {
    private static final List<String> ACTION_TYPES = List.of("ENTERED", "LEFT", "ENDED", "CANCELLED",
        "TEMPORARILY_LEFT", "CANCEL_REQUEST", "SESSION_PERIOD");
    private static final DateTimeFormatter TIME_OF_DAY = DateTimeFormatter.ofPattern("h:mm a", Locale.US);

    private final Map<String, CalweSession> calweSessions = new LinkedHashMap<>();
    private final Clock clock;
    private final Supplier<String> baseUrl;

    /** One Calwe session: its log, and whether it has ended. */
    private static final class CalweSession {
        final List<ObjectNode> log = new ArrayList<>();
        boolean ended;
    }

    /** The three sessions of {@link SessionLogApisEmulator}; {@code baseUrl} is where links point. */
    CalweApi(Clock clock, Supplier<String> baseUrl) {
        this.clock = clock;
        this.baseUrl = baseUrl;
        CalweSession longSession = new CalweSession();
        LocalClock time = new LocalClock(9, 0);
        for (int i = 0; i < 72; i++) {
            String action = i % 3 == 0 ? "ENTERED" : i % 3 == 1 ? "TEMPORARILY_LEFT" : "LEFT";
            longSession.log.add(calweEntry(action, time.advance(3)));
        }
        calweSessions.put(SessionLogApisEmulator.CALWE_LONG_SESSION, longSession);
        CalweSession ended = new CalweSession();
        ended.log.add(calweEntry("ENTERED", "2:30 PM"));
        ended.log.add(calweEntry("LEFT", "2:35 PM"));
        ended.log.add(calweEntry("ENDED", "3:00 PM"));
        ended.log.add(calweEntry("SESSION_PERIOD", "3:00 PM"));
        ended.ended = true;
        calweSessions.put(SessionLogApisEmulator.CALWE_ENDED_SESSION, ended);
        CalweSession open = new CalweSession();
        open.log.add(calweEntry("ENTERED", "10:00 AM"));
        calweSessions.put(SessionLogApisEmulator.CALWE_OPEN_SESSION, open);
    }

    /** A wall clock of times of day for generated Calwe entries. */
    private static final class LocalClock {
        private java.time.LocalTime time;

        LocalClock(int hour, int minute) {
            this.time = java.time.LocalTime.of(hour, minute);
        }

        String advance(int minutes) {
            time = time.plusMinutes(minutes);
            return TIME_OF_DAY.format(time);
        }
    }

    private static ObjectNode calweEntry(String action, String timeOfDay) {
        String text = switch (action) {
            case "ENTERED" -> "Customer entered the session";
            case "LEFT" -> "Customer left the session";
            case "ENDED" -> "Session was ended";
            case "CANCELLED" -> "Session was cancelled";
            case "TEMPORARILY_LEFT" -> "Customer temporarily left the session";
            case "CANCEL_REQUEST" -> "Request to cancel the session";
            default -> "Session period record";
        };
        return JSON.createObjectNode().put("text", text).put("date", timeOfDay).put("action_type", action);
    }

    boolean serves(EmulatorRequest request) {
        List<String> path = request.segments();
        return path.size() == 5 && path.get(0).equals("v1") && (path.get(1).equals("customer")
            || path.get(1).equals("coach")) && path.get(2).equals("sessions") && path.get(4).equals("log");
    }

    EmulatorResponse handle(EmulatorRequest request) throws Refused {
        List<String> path = request.segments();
        if (!("Bearer " + SessionLogApisEmulator.CALWE_TOKEN).equals(request.header("Authorization"))) {
            return calweAnswer(401, "Unauthenticated.", null);
        }
        CalweSession session = calweSessions.get(path.get(3));
        if (session == null) {
            return calweAnswer(404, "لم يتم العثور على الجلسة", null);
        }
        synchronized (session) {
            if (request.method().equals("POST")) {
                return calweCreate(session, request);
            }
            if (!request.method().equals("GET")) {
                return calweAnswer(405, "Method not allowed", null);
            }
            int perPage = calweInt(request, "per_page", 30);
            int page = calweInt(request, "page", 1);
            return calweAnswer(200, "تم جلب البيانات بنجاح", paginator(session.log, baseUrl.get() + request.path(), perPage, page));
        }
    }

    private EmulatorResponse calweCreate(CalweSession session, EmulatorRequest request) {
        String action;
        try {
            action = JSON.readTree(new String(request.body(), StandardCharsets.UTF_8)).path("action_type").asText(null);
        } catch (IOException e) {
            action = null;
        }
        if (action == null || !ACTION_TYPES.contains(action)) {
            ObjectNode fields = JSON.createObjectNode();
            fields.putArray("action_type").add("نوع الإجراء غير صالح");
            return calweAnswer(422, "بيانات غير صالحة", fields);
        }
        if (session.ended) {
            return calweAnswer(422, "لايمكنك تسجيل سجل العمليات بعد انتهاء الجلسة", null);
        }
        String now = TIME_OF_DAY.format(clock.instant().atOffset(ZoneOffset.UTC).toLocalTime());
        ObjectNode entry = calweEntry(action, now);
        session.log.add(entry);
        if (action.equals("ENDED") || action.equals("CANCELLED")) {
            session.ended = true;
            session.log.add(calweEntry("SESSION_PERIOD", now));
        }
        return calweAnswer(200, "تم حفظ البيانات بنجاح", entry);
    }

    private static int calweInt(EmulatorRequest request, String name, int absent) throws Refused {
        String value = request.query().get(name);
        try {
            int parsed = value == null ? absent : Integer.parseInt(value);
            if (parsed < 1) {
                throw new NumberFormatException();
            }
            return parsed;
        } catch (NumberFormatException e) {
            ObjectNode fields = JSON.createObjectNode();
            fields.putArray(name).add("The " + name + " must be at least 1.");
            throw new Refused(calweAnswer(422, "بيانات غير صالحة", fields));
        }
    }

    /** Laravel's {@code LengthAwarePaginator} as JSON, with a previous link, one per page and a next link. */
    private static ObjectNode paginator(List<ObjectNode> entries, String path, int perPage, int page) {
        int total = entries.size();
        int lastPage = Math.max(1, (total + perPage - 1) / perPage);
        int fromIndex = Math.min(total, (page - 1) * perPage);
        List<ObjectNode> slice = entries.subList(fromIndex, Math.min(total, fromIndex + perPage));
        ObjectNode body = JSON.createObjectNode().put("current_page", page);
        body.putArray("data").addAll(slice);
        body.put("first_page_url", path + "?page=1");
        if (slice.isEmpty()) {
            body.putNull("from");
        } else {
            body.put("from", fromIndex + 1);
        }
        body.put("last_page", lastPage).put("last_page_url", path + "?page=" + lastPage);
        ArrayNode links = body.putArray("links");
        links.addObject().put("url", page > 1 ? path + "?page=" + (page - 1) : null).put("label", "&laquo; Previous")
            .put("active", false);
        for (int i = 1; i <= lastPage; i++) {
            links.addObject().put("url", path + "?page=" + i).put("label", String.valueOf(i)).put("active", i == page);
        }
        links.addObject().put("url", page < lastPage ? path + "?page=" + (page + 1) : null).put("label", "Next &raquo;")
            .put("active", false);
        body.put("next_page_url", page < lastPage ? path + "?page=" + (page + 1) : null)
            .put("path", path).put("per_page", perPage)
            .put("prev_page_url", page > 1 ? path + "?page=" + (page - 1) : null);
        if (slice.isEmpty()) {
            body.putNull("to");
        } else {
            body.put("to", fromIndex + slice.size());
        }
        return body.put("total", total);
    }

    private static EmulatorResponse calweAnswer(int status, String message, JsonNode data) {
        ObjectNode body = JSON.createObjectNode().put("success", status < 300).put("message", message);
        body.set("data", data);
        return write(status, body.put("statusCode", status));
    }
}
