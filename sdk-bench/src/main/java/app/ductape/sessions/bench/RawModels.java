package app.ductape.sessions.bench;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Instant;
import java.util.List;

/**
 * What a user writes by hand: plain mutable classes, the same fields and types as the SDK's records,
 * mapped by a stock Jackson setup (JSR-310 module, epoch numbers as milliseconds).
 */
final class RawModels {
    private RawModels() {}

    static ObjectMapper mapper() {
        return JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.READ_DATE_TIMESTAMPS_AS_NANOSECONDS).build();
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public static final class Envelope<T> {
        public boolean status;
        public String message;
        public T data;
    }

    /** The {@code data} of the workspace logs route. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public static final class LogsPage {
        public Logs logs;
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public static final class Logs {
        public Metadata metadata;
        public List<Log> data;
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public static final class Metadata {
        public long total;
        public int page;
        public int limit;
        public int totalPages;
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public static final class Log {
        @JsonProperty("_id") public String id;
        @JsonProperty("process_id") public String processId;
        @JsonProperty("product_tag") public String productTag;
        @JsonProperty("session_tag") public String sessionTag;
        @JsonProperty("parent_tag") public String parentTag;
        public String env;
        public String type;
        public String message;
        public String status;
        @JsonProperty("successful_execution") public boolean successfulExecution;
        @JsonProperty("failed_execution") public boolean failedExecution;
        public String data;
        public Instant start;
        public Instant end;
        public Instant timestamp;
    }

    /** The SDK proxy's answer: {@code {status, message, data: {data: <result>, request_id}}}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public static final class ProxyAnswer<T> {
        public boolean status;
        public String message;
        public Execution<T> data;
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public static final class Execution<T> {
        public T data;
        @JsonProperty("request_id") public String requestId;
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public static final class Verification {
        public boolean valid;
        public java.util.Map<String, Object> data;
        public String sessionId;
        public Instant expiresAt;
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public static final class Dashboard {
        public long totalUsers;
        public long activeUsers;
        public long totalSessions;
        public double successRate;
    }
}
