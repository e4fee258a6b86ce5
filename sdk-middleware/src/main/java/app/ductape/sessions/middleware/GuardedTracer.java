package app.ductape.sessions.middleware;

import app.ductape.sessions.middleware.fleet.FleetRevocation;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A {@link VerificationTracer} whose failures are logged, never a verification's: tracing cannot refuse a token. */
final class GuardedTracer implements VerificationTracer {
    private static final Logger LOG = LoggerFactory.getLogger(GuardedTracer.class);

    private final VerificationTracer tracer;

    GuardedTracer(VerificationTracer tracer) {
        this.tracer = tracer;
    }

    @Override
    public boolean tracesHits() {
        try {
            return tracer.tracesHits();
        } catch (RuntimeException e) {
            LOG.warn("VerificationTracer {} failed to say whether it traces hits: they are not traced", tracer, e);
            return false;
        }
    }

    @Override
    public FleetTrace fleet(String tag, FleetStep step, FleetRevocation.Kind kind) {
        FleetTrace trace;
        try {
            trace = tracer.fleet(tag, step, kind);
        } catch (RuntimeException e) {
            LOG.warn("VerificationTracer {} failed on the start of a fleet {}", tracer, step, e);
            return FleetTrace.NONE;
        }
        return (answers, failure) -> {
            try {
                trace.ended(answers, failure);
            } catch (RuntimeException e) {
                LOG.warn("VerificationTracer {} failed on the end of a fleet {}", tracer, step, e);
            }
        };
    }

    @Override
    public Verification start(String tag, CacheResult result) {
        Verification verification;
        try {
            verification = tracer.start(tag, result);
        } catch (RuntimeException e) {
            LOG.warn("VerificationTracer {} failed on the start of a verification", tracer, e);
            return Verification.NONE;
        }
        return new Verification() {
            @Override
            public <T> T within(Supplier<T> action) {
                // the action's own failure is the verification's; only the tracer's is caught
                boolean[] ran = {false};
                try {
                    return verification.within(() -> {
                        ran[0] = true;
                        return action.get();
                    });
                } catch (RuntimeException e) {
                    if (ran[0]) {
                        throw e;
                    }
                    LOG.warn("VerificationTracer {} failed to run a verification within its trace", tracer, e);
                    return action.get();
                }
            }

            @Override
            public void result(CacheResult changed) {
                try {
                    verification.result(changed);
                } catch (RuntimeException e) {
                    LOG.warn("VerificationTracer {} failed on a verification's result", tracer, e);
                }
            }

            @Override
            public void ended(Throwable failure) {
                try {
                    verification.ended(failure);
                } catch (RuntimeException e) {
                    LOG.warn("VerificationTracer {} failed on a verification's end", tracer, e);
                }
            }
        };
    }
}
