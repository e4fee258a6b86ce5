package app.ductape.sessions.transport;

import app.ductape.sessions.internal.Redactor;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Masks a client's credentials and a call's own secrets (a session token it sends) in everything a
 * failure carries out of the SDK: servers echo what they were sent.
 */
final class Redaction {
    private final List<String> clientSecrets;

    Redaction(List<String> clientSecrets) {
        this.clientSecrets = List.copyOf(clientSecrets);
    }

    <T> Outcome.Failure<T> redact(Outcome.Failure<T> failure, HttpApiCall<?> call) {
        return new Outcome.Failure<>(failure.kind(), redact(failure.detail(), call), failure.status(),
            failure.headers(), failure.requestId(), redact(failure.server(), call), failure.cause(), failure.elapsed());
    }

    private ServerError redact(ServerError server, HttpApiCall<?> call) {
        if (server.message() == null && server.code() == null && server.fieldErrors().isEmpty()) {
            return server;
        }
        Map<String, List<String>> fields = new LinkedHashMap<>();
        server.fieldErrors().forEach((field, messages) -> fields.put(redact(field, call),
            messages.stream().map(m -> redact(m, call)).toList()));
        return new ServerError(redact(server.message(), call), redact(server.code(), call), server.errorCode(), fields);
    }

    String redact(String text, HttpApiCall<?> call) {
        String once = Redactor.redact(text, clientSecrets);
        return call.secrets().isEmpty() ? once : Redactor.redact(once, call.secrets());
    }
}
