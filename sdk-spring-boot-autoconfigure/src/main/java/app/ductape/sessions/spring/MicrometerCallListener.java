package app.ductape.sessions.spring;

import app.ductape.sessions.transport.CallListener;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The client's calls as Micrometer meters: a timer {@code ductape.sessions.calls} per call (all attempts
 * and waits included), tagged {@code operation}, {@code outcome} ({@code success}/{@code failure}) and
 * {@code code} (the error code, or {@code none}); a counter {@code ductape.sessions.retries} per retry,
 * tagged {@code operation}. No tag holds a session tag, id or token.
 */
final class MicrometerCallListener implements CallListener {
    static final String CALLS = "ductape.sessions.calls";
    static final String RETRIES = "ductape.sessions.retries";

    private final MeterRegistry registry;
    /** The meters, built once per set of tags: a lookup in the registry on every call costs more than the timing. */
    private final ConcurrentMap<CallTags, Timer> timers = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, Counter> retries = new ConcurrentHashMap<>();

    /** The tags of one timer. */
    private record CallTags(String operation, boolean succeeded, String code) {}

    MicrometerCallListener(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void onRetry(Retry retry) {
        retries.computeIfAbsent(retry.operation(), operation -> Counter.builder(RETRIES)
            .description("Retries of Ductape Sessions calls").tag("operation", operation).register(registry))
            .increment();
    }

    @Override
    public void onCompletion(Completion completion) {
        timer(completion.operation(), completion.succeeded(),
            completion.error().map(error -> error.code().name()).orElse("none")).record(completion.elapsed());
    }

    /** The timer of one set of tags, registered the first time it is needed. */
    Timer timer(String operation, boolean succeeded, String code) {
        return timers.computeIfAbsent(new CallTags(operation, succeeded, code), tags -> Timer.builder(CALLS)
            .description("Ductape Sessions calls, from the first attempt to the end")
            .tag("operation", tags.operation())
            .tag("outcome", tags.succeeded() ? "success" : "failure")
            .tag("code", tags.code())
            .register(registry));
    }
}
