package app.ductape.sessions.transport;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A client's {@link CallListener}s as one: each hears every event; one that throws is logged, not obeyed. */
final class Listeners implements CallListener {
    private static final Logger LOG = LoggerFactory.getLogger(Listeners.class);

    private final List<CallListener> listeners;

    Listeners(List<CallListener> listeners) {
        this.listeners = List.copyOf(listeners);
    }

    @Override
    public void onAttempt(Attempt attempt) {
        for (CallListener listener : listeners) {
            try {
                listener.onAttempt(attempt);
            } catch (RuntimeException e) {
                LOG.warn("CallListener {} failed on an attempt of {}", listener, attempt.operation(), e);
            }
        }
    }

    @Override
    public void onRetry(Retry retry) {
        for (CallListener listener : listeners) {
            try {
                listener.onRetry(retry);
            } catch (RuntimeException e) {
                LOG.warn("CallListener {} failed on a retry of {}", listener, retry.operation(), e);
            }
        }
    }

    @Override
    public void onCompletion(Completion completion) {
        for (CallListener listener : listeners) {
            try {
                listener.onCompletion(completion);
            } catch (RuntimeException e) {
                LOG.warn("CallListener {} failed on the end of {}", listener, completion.operation(), e);
            }
        }
    }
}
