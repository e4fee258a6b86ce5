package app.ductape.sessions.model;

import app.ductape.sessions.internal.RawJsonDeserializer;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.node.NullNode;
import java.time.Instant;
import java.util.OptionalLong;

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
 * @param childTag            the log's child tag ({@code child_tag}), or {@code null}
 * @param name                the operation's display name, or {@code null}
 * @param latency             how long the operation took, in milliseconds, when logged
 * @param appEnv              the environment of the app that logged it ({@code app_env}), or {@code null}
 * @param ipAddress           the source IP of the request that produced it ({@code ip_address}), or {@code null}
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
    @JsonProperty("timestamp") Instant timestamp,
    @JsonProperty("child_tag") String childTag,
    @JsonProperty("name") String name,
    @JsonProperty("latency") OptionalLong latency,
    @JsonProperty("app_env") String appEnv,
    @JsonProperty("ip_address") String ipAddress) {

    /**
     * A log entry; an absent latency reads as empty.
     *
     * @param id                  the log entry id
     * @param processId           the unique process identifier
     * @param productTag          the product tag
     * @param sessionTag          the combined session tag
     * @param parentTag           the operation
     * @param env                 the environment
     * @param type                the log type
     * @param message             a human-readable message
     * @param statusValue         the status exactly as sent
     * @param successfulExecution whether the operation succeeded
     * @param failedExecution     whether the operation failed
     * @param data                additional operation data as JSON text
     * @param start               when the operation started
     * @param end                 when the operation ended
     * @param timestamp           when the log entry was created
     * @param childTag            the log's child tag
     * @param name                the operation's display name
     * @param latency             how long the operation took, in milliseconds
     * @param appEnv              the environment of the app that logged it
     * @param ipAddress           the source IP of the request that produced it
     */
    public SessionActivityLog {
        latency = latency == null ? OptionalLong.empty() : latency;
    }

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
