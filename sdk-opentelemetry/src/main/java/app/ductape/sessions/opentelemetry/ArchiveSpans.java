package app.ductape.sessions.opentelemetry;

import app.ductape.sessions.archive.SourceReport;
import app.ductape.sessions.archive.SyncReport;
import app.ductape.sessions.archive.SyncTracer;
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
 * An archive's syncs as spans: {@code ductape.archive sync}, a child {@code ductape.archive source} per source
 * scope (current while it reads, so that its calls are its children) with the counts of its
 * {@link SourceReport}, and a child {@code ductape.archive page} per page written. No record, message or
 * identifier is recorded: a failure is its exception's type.
 */
final class ArchiveSpans implements SyncTracer {
    static final AttributeKey<String> SOURCE = AttributeKey.stringKey("ductape.archive.source");
    static final AttributeKey<String> SCOPE = AttributeKey.stringKey("ductape.archive.scope");
    static final AttributeKey<String> STATUS = AttributeKey.stringKey("ductape.archive.status");
    static final AttributeKey<Long> SOURCES = AttributeKey.longKey("ductape.archive.sources");
    static final AttributeKey<Long> READ = AttributeKey.longKey("ductape.archive.read");
    static final AttributeKey<Long> INSERTED = AttributeKey.longKey("ductape.archive.inserted");
    static final AttributeKey<Long> UPDATED = AttributeKey.longKey("ductape.archive.updated");
    static final AttributeKey<Long> PAGES = AttributeKey.longKey("ductape.archive.pages");
    static final AttributeKey<Long> RECORDS = AttributeKey.longKey("ductape.archive.records");

    private final Tracer tracer;

    ArchiveSpans(Tracer tracer) {
        this.tracer = tracer;
    }


    @Override
    public Sync start() {
        Span sync = tracer.spanBuilder("ductape.archive sync").setSpanKind(SpanKind.INTERNAL).startSpan();
        Context context = Context.current().with(sync);
        return new Sync() {
            @Override
            public Source source(String source, String scope) {
                Span span = tracer.spanBuilder("ductape.archive source").setParent(context)
                    .setSpanKind(SpanKind.INTERNAL).setAttribute(SOURCE, source).setAttribute(SCOPE, scope).startSpan();
                return new SourceSpan(span, context.with(span));
            }

            @Override
            public void ended(SyncReport report, Throwable failure) {
                if (report != null) {
                    sync.setAttribute(SOURCES, (long) report.sources().size());
                    sync.setAttribute(READ, report.sources().stream().mapToLong(SourceReport::read).sum());
                    sync.setAttribute(INSERTED, report.sources().stream().mapToLong(SourceReport::inserted).sum());
                    sync.setAttribute(UPDATED, report.sources().stream().mapToLong(SourceReport::updated).sum());
                }
                failed(sync, failure);
                sync.end();
            }
        };
    }

    private static void failed(Span span, Throwable failure) {
        if (failure != null) {
            span.setAttribute(SessionCallTracer.ERROR_TYPE, failure.getClass().getName());
            span.setStatus(StatusCode.ERROR, failure.getClass().getSimpleName());
        }
    }

    /** One source scope's span, and the context its reads and pages are children of. */
    private final class SourceSpan implements Source {
        private final Span span;
        private final Context context;

        SourceSpan(Span span, Context context) {
            this.span = span;
            this.context = context;
        }

        @Override
        public <T> T within(Supplier<T> action) {
            try (Scope ignored = context.makeCurrent()) {
                return action.get();
            }
        }

        @Override
        public Page page() {
            Span page = tracer.spanBuilder("ductape.archive page").setParent(context).setSpanKind(SpanKind.INTERNAL)
                .startSpan();
            return (records, inserted, updated, failure) -> {
                page.setAttribute(RECORDS, (long) records);
                page.setAttribute(INSERTED, inserted);
                page.setAttribute(UPDATED, updated);
                failed(page, failure);
                page.end();
            };
        }

        @Override
        public void ended(SourceReport report, Throwable failure) {
            if (report != null) {
                span.setAttribute(STATUS, report.status().name().toLowerCase(Locale.ROOT));
                span.setAttribute(READ, report.read());
                span.setAttribute(INSERTED, report.inserted());
                span.setAttribute(UPDATED, report.updated());
                span.setAttribute(PAGES, (long) report.pages());
                if (report.status() == SourceReport.Status.FAILED) {
                    // the report's error names the exception first: its type, never its message, is recorded
                    String error = report.error().orElse("");
                    int colon = error.indexOf(':');
                    span.setAttribute(SessionCallTracer.ERROR_TYPE, colon > 0 ? error.substring(0, colon) : "source");
                    span.setStatus(StatusCode.ERROR, "the source failed");
                }
            }
            failed(span, failure);
            span.end();
        }
    }
}
