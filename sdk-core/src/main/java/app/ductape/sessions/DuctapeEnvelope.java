package app.ductape.sessions;

import app.ductape.sessions.transport.RejectedBodyException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;

/**
 * Ductape's REST envelope, {@code {"status": true, "data": ..., "message": ..., "code": ...}} (its
 * clients' types also call the flag {@code success}: either is read): {@code data} goes straight from the
 * parser into the result type, the rest is skipped without building a tree. One per result type and
 * client.
 *
 * @param <T> the type of {@code data}
 */
final class DuctapeEnvelope<T> extends Envelope<T> {

    private DuctapeEnvelope(Class<T> type) {
        super(type);
    }

    /** The envelope of a call whose {@code data} is a {@code type}. */
    static <T> DuctapeEnvelope<T> of(Class<T> type) {
        return new DuctapeEnvelope<>(type);
    }

    @Override
    T data(JsonParser parser, JsonToken value) throws IOException {
        return payload(parser);
    }

    @Override
    T complete(T data) throws RejectedBodyException {
        if (data == null) {
            throw new RejectedBodyException("the response envelope has no \"data\"");
        }
        return data;
    }

    @Override
    String name() {
        return "response envelope";
    }
}
