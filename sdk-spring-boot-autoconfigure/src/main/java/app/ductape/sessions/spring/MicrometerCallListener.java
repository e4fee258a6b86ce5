package app.ductape.sessions.spring;

import app.ductape.sessions.transport.CallListener;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

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

    MicrometerCallListener(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void onRetry(Retry retry) {
        Counter.builder(RETRIES).description("Retries of Ductape Sessions calls")
            .tag("operation", retry.operation()).register(registry).increment();
    }

    @Override
    public void onCompletion(Completion completion) {
        Timer.builder(CALLS).description("Ductape Sessions calls, from the first attempt to the end")
            .tag("operation", completion.operation())
            .tag("outcome", completion.succeeded() ? "success" : "failure")
            .tag("code", completion.error().map(error -> error.code().name()).orElse("none"))
            .register(registry).record(completion.elapsed());
    }
}
