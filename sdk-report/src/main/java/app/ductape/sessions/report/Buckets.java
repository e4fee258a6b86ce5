package app.ductape.sessions.report;

import app.ductape.sessions.model.GroupBy;
import app.ductape.sessions.model.OperationsOverTime;
import app.ductape.sessions.model.SessionDashboard;
import app.ductape.sessions.model.SessionsOverTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The dashboard's time buckets, one row per period with the operations and sessions of both series, in
 * order and with the empty buckets kept: a period missing between two others (a server that leaves out
 * empty ones) is put back with zeros, for the hourly ({@code 2026-11-25T13}), daily, weekly
 * ({@code 2026-W48}) and monthly labels Ductape sends. Labels of another shape are kept as given.
 */
final class Buckets {
    private Buckets() {}

    /**
     * One period.
     *
     * @param period  its label
     * @param create  sessions started
     * @param verify  verifications
     * @param refresh refreshes
     * @param revoke  revocations
     * @param created sessions created
     * @param expired sessions expired
     */
    record Bucket(String period, long create, long verify, long refresh, long revoke, long created, long expired) {
        long operations() {
            return create + verify + refresh + revoke;
        }
    }

    /** The buckets' span in words, {@code ", 2026-11-12 to 2026-11-25"}; empty without buckets. */
    static String range(List<Bucket> buckets) {
        return buckets.isEmpty() ? "" : ", " + buckets.get(0).period() + " to " + buckets.get(buckets.size() - 1).period();
    }

    static List<Bucket> of(SessionDashboard dashboard) {
        Map<String, long[]> byPeriod = new LinkedHashMap<>();
        for (OperationsOverTime o : dashboard.operationsOverTime()) {
            long[] row = byPeriod.computeIfAbsent(o.period(), p -> new long[6]);
            row[0] += o.create();
            row[1] += o.verify();
            row[2] += o.refresh();
            row[3] += o.revoke();
        }
        for (SessionsOverTime s : dashboard.sessionsOverTime()) {
            long[] row = byPeriod.computeIfAbsent(s.period(), p -> new long[6]);
            row[4] += s.created();
            row[5] += s.expired();
        }
        List<String> periods = new ArrayList<>(byPeriod.keySet());
        periods.sort(String::compareTo);
        List<Bucket> buckets = new ArrayList<>(periods.size());
        for (String period : withGapsFilled(periods)) {
            long[] row = byPeriod.getOrDefault(period, new long[6]);
            buckets.add(new Bucket(period, row[0], row[1], row[2], row[3], row[4], row[5]));
        }
        return buckets;
    }

    /**
     * The periods from the first to the last with every one in between, when their labels are all of one
     * {@link GroupBy}'s shape (the SDK's one owner of periods and labels).
     */
    static List<String> withGapsFilled(List<String> periods) {
        if (periods.size() < 2) {
            return periods;
        }
        Optional<GroupBy> grouping = GroupBy.ofLabel(periods.get(0));
        if (grouping.isEmpty() || periods.stream().anyMatch(p -> grouping.get().parseLabel(p).isEmpty())) {
            return periods;
        }
        GroupBy by = grouping.get();
        Instant last = by.parseLabel(periods.get(periods.size() - 1)).orElseThrow();
        List<String> all = new ArrayList<>();
        for (Instant period = by.parseLabel(periods.get(0)).orElseThrow(); ; period = by.nextPeriodStart(period)) {
            all.add(by.label(period));
            if (!period.isBefore(last) || all.size() > 100_000) {
                return all;
            }
        }
    }
}
