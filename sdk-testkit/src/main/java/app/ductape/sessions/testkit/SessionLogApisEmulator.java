package app.ductape.sessions.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * A local server speaking the three session-log APIs the connectors read, with their documented
 * shapes and paging, on one loopback port: SAYMON's users' sessions log
 * ({@code /node/api/users/session/log}), ExaVault's activity API ({@code /api/v2/activity/session} and
 * {@code /webhooks}) and the Calwe session log ({@code /v1/customer|coach/sessions/{id}/log}, GET and
 * POST). Data is generated from a seed, so runs repeat; credentials are checked; errors come in each
 * API's own shape. For the connectors' examples and your integration tests.
 *
 * <pre>{@code
 * try (SessionLogApisEmulator apis = SessionLogApisEmulator.builder().build()) {
 *     SaymonClient saymon = SaymonClient.builder().baseUrl(apis.baseUrl())
 *         .login(SessionLogApisEmulator.SAYMON_LOGIN).password(SessionLogApisEmulator.SAYMON_PASSWORD).build();
 * }
 * }</pre>
 *
 * <p>What it does: SAYMON filters {@code from}/{@code to} on {@code startTime}, newest first, with
 * {@code skip}/{@code limit}; a user without the permission ({@link #SAYMON_GUEST_LOGIN}) gets 403.
 * ExaVault filters every documented parameter ({@code path} with {@code *} wildcards), sorts by
 * {@code date} or {@code -date}, answers {@code totalResults: 0} as documented, and refuses a negative
 * offset or limit with its error shape. Calwe pages 30 entries by default with a full Laravel paginator
 * whose links point at this server; a POST validates {@code action_type}, refuses sessions that have
 * ended, and ends the session on {@code ENDED} or {@code CANCELLED} (recording the session period, as
 * Calwe does). Thread-safe.
 */
public final class SessionLogApisEmulator implements AutoCloseable {
    public static final String SAYMON_LOGIN = "monitor";
    public static final String SAYMON_PASSWORD = "saymon-emulator-password";
    /** A SAYMON user without the {@code read-session-log} permission. */
    public static final String SAYMON_GUEST_LOGIN = "guest";
    public static final String SAYMON_GUEST_PASSWORD = "guest-emulator-password";
    public static final String EXAVAULT_API_KEY = "emulatoraccount-zwSuWUZ8S38h33qPS8v0s";
    public static final String EXAVAULT_ACCESS_TOKEN = "exavault-emulator-access-token";
    public static final String CALWE_TOKEN = "calwe-emulator-token";
    /** A Calwe session whose log has several pages at the default page size. */
    public static final String CALWE_LONG_SESSION = "1001";
    /** A Calwe session that has ended: it takes no more entries. */
    public static final String CALWE_ENDED_SESSION = "1002";
    /** A Calwe session in progress, with a short log. */
    public static final String CALWE_OPEN_SESSION = "1003";

    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final String[] USERS = {"admin", "ops", "jaren.schmidt", "amina.okafor", "li.wei", "sofia.rossi"};
    private static final String[] OPERATIONS = {"PASS", "STOR", "RETR", "RETR", "STOR", "DELE", "MKD", "RNTO", "MOVE",
        "COPY", "SHARE", "SEND", "EXIT"};
    private static final String[] EVENTS = {"resources.upload", "resources.download", "resources.delete",
        "resources.createFolder", "resources.rename", "resources.move", "resources.copy", "shares.formSubmit"};
    private static final List<String> ACTION_TYPES = List.of("ENTERED", "LEFT", "ENDED", "CANCELLED",
        "TEMPORARILY_LEFT", "CANCEL_REQUEST", "SESSION_PERIOD");
    private static final DateTimeFormatter TIME_OF_DAY = DateTimeFormatter.ofPattern("h:mm a", Locale.US);

    private final LoopbackServer server;
    private final EmulatorFaults faults = new EmulatorFaults();
    private final Clock clock;
    private final List<ObjectNode> saymonSessions = new ArrayList<>();
    private final List<ObjectNode> exavaultActivity = new ArrayList<>();
    private final List<ObjectNode> exavaultWebhooks = new ArrayList<>();
    private final Map<String, CalweSession> calweSessions = new LinkedHashMap<>();

    /** One Calwe session: its log, and whether it has ended. */
    private static final class CalweSession {
        final List<ObjectNode> log = new ArrayList<>();
        boolean ended;
    }

    private SessionLogApisEmulator(Builder builder) {
        this.clock = builder.clock;
        generate(new Random(builder.seed), builder.records, clock.instant().truncatedTo(ChronoUnit.MILLIS));
        this.server = new LoopbackServer("session-log-apis-emulator", builder.port, 4, new Handler(), faults);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The root every API is served under, such as {@code http://127.0.0.1:52345}. */
    public String baseUrl() {
        return server.baseUrl();
    }

    /** ExaVault's API root on this server ({@code baseUrl() + "/api/v2"}). */
    public String exavaultBaseUrl() {
        return server.baseUrl() + "/api/v2";
    }

    /** Fault injection for the next requests, as on {@link DuctapeEmulator#faults()}. */
    public EmulatorFaults faults() {
        return faults;
    }

    /** Stops listening at once and releases its threads. */
    @Override
    public void close() {
        server.close();
    }

    @Override
    public String toString() {
        return "SessionLogApisEmulator[" + server.baseUrl() + "]";
    }

    // ---- data ----------------------------------------------------------------------------------

    private void generate(Random random, int records, Instant now) {
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
        for (int i = 0; i < records; i++) {
            String operation = OPERATIONS[random.nextInt(OPERATIONS.length)];
            boolean onFile = !operation.equals("PASS") && !operation.equals("EXIT");
            ObjectNode attributes = JSON.createObjectNode()
                .put("bytesTransferred", operation.equals("STOR") || operation.equals("RETR") ? random.nextInt(5_000_000) : 0)
                .put("created", OffsetDateTime.ofInstant(now.minus(i * 13L, ChronoUnit.MINUTES),
                    i % 4 == 0 ? ZoneOffset.ofHours(-5) : ZoneOffset.UTC).toString())
                .put("duration", random.nextInt(120))
                .put("fileName", onFile ? "/Production/report-" + (i % 40) + ".pdf" : null)
                .put("fileSource", onFile ? "web" : null)
                .put("ipAddress", "203.0.113." + (1 + random.nextInt(200)))
                .put("operation", operation)
                .put("protocol", new String[] {"web", "ftp", "sftp"}[random.nextInt(3)])
                .put("sessionId", "sess-" + (i / 6))
                .put("status", random.nextInt(20) == 0 ? "failed" : "success")
                .put("username", USERS[(i / 6) % USERS.length]);
            exavaultActivity.add(JSON.createObjectNode().put("id", i + 1).put("type", "sessionActivity")
                .set("attributes", attributes));
        }
        for (int i = 0; i < Math.max(1, records / 4); i++) {
            Instant created = now.minus(i * 29L, ChronoUnit.MINUTES);
            String event = EVENTS[random.nextInt(EVENTS.length)];
            int status = random.nextInt(10) == 0 ? 500 : 200;
            String user = USERS[random.nextInt(USERS.length)];
            // The two attribute formats of ExaVault's OpenAPI (WebhookActivityAttributes, ...AttributesV2):
            // the listener's HTTP status is the number `status` in both.
            ObjectNode attributes = JSON.createObjectNode().put("created", created.toString())
                .put("endpointUrl", "https://hooks.example.com/exavault").put("event", event)
                .put("response", status == 200 ? "" : "Internal Server Error").put("status", status);
            if (i % 2 == 0) {
                attributes.put("attempt", 1).put("responseSize", status == 200 ? 0 : 21);
            } else {
                String ip = "203.0.113." + (1 + random.nextInt(200));
                attributes.put("accountId", "124437").put("attemptId", "att-" + i).put("ipAddress", ip)
                    .put("resend", false).put("resourcePath", "/Production/report-" + i + ".pdf").put("username", user)
                    .put("webhookFormat", "v2").put("webhookId", 31).put("webhookPath", "/Production")
                    .set("details", JSON.createObjectNode().put("accountName", "emulatoraccount").put("event", event)
                        .put("ipAddress", ip).put("protocol", "https").put("username", user));
            }
            exavaultWebhooks.add(JSON.createObjectNode().put("id", 5000 + i).put("type", "webhookActivity")
                .set("attributes", attributes));
        }
        CalweSession longSession = new CalweSession();
        LocalClock time = new LocalClock(9, 0);
        for (int i = 0; i < 72; i++) {
            String action = i % 3 == 0 ? "ENTERED" : i % 3 == 1 ? "TEMPORARILY_LEFT" : "LEFT";
            longSession.log.add(calweEntry(action, time.advance(3)));
        }
        calweSessions.put(CALWE_LONG_SESSION, longSession);
        CalweSession ended = new CalweSession();
        ended.log.add(calweEntry("ENTERED", "2:30 PM"));
        ended.log.add(calweEntry("LEFT", "2:35 PM"));
        ended.log.add(calweEntry("ENDED", "3:00 PM"));
        ended.log.add(calweEntry("SESSION_PERIOD", "3:00 PM"));
        ended.ended = true;
        calweSessions.put(CALWE_ENDED_SESSION, ended);
        CalweSession open = new CalweSession();
        open.log.add(calweEntry("ENTERED", "10:00 AM"));
        calweSessions.put(CALWE_OPEN_SESSION, open);
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

    // ---- requests ------------------------------------------------------------------------------

    /** Routes by path to the API that owns it. */
    private final class Handler implements EmulatorHandler {
        @Override
        public EmulatorResponse handle(EmulatorRequest request) {
            List<String> path = request.segments();
            try {
                if (path.equals(List.of("node", "api", "users", "session", "log")) && request.method().equals("GET")) {
                    return saymon(request);
                }
                if (path.size() == 4 && path.subList(0, 3).equals(List.of("api", "v2", "activity"))
                    && request.method().equals("GET") && (path.get(3).equals("session") || path.get(3).equals("webhooks"))) {
                    return exavault(request, path.get(3).equals("session") ? exavaultActivity : exavaultWebhooks);
                }
                if (path.size() == 5 && path.get(0).equals("v1") && (path.get(1).equals("customer")
                    || path.get(1).equals("coach")) && path.get(2).equals("sessions") && path.get(4).equals("log")) {
                    return calwe(request, path);
                }
                return write(404, JSON.createObjectNode().put("message", "No route for " + request.method() + " "
                    + request.path()));
            } catch (BadRequest e) {
                return e.response;
            }
        }

        @Override
        public EmulatorResponse error(int status, String message) {
            return write(status, JSON.createObjectNode().put("message", message));
        }
    }

    /** A request refused, with the answer to send. */
    private static final class BadRequest extends Exception {
        private static final long serialVersionUID = 1L;
        final transient EmulatorResponse response;

        BadRequest(EmulatorResponse response) {
            super(null, null, false, false);
            this.response = response;
        }
    }

    private EmulatorResponse saymon(EmulatorRequest request) throws BadRequest {
        String[] credentials = basicCredentials(request.header("Authorization"));
        boolean member = credentials != null && credentials[0].equals(SAYMON_LOGIN) && credentials[1].equals(SAYMON_PASSWORD);
        boolean guest = credentials != null && credentials[0].equals(SAYMON_GUEST_LOGIN)
            && credentials[1].equals(SAYMON_GUEST_PASSWORD);
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

    private static Long saymonLong(EmulatorRequest request, String name) throws BadRequest {
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
            throw new BadRequest(saymonError(400, "BadRequest", 2, "`" + name + "` must be a non-negative integer"));
        }
    }

    private static EmulatorResponse saymonError(int status, String code, int errorCode, String message) {
        String nested = JSON.createObjectNode().put("errorCode", errorCode).put("message", message).toString();
        return write(status, JSON.createObjectNode().put("code", code).put("message", nested));
    }

    private EmulatorResponse exavault(EmulatorRequest request, List<ObjectNode> items) throws BadRequest {
        if (!EXAVAULT_API_KEY.equals(request.header("ev-api-key"))
            || !EXAVAULT_ACCESS_TOKEN.equals(request.header("ev-access-token"))) {
            return exavaultError(401, "ERROR_INVALID_CREDENTIALS", "Unauthorized",
                "The ev-api-key or ev-access-token is invalid or expired");
        }
        Map<String, String> query = request.query();
        Instant start = exavaultDate(query, "startDate");
        Instant end = exavaultDate(query, "endDate");
        int offset = exavaultInt(query, "offset", 0);
        int limit = exavaultInt(query, "limit", 100);
        List<Predicate<JsonNode>> filters = new ArrayList<>();
        filters.add(item -> start == null || !created(item).isBefore(start));
        filters.add(item -> end == null || !created(item).isAfter(end));
        for (String field : List.of("username", "ipAddress", "endpointUrl", "resourcePath", "event", "statusCode")) {
            String wanted = query.get(field);
            if (wanted != null) {
                filters.add(item -> wanted.equals(text(item, field)));
            }
        }
        if (query.get("type") != null) {
            filters.add(item -> query.get("type").equalsIgnoreCase(text(item, "operation")));
        }
        if (query.get("path") != null) {
            Pattern glob = Pattern.compile(Pattern.quote(query.get("path")).replace("*", "\\E.*\\Q"));
            filters.add(item -> text(item, "fileName") != null && glob.matcher(text(item, "fileName")).matches());
        }
        Comparator<JsonNode> byDate = Comparator.comparing(SessionLogApisEmulator::created);
        String sort = query.getOrDefault("sort", "-date");
        List<ObjectNode> matching = items.stream().filter(item -> filters.stream().allMatch(f -> f.test(item)))
            .sorted(sort.equals("date") ? byDate : byDate.reversed()).skip(offset).limit(limit).toList();
        ObjectNode body = JSON.createObjectNode().put("responseStatus", 200).put("totalResults", 0)
            .put("returnedResults", matching.size());
        body.putArray("data").addAll(matching);
        return write(200, body);
    }

    /** An item's attribute; a webhook's listener status is its {@code status}. */
    private static String text(JsonNode item, String field) {
        JsonNode attributes = item.has("attributes") ? item.get("attributes") : item;
        for (String name : switch (field) {
            case "statusCode" -> List.of("status");
            default -> List.of(field);
        }) {
            JsonNode value = attributes.get(name);
            if (value != null && !value.isNull()) {
                return value.asText();
            }
        }
        return null;
    }

    private static Instant created(JsonNode item) {
        return OffsetDateTime.parse(text(item, "created")).toInstant();
    }

    private static Instant exavaultDate(Map<String, String> query, String name) throws BadRequest {
        String value = query.get(name);
        try {
            return value == null ? null : OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw new BadRequest(exavaultError(400, "ERROR_INVALID_PARAMETER", "Bad Request",
                "`" + name + "` must be an ISO-8601 date-time with an offset"));
        }
    }

    private static int exavaultInt(Map<String, String> query, String name, int absent) throws BadRequest {
        String value = query.get(name);
        try {
            int parsed = value == null ? absent : Integer.parseInt(value);
            if (parsed < 0) {
                throw new NumberFormatException();
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw new BadRequest(exavaultError(400, "ERROR_INVALID_PARAMETER", "Bad Request",
                "`" + name + "` must be a non-negative integer"));
        }
    }

    private static EmulatorResponse exavaultError(int status, String code, String title, String detail) {
        ObjectNode body = JSON.createObjectNode().put("responseStatus", status);
        body.putArray("errors").addObject().put("code", code).put("title", title).put("detail", detail)
            .putObject("meta");
        return write(status, body);
    }

    private EmulatorResponse calwe(EmulatorRequest request, List<String> path) throws BadRequest {
        if (!("Bearer " + CALWE_TOKEN).equals(request.header("Authorization"))) {
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
            return calweAnswer(200, "تم جلب البيانات بنجاح", paginator(session.log, baseUrl() + request.path(), perPage, page));
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

    private static int calweInt(EmulatorRequest request, String name, int absent) throws BadRequest {
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
            throw new BadRequest(calweAnswer(422, "بيانات غير صالحة", fields));
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

    private static EmulatorResponse write(int status, JsonNode body) {
        try {
            return new EmulatorResponse(status, JSON.writeValueAsBytes(body));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Builds a {@link SessionLogApisEmulator}. */
    public static final class Builder {
        private int port;
        private long seed = 20261125L;
        private int records = 250;
        private Clock clock = Clock.systemUTC();

        private Builder() {}

        /** The port to listen on (default 0: a free one). */
        public Builder port(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("`port` must be between 0 and 65535, but was " + port);
            }
            this.port = port;
            return this;
        }

        /** The seed of the generated data (the same seed gives the same data). */
        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        /** How many SAYMON sessions and ExaVault operations to generate (a quarter as many webhook logs). */
        public Builder records(int records) {
            if (records < 0 || records > 1_000_000) {
                throw new IllegalArgumentException("`records` must be between 0 and 1,000,000, but was " + records);
            }
            this.records = records;
            return this;
        }

        /** The clock "now" is read from when data is generated and entries are added. */
        public Builder clock(Clock clock) {
            this.clock = java.util.Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** Generates the data, binds and starts serving. */
        public SessionLogApisEmulator build() {
            return new SessionLogApisEmulator(this);
        }
    }
}
