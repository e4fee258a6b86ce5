package app.ductape.sessions.report;

import app.ductape.sessions.model.OperationsOverTime;
import app.ductape.sessions.model.SessionDashboard;
import app.ductape.sessions.model.SessionsOverTime;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * The dashboard's time buckets, one row per period with the operations and sessions of both series, in
 * order and with the empty buckets kept: a period missing between two others (a server that leaves out
 * empty ones) is put back with zeros, for the hourly ({@code 2026-11-25T13}), daily, weekly
 * ({@code 2026-W48}) and monthly labels Ductape sends. Labels of another shape are kept as given.
 */
final class Buckets {
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH", Locale.ROOT);

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

    /** The periods from the first to the last with every one in between, when their labels can be read. */
    static List<String> withGapsFilled(List<String> periods) {
        if (periods.size() < 2) {
            return periods;
        }
        Step step = Step.of(periods.get(0));
        if (step == null || periods.stream().anyMatch(p -> Step.of(p) != step)) {
            return periods;
        }
        List<String> all = new ArrayList<>();
        String last = periods.get(periods.size() - 1);
        for (String period = periods.get(0); ; period = step.next.apply(period)) {
            all.add(period);
            if (period.equals(last) || all.size() > 100_000) {
                return all;
            }
        }
    }

    /** How to read a label and name the next period. */
    private enum Step {
        HOURLY(p -> p.length() == 13 && p.charAt(10) == 'T',
            p -> LocalDateTime.parse(p, HOUR).plusHours(1).format(HOUR)),
        DAILY(p -> p.length() == 10 && p.charAt(4) == '-' && p.charAt(7) == '-',
            p -> LocalDate.parse(p).plusDays(1).toString()),
        WEEKLY(p -> p.length() == 8 && p.charAt(4) == '-' && p.charAt(5) == 'W', Step::nextWeek),
        MONTHLY(p -> p.length() == 7 && p.charAt(4) == '-', p -> YearMonth.parse(p).plusMonths(1).toString());

        private final java.util.function.Predicate<String> shape;
        private final UnaryOperator<String> next;

        Step(java.util.function.Predicate<String> shape, Function<String, String> next) {
            this.shape = shape;
            this.next = next::apply;
        }

        static Step of(String period) {
            for (Step step : values()) {
                try {
                    if (step.shape.test(period)) {
                        step.next.apply(period);
                        return step;
                    }
                } catch (RuntimeException unreadable) {
                    return null;
                }
            }
            return null;
        }

        private static String nextWeek(String period) {
            int year = Integer.parseInt(period.substring(0, 4));
            int week = Integer.parseInt(period.substring(6));
            LocalDate monday = LocalDate.of(year, 1, 4).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
                .with(java.time.DayOfWeek.MONDAY).plusWeeks(1);
            return String.format(Locale.ROOT, "%04d-W%02d", monday.get(IsoFields.WEEK_BASED_YEAR),
                monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        }
    }
}
