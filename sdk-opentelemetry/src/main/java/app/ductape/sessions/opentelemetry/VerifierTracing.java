package app.ductape.sessions.opentelemetry;

import app.ductape.sessions.middleware.SessionVerifier;
import app.ductape.sessions.middleware.VerificationTracer;
import io.opentelemetry.api.trace.Tracer;
import java.util.Objects;

/**
 * The tracing of a {@link SessionVerifier}, from {@link DuctapeTelemetry#verifier()}: a miss, a wait for another
 * caller's request and an answer served stale each make a span {@code ductape.sessions verify (cached)} with
 * {@code ductape.cache.result}, the Ductape call its child; hits too when the telemetry asked for them. Trace
 * the verifier's {@code SessionsService} as well, or its calls are not children of those spans.
 *
 * <pre>{@code
 * SessionVerifier verifier = telemetry.verifier().install(SessionVerifier.builder(sessions).tag("user-session"))
 *     .build();
 * }</pre>
 */
public final class VerifierTracing {
    private final Tracer tracer;
    private final boolean hits;

    VerifierTracing(Tracer tracer, boolean hits) {
        this.tracer = tracer;
        this.hits = hits;
    }

    /**
     * Installs the tracing on a verifier's builder.
     *
     * @param builder the builder of the verifier to trace
     * @return the same builder
     */
    public SessionVerifier.Builder install(SessionVerifier.Builder builder) {
        return Objects.requireNonNull(builder, "builder").tracer(tracer());
    }

    /**
     * The tracer of the verifications, for {@code SessionVerifier.Builder.tracer(...)}.
     *
     * @return the tracer
     */
    public VerificationTracer tracer() {
        return new VerifierSpans(tracer, hits);
    }

    @Override
    public String toString() {
        return "VerifierTracing[hits=" + hits + "]";
    }
}
