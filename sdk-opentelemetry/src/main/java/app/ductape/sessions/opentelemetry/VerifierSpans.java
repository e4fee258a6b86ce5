package app.ductape.sessions.opentelemetry;

import app.ductape.sessions.SessionError;
import app.ductape.sessions.middleware.VerificationTracer;
import app.ductape.sessions.middleware.fleet.FleetRevocation;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * A {@code SessionVerifier}'s verifications as spans {@code ductape.sessions verify (cached)} with
 * {@code ductape.cache.result} ({@code miss}, {@code coalesced}, {@code stale}, and {@code hit} when hits are
 * traced): the Ductape call of a miss is its child, on whichever thread it is made. With a fleet, a revocation
 * published to the peers is a span {@code ductape.sessions fleet broadcast} (PRODUCER, a child of what revoked)
 * and one applied from a peer a span {@code ductape.sessions fleet apply} (CONSUMER), each with
 * {@code ductape.fleet.revocation} ({@code session}, {@code user} or {@code all}) and the number of cached
 * answers it changed here, never the session or the user it names.
 */
final class VerifierSpans implements VerificationTracer {
    static final AttributeKey<String> CACHE_RESULT = AttributeKey.stringKey("ductape.cache.result");
    static final AttributeKey<String> SESSION_TAG = AttributeKey.stringKey("ductape.session_tag");
    static final AttributeKey<String> REVOCATION = AttributeKey.stringKey("ductape.fleet.revocation");
    static final AttributeKey<Long> ANSWERS = AttributeKey.longKey("ductape.fleet.answers");

    private final Tracer tracer;
    private final boolean hits;

    VerifierSpans(Tracer tracer, boolean hits) {
        this.tracer = tracer;
        this.hits = hits;
    }

    @Override
    public boolean tracesHits() {
        return hits;
    }

    @Override
    public Verification start(String tag, CacheResult result) {
        Context parent = Context.current();
        Span span = tracer.spanBuilder("ductape.sessions verify (cached)").setParent(parent)
            .setSpanKind(SpanKind.INTERNAL).setAttribute(SESSION_TAG, tag).setAttribute(CACHE_RESULT, name(result))
            .startSpan();
        Context context = parent.with(span);
        return new Verification() {
            @Override
            public <T> T within(Supplier<T> action) {
                try (Scope ignored = context.makeCurrent()) {
                    return action.get();
                }
            }

            @Override
            public void result(CacheResult changed) {
                span.setAttribute(CACHE_RESULT, name(changed));
            }

            @Override
            public void ended(Throwable failure) {
                if (failure != null) {
                    String type = failure instanceof SessionError error ? error.code().name()
                        : failure.getClass().getName();
                    span.setAttribute(SessionCallTracer.ERROR_TYPE, type);
                    span.setStatus(StatusCode.ERROR, type);
                }
                span.end();
            }
        };
    }

    @Override
    public FleetTrace fleet(String tag, FleetStep step, FleetRevocation.Kind kind) {
        Span span = tracer.spanBuilder("ductape.sessions fleet " + name(step)).setParent(Context.current())
            .setSpanKind(step == FleetStep.BROADCAST ? SpanKind.PRODUCER : SpanKind.CONSUMER)
            .setAttribute(SESSION_TAG, tag).setAttribute(REVOCATION, name(kind)).startSpan();
        return (answers, failure) -> {
            span.setAttribute(ANSWERS, (long) answers);
            if (failure != null) {
                span.setAttribute(SessionCallTracer.ERROR_TYPE, failure.getClass().getName());
                span.setStatus(StatusCode.ERROR);
            }
            span.end();
        };
    }

    private static String name(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
