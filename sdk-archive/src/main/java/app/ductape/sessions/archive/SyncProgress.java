package app.ductape.sessions.archive;

import java.time.Duration;

/**
 * A source's progress, after each page written: for a progress line.
 *
 * @param source  the source's name
 * @param scope   the scope
 * @param read    records read so far
 * @param pages   pages written so far
 * @param elapsed time since the source's sync started
 */
public record SyncProgress(String source, String scope, long read, int pages, Duration elapsed) {

    /**
     * Records read per second so far.
     *
     * @return the read rate, 0 before any time has passed
     */
    public double recordsPerSecond() {
        return elapsed.isZero() ? 0 : read / (elapsed.toNanos() / 1e9);
    }
}
