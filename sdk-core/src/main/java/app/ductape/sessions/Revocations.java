package app.ductape.sessions;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The {@link RevocationListener}s of one client, told of each successful revocation. Thread-safe. */
final class Revocations {
    private static final Logger LOG = LoggerFactory.getLogger(Revocations.class);

    private final List<RevocationListener> listeners = new CopyOnWriteArrayList<>();

    RevocationListener.Registration add(RevocationListener listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    void publish(Revocation revocation) {
        for (RevocationListener listener : listeners) {
            try {
                listener.onRevoked(revocation);
            } catch (RuntimeException e) {
                LOG.warn("RevocationListener {} failed on a revocation of tag {}", listener, revocation.tag(), e);
            }
        }
    }
}
