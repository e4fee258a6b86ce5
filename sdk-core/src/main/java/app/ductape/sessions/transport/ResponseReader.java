package app.ductape.sessions.transport;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * Reads one HTTP response into an {@link Outcome}: a 2xx body is decoded by the call's
 * {@link BodyDecoder} straight from the stream, under the size limit; any other status is a failure
 * described by the client's {@link ErrorReader}. Closes the response on every path.
 */
final class ResponseReader {
    /** Error bodies are only read for their message: a few KiB is plenty, and bounds memory. */
    private static final long MAX_ERROR_BODY_BYTES = 64 * 1024;

    private final ObjectMapper mapper;
    private final long maxResponseBytes;
    private final ErrorReader errorReader;

    ResponseReader(ObjectMapper mapper, long maxResponseBytes, ErrorReader errorReader) {
        this.mapper = mapper;
        this.maxResponseBytes = maxResponseBytes;
        this.errorReader = errorReader;
    }

    <T> Outcome<T> read(HttpApiCall<T> call, Response response, Duration elapsed) {
        String requestId = response.header("X-Request-Id");
        try (response) {
            if (!response.isSuccessful()) {
                return httpFailure(response, requestId, elapsed);
            }
            try {
                Object decoded = decode(call, response.body());
                String id = requestId != null ? requestId : call.requestIdOf(decoded);
                T value = call.finish(decoded);
                return new Outcome.Success<>(value, response.code(), response.headers(), id, elapsed);
            } catch (RejectedBodyException e) {
                return new Outcome.Failure<>(Outcome.Kind.RESPONSE, e.getMessage(), response.code(),
                    response.headers(), requestId, e.serverError(), e.getCause(), elapsed);
            }
        } catch (LimitedInputStream.TooLargeException e) {
            return new Outcome.Failure<>(Outcome.Kind.FINAL, e.getMessage(), response.code(), response.headers(),
                requestId, ServerError.NONE, e, elapsed);
        } catch (IOException e) {
            return failed(e, elapsed);
        } catch (RuntimeException e) {
            return new Outcome.Failure<>(Outcome.Kind.FINAL, "the response could not be mapped", response.code(),
                response.headers(), requestId, ServerError.NONE, e, elapsed);
        }
    }

    /** The outcome of an attempt that got no response. */
    <T> Outcome<T> failed(IOException e, Duration elapsed) {
        String detail = e instanceof InterruptedIOException ? "timed out (" + e.getClass().getSimpleName() + ")"
            : "I/O error " + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        return Outcome.Failure.io(detail, e, "Canceled".equals(e.getMessage()), elapsed);
    }

    private Object decode(HttpApiCall<?> call, ResponseBody body) throws IOException, RejectedBodyException {
        if (body.contentLength() > maxResponseBytes) {
            throw new LimitedInputStream.TooLargeException(maxResponseBytes);
        }
        try (JsonParser parser = mapper.createParser(new LimitedInputStream(body.byteStream(), maxResponseBytes))) {
            return call.decoder().decode(parser);
        } catch (JsonProcessingException e) {
            rethrowTransportFailure(e);
            throw new RejectedBodyException("the response body is not the expected JSON", ServerError.NONE, e);
        } catch (IllegalArgumentException | IllegalStateException | ArithmeticException | NullPointerException
                 | ClassCastException e) {
            throw new RejectedBodyException("the response body could not be mapped", ServerError.NONE, e);
        }
    }

    /**
     * Jackson wraps an I/O failure of the body stream (a reset connection, the size limit) in a mapping
     * exception; that is not bad JSON but a failed transfer, so it is rethrown as what it is.
     */
    private static void rethrowTransportFailure(JsonProcessingException e) throws IOException {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof IOException io && !(cause instanceof JsonProcessingException)) {
                throw io;
            }
        }
    }

    private <T> Outcome<T> httpFailure(Response response, String requestId, Duration elapsed) {
        JsonNode body = null;
        try {
            body = mapper.readTree(response.peekBody(MAX_ERROR_BODY_BYTES).byteStream());
        } catch (IOException | RuntimeException notJson) {
            // An HTML, empty or cut error page: the status alone describes the failure.
        }
        ServerError server;
        try {
            server = errorReader.read(response.code(), body == null || body.isMissingNode() ? null : body);
        } catch (RuntimeException unreadable) {
            server = ServerError.NONE;
        }
        String detail = response.isRedirect() ? "redirect to " + response.header("Location") + " not followed" : null;
        return new Outcome.Failure<>(Outcome.Kind.RESPONSE, detail, response.code(), response.headers(), requestId,
            server == null ? ServerError.NONE : server, null, elapsed);
    }
}
