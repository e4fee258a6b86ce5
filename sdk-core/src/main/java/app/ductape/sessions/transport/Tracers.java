package app.ductape.sessions.transport;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import okhttp3.HttpUrl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A client's {@link CallTracer}s as one: each follows every call; one that throws is logged, not obeyed,
 * and never fails the call.
 */
final class Tracers {
    private static final Logger LOG = LoggerFactory.getLogger(Tracers.class);

    private final List<CallTracer> tracers;
    private final HttpUrl baseUrl;

    Tracers(List<CallTracer> tracers, HttpUrl baseUrl) {
        this.tracers = List.copyOf(tracers);
        this.baseUrl = baseUrl;
    }

    /** The traces of {@code call}, started on the calling thread. */
    CallTracer.Trace start(HttpApiCall<?> call) {
        if (tracers.isEmpty()) {
            return CallTracer.Trace.NONE;
        }
        CallTracer.Start start = new CallTracer.Start(call.operation(), call.method(), call.pathTemplate().toString(),
            baseUrl.host(), baseUrl.port(), call.attributes());
        List<CallTracer.Trace> traces = new ArrayList<>(tracers.size());
        for (CallTracer tracer : tracers) {
            try {
                traces.add(tracer.start(start));
            } catch (RuntimeException | LinkageError e) {
                // a LinkageError too: a tracer whose classes cannot load must not take the calls down with it
                LOG.warn("CallTracer {} failed on the start of {}", tracer, call.operation(), e);
            }
        }
        return all(traces, call.operation());
    }

    private static CallTracer.Trace all(List<CallTracer.Trace> traces, String operation) {
        return new CallTracer.Trace() {
            @Override
            public CallTracer.AttemptTrace attempt(int number, BiConsumer<String, String> header) {
                List<CallTracer.AttemptTrace> attempts = new ArrayList<>(traces.size());
                for (CallTracer.Trace trace : traces) {
                    try {
                        attempts.add(trace.attempt(number, header));
                    } catch (RuntimeException e) {
                        LOG.warn("A trace of {} failed on the start of attempt {}", operation, number, e);
                    }
                }
                return ended -> attempts.forEach(attempt -> safely(() -> attempt.ended(ended), operation, "an attempt"));
            }

            @Override
            public void retrying(CallListener.Retry retry) {
                traces.forEach(trace -> safely(() -> trace.retrying(retry), operation, "a retry"));
            }

            @Override
            public void ended(CallListener.Completion completion) {
                traces.forEach(trace -> safely(() -> trace.ended(completion), operation, "its end"));
            }
        };
    }

    private static void safely(Runnable action, String operation, String what) {
        try {
            action.run();
        } catch (RuntimeException e) {
            LOG.warn("A trace of {} failed on {}", operation, what, e);
        }
    }
}
