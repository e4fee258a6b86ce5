package app.ductape.sessions.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.ductape.sessions.transport.JsonMappers;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.time.Instant;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The field-by-field activity log reader keeps Jackson's semantics for every shape a field may take. */
class SessionActivityLogDeserializerTest {
    private final ObjectMapper mapper = JsonMappers.newMapper();

    private SessionActivityLog read(String json) throws Exception {
        return mapper.readValue(json, SessionActivityLog.class);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"true|true", "false|false", "null|false", "\"true\"|true", "\"false\"|false",
        "1|true", "0|false"})
    void readsBooleansAndCoercesTheirOtherSpellingsAsJacksonDoes(String wire, boolean expected) throws Exception {
        SessionActivityLog log = read("{\"_id\":\"1\",\"successful_execution\":" + wire + ",\"failed_execution\":"
            + wire + "}");

        assertThat(log.successfulExecution()).isEqualTo(expected);
        assertThat(log.failedExecution()).isEqualTo(expected);
    }

    @Test
    void refusesAnObjectWhereABooleanBelongs() {
        assertThatThrownBy(() -> read("{\"successful_execution\":{\"a\":1}}"))
            .isInstanceOf(MismatchedInputException.class);
    }

    @Test
    void readsEveryFieldIncludingBothTimestampFormsAndDataAsTextOrObject() throws Exception {
        SessionActivityLog log = read("{\"_id\":\"a\",\"process_id\":\"p\",\"product_tag\":\"my-product\","
            + "\"session_tag\":\"my-product:user-session\",\"parent_tag\":\"verify\",\"env\":\"prd\",\"type\":\"session\","
            + "\"message\":\"ok\",\"status\":\"success\",\"successful_execution\":true,\"failed_execution\":false,"
            + "\"data\":{\"sessionId\":\"s1\"},\"start\":1704462300000,\"end\":\"1704462300042\","
            + "\"timestamp\":\"2024-01-05T13:45:00.042+01:00\",\"unknown\":[1,2],\"child_tag\":\"c\",\"name\":\"Verify\","
            + "\"latency\":12.6,\"app_env\":\"prd\",\"ip_address\":\"198.51.100.4\"}");

        assertThat(log).isEqualTo(new SessionActivityLog("a", "p", "my-product", "my-product:user-session", "verify",
            "prd", "session", "ok", "success", true, false, "{\"sessionId\":\"s1\"}",
            Instant.ofEpochMilli(1704462300000L), Instant.ofEpochMilli(1704462300042L),
            Instant.parse("2024-01-05T12:45:00.042Z"), "c", "Verify", OptionalLong.of(13), "prd", "198.51.100.4"));
    }
}
