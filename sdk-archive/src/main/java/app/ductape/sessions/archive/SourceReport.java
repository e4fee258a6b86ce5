package app.ductape.sessions.archive;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * What one {@link ActivityArchive#sync()} did for one source and scope.
 *
 * @param source     the source's name, such as {@code saymon}
 * @param scope      the part of the source synced on its own: {@code all}, or a Calwe session id
 * @param status     how it ended
 * @param read       records read from the source
 * @param inserted   records new to the archive
 * @param updated    records the archive held with other content (a SAYMON session that has since ended)
 * @param pages      pages written, each in one transaction
 * @param duration   how long it took
 * @param windowFrom where the window started (the mark minus the overlap), empty for everything
 * @param windowTo   where it ended: the time of the sync; the new mark when {@code status} is SYNCED
 * @param error      what failed, when {@code status} is FAILED or a SKIPPED one says why
 */
public record SourceReport(String source, String scope, Status status, long read, long inserted, long updated,
                           int pages, Duration duration, Optional<Instant> windowFrom, Optional<Instant> windowTo,
                           Optional<String> error) {

    /** How a source's sync ended. */
    public enum Status {
        /** Its whole window is stored and its mark has advanced. */
        SYNCED,
        /** It failed part way: what was read is stored, the mark has not moved, the next sync redoes the window. */
        FAILED,
        /** Another worker holds it (PostgreSQL); nothing was read. */
        SKIPPED_LOCKED,
        /** It was synced less than {@code minInterval} ago; nothing was read. */
        SKIPPED_RECENT
    }

    /**
     * Records read that the archive already held unchanged.
     *
     * @return {@code read - inserted - updated}, duplicates within the window included
     */
    public long unchanged() {
        return read - inserted - updated;
    }

    /**
     * Records read per second.
     *
     * @return the read rate, 0 when nothing took time
     */
    public double recordsPerSecond() {
        return duration.isZero() ? 0 : read / (duration.toNanos() / 1e9);
    }
}
