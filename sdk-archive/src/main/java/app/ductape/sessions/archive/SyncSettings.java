package app.ductape.sessions.archive;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;

/**
 * How every scope is synced, as the builder set it.
 *
 * @param overlap     how far before its mark a window starts
 * @param from        where a first window starts; {@code null} for everything
 * @param pageSize    records per page and per transaction
 * @param minInterval a scope synced less than this long ago is skipped
 * @param clock       the clock of windows and marks
 * @param progress    told after each committed page
 * @param tracer      follows each sync, source and page (guarded: its failures are logged)
 */
record SyncSettings(Duration overlap, Instant from, int pageSize, Duration minInterval, Clock clock,
                    Consumer<SyncProgress> progress, SyncTracer tracer) {}
