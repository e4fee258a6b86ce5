package app.ductape.sessions.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;

/** What the emulated session-log APIs share: their JSON mapper, writing an answer, and a refused request. */
final class JsonAnswers {
    static final ObjectMapper JSON = JsonMapper.builder().build();

    private JsonAnswers() {}

    static EmulatorResponse write(int status, JsonNode body) {
        try {
            return new EmulatorResponse(status, JSON.writeValueAsBytes(body));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A request refused, with the answer, in the API's own shape, to send. */
    static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;
        final transient EmulatorResponse response;

        Refused(EmulatorResponse response) {
            super(null, null, false, false);
            this.response = response;
        }
    }
}
