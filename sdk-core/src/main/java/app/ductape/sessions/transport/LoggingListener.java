package app.ductape.sessions.transport;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The SDK's logging, on {@code app.ductape.sessions.http}: one DEBUG line per attempt and one WARN line
 * per retry. What it logs is free of secrets: no header, body or token ever reaches it.
 */
final class LoggingListener implements CallListener {
    static final LoggingListener INSTANCE = new LoggingListener();
    private static final Logger LOG = LoggerFactory.getLogger("app.ductape.sessions.http");

    private LoggingListener() {}

    @Override
    public void onAttempt(Attempt attempt) {
        if (!LOG.isDebugEnabled()) {
            return;
        }
        if (attempt.status().isPresent()) {
            LOG.debug("{} {} -> {} in {} ms (attempt {}, request id {})", attempt.method(), attempt.path(),
                attempt.status().getAsInt(), attempt.elapsed().toMillis(), attempt.number(),
                attempt.requestId().orElse(null));
        } else {
            LOG.debug("{} {} failed after {} ms (attempt {}): {}", attempt.method(), attempt.path(),
                attempt.elapsed().toMillis(), attempt.number(), attempt.failure().orElse("?"));
        }
    }

    @Override
    public void onRetry(Retry retry) {
        LOG.warn("{} attempt {} failed ({}); retrying in {} ms", retry.operation(), retry.attempt(), retry.reason(),
            retry.delay().toMillis());
    }
}
