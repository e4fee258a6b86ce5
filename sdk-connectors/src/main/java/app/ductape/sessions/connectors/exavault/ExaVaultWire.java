package app.ductape.sessions.connectors.exavault;

import app.ductape.sessions.transport.BodyDecoder;
import app.ductape.sessions.transport.ErrorReader;
import app.ductape.sessions.transport.RejectedBodyException;
import app.ductape.sessions.transport.ServerError;
import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/**
 * ExaVault's JSON: the listing shape {@code {responseStatus, totalResults, returnedResults, data:
 * [{id, type, attributes}]}} and the error shape {@code {responseStatus, errors: [{code, title, detail,
 * meta}]}}, which may also come with a 2xx status.
 */
final class ExaVaultWire {
    private ExaVaultWire() {}

    /** The attributes of a {@code sessionActivity} item. */
    record SessionAttributes(
        @JsonProperty("bytesTransferred") Long bytesTransferred,
        @JsonProperty("created") Instant created,
        @JsonProperty("duration") Long duration,
        @JsonProperty("fileName") String fileName,
        @JsonProperty("fileSource") String fileSource,
        @JsonProperty("ipAddress") String ipAddress,
        @JsonProperty("operation") String operation,
        @JsonProperty("protocol") String protocol,
        @JsonProperty("sessionId") String sessionId,
        @JsonProperty("status") String status,
        @JsonProperty("username") String username) {}

    /**
     * The fields the v1 and v2 webhook formats share ({@code WebhookActivityAttributes} and
     * {@code ...AttributesV2} of ExaVault's OpenAPI), and the spellings of older and flat shapes. The
     * listener's HTTP status is not here: {@link #listenerStatus} reads it.
     */
    record WebhookCommon(
        @JsonProperty("event") @JsonAlias({"eventType", "event_type"}) String event,
        @JsonProperty("endpointUrl") @JsonAlias({"endpoint_url", "url"}) String endpointUrl,
        @JsonProperty("resourcePath") @JsonAlias({"resource_path"}) String resourcePath,
        @JsonProperty("username") @JsonAlias({"user_name", "user"}) String username,
        @JsonProperty("created") @JsonAlias({"createdAt", "created_at"}) Instant created) {}

    /** Where a webhook log may carry the listener's HTTP status: ExaVault's own {@code status} first. */
    private static final List<String> LISTENER_STATUS_FIELDS = List.of("status", "statusCode", "status_code",
        "responseCode");

    /** Maps one {@code data} item ({@code id}, its attributes object) to a model. */
    @FunctionalInterface
    interface ItemMapper<T> {
        T map(String id, JsonNode attributes, ObjectCodec codec) throws IOException;
    }

    static final BodyDecoder<ExaVaultPage<ExaVaultSessionActivity>> SESSION_ACTIVITY = listing((id, attributes, codec) -> {
        SessionAttributes a = codec.treeToValue(attributes, SessionAttributes.class);
        return new ExaVaultSessionActivity(id, a.bytesTransferred() == null ? 0 : a.bytesTransferred(), a.created(),
            a.duration(), a.fileName(), a.fileSource(), a.ipAddress(), a.operation(), a.protocol(), a.sessionId(),
            a.status(), a.username());
    });

    static final BodyDecoder<ExaVaultPage<ExaVaultWebhookLog>> WEBHOOK_LOGS = listing((id, attributes, codec) -> {
        WebhookCommon c = codec.treeToValue(attributes, WebhookCommon.class);
        return new ExaVaultWebhookLog(id, c.event(), c.endpointUrl(), listenerStatus(attributes), c.resourcePath(),
            c.username(), c.created(), attributes);
    });

    /**
     * The HTTP status the webhook listener answered: ExaVault sends it as the number {@code status} (v1 and
     * v2); other spellings are read when {@code status} is absent or is not a status code.
     */
    static Integer listenerStatus(JsonNode attributes) {
        for (String field : LISTENER_STATUS_FIELDS) {
            JsonNode value = attributes.get(field);
            if (value != null && (value.isIntegralNumber() || (value.isTextual() && value.asText().matches("\\d{3}")))) {
                int status = value.asInt();
                if (status >= 100 && status <= 599) {
                    return status;
                }
            }
        }
        return null;
    }

    /** Errors of non-2xx answers. */
    static final ErrorReader ERRORS = (status, body) -> body == null || !body.isObject() ? ServerError.NONE
        : serverError(body);

    private static <T> BodyDecoder<ExaVaultPage<T>> listing(ItemMapper<T> items) {
        return parser -> {
            JsonNode body = read(parser);
            JsonNode data = body.get("data");
            if (data == null || !data.isArray()) {
                throw new RejectedBodyException("the response has no \"data\" array");
            }
            List<T> mapped = new ArrayList<>(data.size());
            for (JsonNode item : data) {
                if (!item.isObject()) {
                    throw new RejectedBodyException("a \"data\" item is not an object");
                }
                JsonNode attributes = item.get("attributes");
                // The older flat shape carries the fields on the item itself.
                mapped.add(items.map(ErrorReader.text(item.get("id")),
                    attributes != null && attributes.isObject() ? attributes : item, parser.getCodec()));
            }
            JsonNode returned = body.get("returnedResults");
            return new ExaVaultPage<>(body.path("responseStatus").asInt(0), body.path("totalResults").asLong(0),
                returned != null && returned.canConvertToInt() ? returned.asInt() : mapped.size(), mapped);
        };
    }

    private static JsonNode read(JsonParser parser) throws IOException, RejectedBodyException {
        if (parser.nextToken() == null) {
            throw new RejectedBodyException("the response body is empty");
        }
        JsonNode body = parser.readValueAsTree();
        if (body == null || !body.isObject()) {
            throw new RejectedBodyException("the response body is not a JSON object");
        }
        JsonNode errors = body.get("errors");
        if ((errors != null && errors.isArray() && !errors.isEmpty()) || body.path("responseStatus").asInt(200) >= 400) {
            throw new RejectedBodyException("the response reports an error (responseStatus "
                + body.path("responseStatus").asText("?") + ")", serverError(body));
        }
        return body;
    }

    /** The {@code errors} array: every {@code detail} (or {@code title}) joined, the first {@code code}. */
    static ServerError serverError(JsonNode body) {
        JsonNode errors = body.get("errors");
        if (errors == null || !errors.isArray() || errors.isEmpty()) {
            return ServerError.of(ErrorReader.text(body.get("message")), null);
        }
        StringJoiner messages = new StringJoiner("; ");
        String code = null;
        for (JsonNode error : errors) {
            String detail = ErrorReader.text(error.get("detail"));
            String title = ErrorReader.text(error.get("title"));
            String text = detail != null && !detail.isBlank() ? detail : title;
            if (text != null) {
                messages.add(text);
            }
            if (code == null) {
                code = ErrorReader.text(error.get("code"));
            }
        }
        return ServerError.of(messages.length() == 0 ? null : messages.toString(), code);
    }
}
