package app.ductape.sessions.testkit;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The envelopes the emulator answers in, as Ductape's: a REST read's {@code {"status": true, "data"}}, the
 * SDK proxy's {@code {"status": true, "data": {"data", "execution_time_ms", "request_id"}}}, and the error
 * {@code {"status": false, "message", "code"}}. The entities inside are {@link EntityWriter}'s. Streams
 * straight into the body.
 */
final class WireWriter {
    private WireWriter() {}

    /** Writes one JSON value. */
    @FunctionalInterface
    interface BodyWriter {
        void write(JsonGenerator generator) throws IOException;
    }

    /** A success envelope whose {@code data} is what {@code data} writes. */
    static EmulatorResponse ok(BodyWriter data) {
        return write(200, g -> {
            g.writeBooleanField("status", true);
            g.writeFieldName("data");
            data.write(g);
        });
    }

    /** A proxy answer whose result is what {@code result} writes. */
    static EmulatorResponse proxyOk(BodyWriter result, String requestId, long executionMillis) {
        return write(200, g -> {
            g.writeBooleanField("status", true);
            g.writeObjectFieldStart("data");
            g.writeFieldName("data");
            result.write(g);
            g.writeNumberField("execution_time_ms", executionMillis);
            g.writeStringField("request_id", requestId);
            g.writeEndObject();
        });
    }

    static EmulatorResponse error(int status, String code, String message) {
        return write(status, g -> {
            g.writeBooleanField("status", false);
            g.writeStringField("message", message);
            g.writeStringField("code", code);
        });
    }

    private static EmulatorResponse write(int status, BodyWriter fields) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        try (JsonGenerator g = RequestParams.JSON.getFactory().createGenerator(out)) {
            g.writeStartObject();
            fields.write(g);
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new EmulatorResponse(status, out.toByteArray());
    }

}
