package app.ductape.sessions.archive;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * What one {@link ActivityArchive#sync()} did, source by source.
 *
 * @param sources  one report per source and scope, in the order they were synced
 * @param duration how long the whole sync took
 */
public record SyncReport(List<SourceReport> sources, Duration duration) {

    /**
     * A report; the list is copied.
     *
     * @param sources  one report per source and scope
     * @param duration how long the whole sync took
     */
    public SyncReport {
        sources = List.copyOf(sources);
    }

    /**
     * Whether no source failed.
     *
     * @return {@code true} when every source was synced or skipped
     */
    public boolean ok() {
        return sources.stream().noneMatch(source -> source.status() == SourceReport.Status.FAILED);
    }

    /**
     * Records new to the archive, all sources together.
     *
     * @return the sum of {@link SourceReport#inserted()}
     */
    public long inserted() {
        return sources.stream().mapToLong(SourceReport::inserted).sum();
    }

    /**
     * Records updated in place, all sources together.
     *
     * @return the sum of {@link SourceReport#updated()}
     */
    public long updated() {
        return sources.stream().mapToLong(SourceReport::updated).sum();
    }

    /**
     * The report as a table, one line per source, then the errors.
     *
     * @return text for a terminal
     */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "%-9s %-8s %-14s %9s %9s %8s %6s %9s%n",
            "source", "scope", "status", "read", "inserted", "updated", "pages", "seconds"));
        for (SourceReport source : sources) {
            text.append(String.format(Locale.ROOT, "%-9s %-8s %-14s %9d %9d %8d %6d %9.2f%n", source.source(),
                source.scope(), source.status(), source.read(), source.inserted(), source.updated(), source.pages(),
                source.duration().toNanos() / 1e9));
        }
        for (SourceReport source : sources) {
            source.error().ifPresent(error -> text.append(source.source()).append('/').append(source.scope())
                .append(": ").append(error).append(System.lineSeparator()));
        }
        return text.append(String.format(Locale.ROOT, "%s in %.2f s", ok() ? "ok" : "FAILED",
            duration.toNanos() / 1e9)).toString();
    }
}
