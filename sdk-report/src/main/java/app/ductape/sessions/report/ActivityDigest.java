package app.ductape.sessions.report;

import app.ductape.sessions.connectors.ActivityOutcome;
import app.ductape.sessions.connectors.ActivityRecord;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.TreeMap;

/**
 * What the report shows of a stream of records, aggregated as they pass: counts by source and outcome,
 * and the few slowest and latest failed operations. Its size does not depend on how many records pass.
 */
final class ActivityDigest {
    private static final int LONGEST_MESSAGE = 300;

    private final int keep;
    private final Map<String, EnumMap<ActivityOutcome, Long>> counts = new TreeMap<>();
    private final PriorityQueue<Operation> slowest = new PriorityQueue<>(Comparator.comparing(Operation::duration));
    private final PriorityQueue<Operation> failed = new PriorityQueue<>(Comparator.comparing(Operation::at,
        Comparator.nullsFirst(Comparator.naturalOrder())));

    /**
     * One operation kept for a table, its text cut to a readable length.
     *
     * @param source   the source
     * @param action   what happened
     * @param actor    who did it
     * @param at       when
     * @param duration how long it took, or zero when unknown
     * @param message  the source's message
     */
    record Operation(String source, String action, String actor, Instant at, Duration duration, String message) {}

    ActivityDigest(int keep) {
        this.keep = keep;
    }

    void add(ActivityRecord record) {
        count(record.source(), record.outcome(), 1);
        Duration took = record.duration().orElse(null);
        if (took != null) {
            offer(slowest, operation(record, took));
        }
        if (record.outcome() == ActivityOutcome.FAILURE) {
            offer(failed, operation(record, took == null ? Duration.ZERO : took));
        }
    }

    void count(String source, ActivityOutcome outcome, long records) {
        counts.computeIfAbsent(source, s -> new EnumMap<>(ActivityOutcome.class)).merge(outcome, records, Long::sum);
    }

    private void offer(PriorityQueue<Operation> queue, Operation operation) {
        queue.add(operation);
        if (queue.size() > keep) {
            queue.poll();
        }
    }

    private static Operation operation(ActivityRecord record, Duration took) {
        String message = record.message();
        if (message != null && message.length() > LONGEST_MESSAGE) {
            message = message.substring(0, LONGEST_MESSAGE) + "…";
        }
        return new Operation(record.source(), record.action(), record.actor(), record.occurredAt(), took, message);
    }

    /** Counts by source, then outcome. */
    Map<String, EnumMap<ActivityOutcome, Long>> counts() {
        return counts;
    }

    /** The slowest operations, slowest first. */
    List<Operation> slowest() {
        List<Operation> list = new ArrayList<>(slowest);
        list.sort(Comparator.comparing(Operation::duration).reversed());
        return list;
    }

    /** The latest failed operations, latest first. */
    List<Operation> failed() {
        List<Operation> list = new ArrayList<>(failed);
        list.sort(Comparator.comparing(Operation::at, Comparator.nullsLast(Comparator.reverseOrder())));
        return list;
    }

    boolean isEmpty() {
        return counts.isEmpty();
    }
}
