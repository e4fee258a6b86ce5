package app.ductape.sessions.archive;

import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A {@link SyncTracer} whose failures are logged, never a sync's: tracing cannot lose a page. */
final class GuardedSyncTracer implements SyncTracer {
    private static final Logger LOG = LoggerFactory.getLogger(GuardedSyncTracer.class);

    private final SyncTracer tracer;

    GuardedSyncTracer(SyncTracer tracer) {
        this.tracer = tracer;
    }

    @Override
    public Sync start() {
        Sync sync = guarded(tracer::start, Sync.NONE, "the start of a sync");
        return new Sync() {
            @Override
            public Source source(String source, String scope) {
                return guardedSource(guarded(() -> sync.source(source, scope), Source.NONE, "the start of " + source));
            }

            @Override
            public void ended(SyncReport report, Throwable failure) {
                guarded(() -> {
                    sync.ended(report, failure);
                    return null;
                }, null, "the end of a sync");
            }
        };
    }

    private Source guardedSource(Source source) {
        return new Source() {
            @Override
            public <T> T within(Supplier<T> action) {
                boolean[] ran = {false};
                try {
                    return source.within(() -> {
                        ran[0] = true;
                        return action.get();
                    });
                } catch (RuntimeException e) {
                    if (ran[0]) {
                        throw e;
                    }
                    LOG.warn("SyncTracer {} failed to run a source's sync within its trace", tracer, e);
                    return action.get();
                }
            }

            @Override
            public Page page() {
                Page page = guarded(source::page, Page.NONE, "a page's start");
                return (records, inserted, updated, failure) -> guarded(() -> {
                    page.ended(records, inserted, updated, failure);
                    return null;
                }, null, "a page's end");
            }

            @Override
            public void ended(SourceReport report, Throwable failure) {
                guarded(() -> {
                    source.ended(report, failure);
                    return null;
                }, null, "a source's end");
            }
        };
    }

    private <T> T guarded(Supplier<T> call, T otherwise, String what) {
        try {
            return call.get();
        } catch (RuntimeException e) {
            LOG.warn("SyncTracer {} failed on {}", tracer, what, e);
            return otherwise;
        }
    }
}
