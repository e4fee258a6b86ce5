package app.ductape.sessions;

import app.ductape.sessions.model.RevokeSessionResult;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
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

    /**
     * What a successful revocation of {@code tag} answers, once read: its result, after every listener has
     * heard of it.
     */
    Function<JsonNode, RevokeSessionResult> onRevoked(String product, String env, String tag,
                                                      Optional<String> sessionId, Optional<String> identifier,
                                                      Optional<String> kept) {
        return answer -> {
            OptionalLong count = ProxyAnswers.revokedCount(answer);
            publish(new Revocation(product, env, tag, sessionId, identifier, kept, count));
            return new RevokeSessionResult(count);
        };
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
