package app.ductape.sessions.testkit;

import app.ductape.sessions.testkit.Records.Log;
import java.util.ArrayList;
import java.util.List;

/**
 * Activity logs of one filter combination, sorted by timestamp, so that a time range is two binary
 * searches and a page is a slice: queries cost O(log n) whatever the number of logs.
 */
final class LogIndex {
    private final ArrayList<Log> logs = new ArrayList<>();

    void add(Log log) {
        int size = logs.size();
        if (size == 0 || logs.get(size - 1).timestampMillis() <= log.timestampMillis()) {
            logs.add(log);
        } else {
            logs.add(firstAtOrAfter(log.timestampMillis() + 1), log);
        }
    }

    int size() {
        return logs.size();
    }

    Log get(int index) {
        return logs.get(index);
    }

    /** The index of the first log with a timestamp at or after {@code millis} ({@link #size()} if none). */
    int firstAtOrAfter(long millis) {
        int low = 0;
        int high = logs.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (logs.get(mid).timestampMillis() < millis) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /** Logs in {@code [from, until)} indices, newest first, page {@code page} of {@code limit}. */
    List<Log> newestFirst(int from, int until, int page, int limit) {
        long skip = (long) (page - 1) * limit;
        List<Log> result = new ArrayList<>();
        if (skip >= until - from) {
            return result;
        }
        int top = (int) (until - 1 - skip);
        for (int i = top; i >= from && result.size() < limit; i--) {
            result.add(logs.get(i));
        }
        return result;
    }
}
