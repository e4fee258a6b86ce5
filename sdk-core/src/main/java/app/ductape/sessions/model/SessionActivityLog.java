package app.ductape.sessions.model;

import app.ductape.sessions.internal.RawJsonDeserializer;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.node.NullNode;
import java.time.Instant;

/**
 * One session operation (create, verify, refresh or revoke) as logged by Ductape.
 *
 * @param id                  the log entry id ({@code _id})
 * @param processId           the unique process identifier
 * @param productTag          the product tag
 * @param sessionTag          the combined session tag ({@code product_tag:session_tag})
 * @param parentTag           the operation: {@code create}, {@code verify}, {@code refresh}, {@code revoke}
 * @param env                 the environment
 * @param type                the log type ({@code session})
 * @param message             a human-readable message
 * @param statusValue         the status exactly as sent; {@link #status()} gives it typed
 * @param successfulExecution whether the operation succeeded
 * @param failedExecution     whether the operation failed
 * @param data                additional operation data as JSON text, or {@code null}; see {@link #dataAsJson()}
 * @param start               when the operation started
 * @param end                 when the operation ended
 * @param timestamp           when the log entry was created
 */
@JsonDeserialize(using = SessionActivityLogDeserializer.class)
public record SessionActivityLog(
    @JsonProperty("_id") String id,
    @JsonProperty("process_id") String processId,
    @JsonProperty("product_tag") String productTag,
    @JsonProperty("session_tag") String sessionTag,
    @JsonProperty("parent_tag") String parentTag,
    @JsonProperty("env") String env,
    @JsonProperty("type") String type,
    @JsonProperty("message") String message,
    @JsonProperty("status") String statusValue,
    @JsonProperty("successful_execution") boolean successfulExecution,
    @JsonProperty("failed_execution") boolean failedExecution,
    @JsonProperty("data") @JsonDeserialize(using = RawJsonDeserializer.class) String data,
    @JsonProperty("start") Instant start,
    @JsonProperty("end") Instant end,
    @JsonProperty("timestamp") Instant timestamp) {

    private static final ObjectMapper DATA_PARSER = new ObjectMapper();

    /**
     * The status, typed; {@link LogStatus#UNKNOWN} (never null) when absent or not known to this SDK.
     *
     * @return the status, typed; {@link LogStatus#UNKNOWN} (never null) when absent or not known to this SDK
     */
    public LogStatus status() {
        return LogStatus.fromWire(statusValue);
    }

    /**
     * Parses {@link #data()}.
     *
     * @return the parsed JSON, or a {@link NullNode} when there is no data
     * @throws IllegalStateException when the data is not valid JSON
     */
    public JsonNode dataAsJson() {
        if (data == null || data.isBlank()) {
            return NullNode.getInstance();
        }
        try {
            return DATA_PARSER.readTree(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the data of activity log " + id + " is not valid JSON", e);
        }
    }
}
