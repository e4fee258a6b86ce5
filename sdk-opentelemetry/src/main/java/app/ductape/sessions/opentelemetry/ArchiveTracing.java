package app.ductape.sessions.opentelemetry;

import app.ductape.sessions.archive.ActivityArchive;
import app.ductape.sessions.archive.SyncTracer;
import io.opentelemetry.api.trace.Tracer;
import java.util.Objects;

/**
 * The tracing of an {@link ActivityArchive}, from {@link DuctapeTelemetry#archive()}: each sync a span
 * {@code ductape.archive sync}, each source scope a child {@code ductape.archive source} with its report's
 * counts, and each page written a child of that. Trace the sources' clients as well, and their calls are
 * children of their source.
 *
 * <pre>{@code
 * ActivityArchive archive = telemetry.archive().install(ActivityArchive.builder().jdbcUrl(url).source(source))
 *     .build();
 * }</pre>
 */
public final class ArchiveTracing {
    private final Tracer tracer;

    ArchiveTracing(Tracer tracer) {
        this.tracer = tracer;
    }

    /**
     * Installs the tracing on an archive's builder.
     *
     * @param builder the builder of the archive to trace
     * @return the same builder
     */
    public ActivityArchive.Builder install(ActivityArchive.Builder builder) {
        return Objects.requireNonNull(builder, "builder").tracer(tracer());
    }

    /**
     * The tracer of the syncs, for {@code ActivityArchive.Builder.tracer(...)}.
     *
     * @return the tracer
     */
    public SyncTracer tracer() {
        return new ArchiveSpans(tracer);
    }

    @Override
    public String toString() {
        return "ArchiveTracing";
    }
}
