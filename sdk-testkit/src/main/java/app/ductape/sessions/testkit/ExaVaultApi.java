package app.ductape.sessions.testkit;

import static app.ductape.sessions.testkit.JsonAnswers.JSON;
import static app.ductape.sessions.testkit.JsonAnswers.write;

import app.ductape.sessions.testkit.JsonAnswers.Refused;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * ExaVault's activity API v2, {@code GET /api/v2/activity/session} and {@code /webhooks}: every documented
 * filter ({@code path} with {@code *} wildcards), {@code sort} by {@code date} or {@code -date},
 * {@code offset}/{@code limit}, {@code totalResults} always 0 as documented, the {@code ev-api-key} and
 * {@code ev-access-token} headers, and the {@code errors} shape. Webhook logs come in the v1 and v2 attribute
 * formats of ExaVault's OpenAPI.
 */
final class ExaVaultApi {
    private static final String[] USERS = {"admin", "ops", "jaren.schmidt", "amina.okafor", "li.wei", "sofia.rossi"};
    private static final String[] OPERATIONS = {"PASS", "STOR", "RETR", "RETR", "STOR", "DELE", "MKD", "RNTO", "MOVE",
        "COPY", "SHARE", "SEND", "EXIT"};
    private static final String[] EVENTS = {"resources.upload", "resources.download", "resources.delete",
        "resources.createFolder", "resources.rename", "resources.move", "resources.copy", "shares.formSubmit"};

    private final List<ObjectNode> exavaultActivity = new ArrayList<>();
    private final List<ObjectNode> exavaultWebhooks = new ArrayList<>();

    /** {@code records} operations and a quarter as many webhook logs before {@code now}. */
    ExaVaultApi(Random random, int records, Instant now) {
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
    }

    boolean serves(EmulatorRequest request) {
        List<String> path = request.segments();
        return path.size() == 4 && path.subList(0, 3).equals(List.of("api", "v2", "activity"))
            && request.method().equals("GET") && (path.get(3).equals("session") || path.get(3).equals("webhooks"));
    }

    EmulatorResponse handle(EmulatorRequest request) throws Refused {
        return exavault(request, request.segments().get(3).equals("session") ? exavaultActivity : exavaultWebhooks);
    }

    private EmulatorResponse exavault(EmulatorRequest request, List<ObjectNode> items) throws Refused {
        if (!SessionLogApisEmulator.EXAVAULT_API_KEY.equals(request.header("ev-api-key"))
            || !SessionLogApisEmulator.EXAVAULT_ACCESS_TOKEN.equals(request.header("ev-access-token"))) {
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
        Comparator<JsonNode> byDate = Comparator.comparing(ExaVaultApi::created);
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

    private static Instant exavaultDate(Map<String, String> query, String name) throws Refused {
        String value = query.get(name);
        try {
            return value == null ? null : OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw new Refused(exavaultError(400, "ERROR_INVALID_PARAMETER", "Bad Request",
                "`" + name + "` must be an ISO-8601 date-time with an offset"));
        }
    }

    private static int exavaultInt(Map<String, String> query, String name, int absent) throws Refused {
        String value = query.get(name);
        try {
            int parsed = value == null ? absent : Integer.parseInt(value);
            if (parsed < 0) {
                throw new NumberFormatException();
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw new Refused(exavaultError(400, "ERROR_INVALID_PARAMETER", "Bad Request",
                "`" + name + "` must be a non-negative integer"));
        }
    }

    private static EmulatorResponse exavaultError(int status, String code, String title, String detail) {
        ObjectNode body = JSON.createObjectNode().put("responseStatus", status);
        body.putArray("errors").addObject().put("code", code).put("title", title).put("detail", detail)
            .putObject("meta");
        return write(status, body);
    }
}
