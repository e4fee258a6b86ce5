package app.ductape.sessions.testkit;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import okhttp3.Headers;
import okhttp3.HttpUrl;

/**
 * The emulator's request handling as a MockWebServer {@link Dispatcher}, for tests that already run
 * {@code mockwebserver3} (add it to your test classpath). Built from the same settings as the
 * emulator: {@code DuctapeEmulator.builder().seed(EmulatorSeed.demo()).dispatcher()}. Faults are
 * MockWebServer's own there ({@code SocketEffect}s).
 */
public final class EmulatorDispatcher extends Dispatcher {
    private final EmulatorApi api;

    EmulatorDispatcher(EmulatorApi api) {
        this.api = api;
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) {
        HttpUrl url = request.getUrl();
        Map<String, String> query = new HashMap<>();
        for (String name : url.queryParameterNames()) {
            query.put(name, url.queryParameter(name));
        }
        Map<String, String> headers = new HashMap<>();
        for (String name : request.getHeaders().names()) {
            headers.put(name.toLowerCase(Locale.ROOT), request.getHeaders().get(name));
        }
        byte[] body = HttpAdapter.decoded(request.getBody() == null ? new byte[0] : request.getBody().toByteArray(),
            headers.get("content-encoding"));
        String requestId = HttpAdapter.newRequestId();
        EmulatorResponse response = body == null ? api.error(413, "The gzipped body does not inflate within the limit")
            : api.handle(new EmulatorRequest(request.getMethod().toUpperCase(Locale.ROOT),
                url.pathSegments().stream().filter(segment -> !segment.isEmpty()).toList(), query, headers, body,
                requestId));
        return new MockResponse(response.status(), Headers.of("Content-Type", "application/json", "X-Request-Id",
            requestId), response.bodyText());
    }
}
