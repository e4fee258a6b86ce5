package app.ductape.sessions.report;

import app.ductape.sessions.connectors.ActivityOutcome;
import app.ductape.sessions.connectors.ActivityRecord;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads what a report's builder was given about activity into one {@link ActivityDigest}: counts made
 * elsewhere, then every stream, each closed whatever happened (a stream of an archive holds a database
 * connection).
 */
final class ActivityStreams {
    private ActivityStreams() {}

    /** Counts given ready-made, such as an archive summary's rows. */
    record Count(String source, ActivityOutcome outcome, long records) {}

    /**
     * The digest of {@code counts} and {@code streams}, keeping {@code keep} of the slowest and failed
     * operations. Every stream is closed; a failure to close is added to a failure of reading when there
     * is one, else the first is thrown with the others added to it.
     */
    static ActivityDigest digest(int keep, List<Count> counts, List<Stream<ActivityRecord>> streams) {
        RuntimeException failed = null;
        try {
            ActivityDigest digest = new ActivityDigest(keep);
            for (Count count : counts) {
                digest.count(count.source(), count.outcome(), count.records());
            }
            for (Stream<ActivityRecord> records : streams) {
                records.forEach(digest::add);
            }
            return digest;
        } catch (RuntimeException e) {
            failed = e;
            throw e;
        } finally {
            closeAll(streams, failed);
        }
    }

    /** Closes every stream; see {@link #digest}. */
    static void closeAll(List<Stream<ActivityRecord>> streams, RuntimeException failed) {
        RuntimeException failure = failed;
        for (Stream<ActivityRecord> records : streams) {
            try {
                records.close();
            } catch (RuntimeException e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (failure != null && failure != failed) {
            throw failure;
        }
    }
}
