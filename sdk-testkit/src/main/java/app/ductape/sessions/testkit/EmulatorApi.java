package app.ductape.sessions.testkit;

import java.time.Clock;

/**
 * The HTTP face of the emulator: Ductape's REST reads and its SDK proxy, through the route table (each
 * checks its own credentials: the workspace in the path or the body), with an {@code Idempotency-Key}'s
 * first answer replayed; an {@link ApiException} (or an invalid argument) becomes Ductape's error envelope.
 * Transport-independent: the JDK server and the MockWebServer dispatcher both call {@link #handle}.
 */
final class EmulatorApi implements EmulatorHandler {
    private final IdempotencyCache idempotency = new IdempotencyCache(10_000);
    private final Routes routes = new Routes();
    private final ProxyEndpoint proxy;
    private volatile String lastTraceparent;

    EmulatorApi(Emulation emulation, Clock clock, EmulatorCredentials credentials) {
        RestEndpoints.register(routes, emulation.queries(), clock, credentials);
        this.proxy = ProxyEndpoint.register(routes, credentials, new SessionsModule(emulation, clock));
    }

    long proxyCalls(String method) {
        return proxy.calls(method);
    }

    /** The W3C {@code traceparent} of the last request that carried one, or {@code null}. */
    String lastTraceparent() {
        return lastTraceparent;
    }

    @Override
    public EmulatorResponse handle(EmulatorRequest request) {
        String traceparent = request.header("traceparent");
        if (traceparent != null) {
            lastTraceparent = traceparent;
        }
        try {
            String key = request.header("Idempotency-Key");
            if (key != null && !request.method().equals("GET")) {
                return idempotency.answer(key + " " + request.method() + " " + request.path(),
                    () -> routes.dispatch(request));
            }
            return routes.dispatch(request);
        } catch (ApiException e) {
            return WireWriter.error(e.status, e.code, e.getMessage());
        } catch (IllegalArgumentException e) {
            return WireWriter.error(400, "VALIDATION_FAILED", e.getMessage());
        }
    }

    @Override
    public EmulatorResponse error(int status, String message) {
        return WireWriter.error(status, status == 413 ? "PAYLOAD_TOO_LARGE" : "EMULATOR_FAULT", message);
    }
}
