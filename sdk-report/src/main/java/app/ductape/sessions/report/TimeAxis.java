package app.ductape.sessions.report;

import app.ductape.sessions.model.GroupBy;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.IntPredicate;

/**
 * The time axis of a chart: which buckets get a label, and what each says. Labels sit every {@code step}
 * buckets, {@code step} being the smallest of the period's steps whose labels fit side by side (an hour's
 * steps divide the day, so that midnight is on the grid; a day's are 1, 2, then weeks from a Monday; a
 * month's divide the year, from a January), and never run past the chart's edge. The widths are estimated
 * in the chart's own units, in which the stylesheet sizes its text: the SVG scales as a whole, so a step
 * that fits fits at every width it is drawn at.
 */
final class TimeAxis {
    /** The labels' font size in the chart's units ({@code svg text} in report.css). */
    static final double FONT_SIZE = 13;
    /** The least space between two neighbouring labels, in the chart's units. */
    static final double GAP = 12;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMM d", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_AND_YEAR = DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);

    /**
     * One label.
     *
     * @param index  the bucket it names
     * @param period the bucket's period as Ductape labels it, such as {@code 2026-11-29}
     * @param text   what it says, such as {@code Nov 29}
     * @param x      its centre, in the chart's units
     */
    record Label(int index, String period, String text, double x) {}

    /** The labels chosen, and the step between them. */
    record Choice(List<Label> labels, int step) {}

    private TimeAxis() {}

    /**
     * The labels of {@code periods} drawn in equal slots from {@code left} to {@code right} of a chart
     * {@code width} wide.
     */
    static Choice of(List<String> periods, double left, double right, double width) {
        int count = periods.size();
        if (count == 0) {
            return new Choice(List.of(), 1);
        }
        double slot = (right - left) / count;
        Calendar calendar = Calendar.of(periods);
        for (int step : calendar.steps(count)) {
            List<Label> labels = labels(periods, calendar, step, left, slot);
            double widest = labels.stream().mapToDouble(l -> width(l.text())).max().orElse(0);
            if (labels.size() <= 1 || step * slot >= widest + GAP) {
                return new Choice(labels.stream().filter(l -> l.x() - width(l.text()) / 2 >= 0
                    && l.x() + width(l.text()) / 2 <= width).toList(), step);
            }
        }
        throw new IllegalStateException("no step fits: the last step of " + calendar + " is one label");
    }

    private static List<Label> labels(List<String> periods, Calendar calendar, int step, double left, double slot) {
        List<Label> labels = new ArrayList<>();
        for (int i = calendar.first(step, periods.size()); i < periods.size(); i += step) {
            labels.add(new Label(i, periods.get(i), calendar.text(i, periods.get(i)), left + i * slot + slot / 2));
        }
        return labels;
    }

    /**
     * The estimated width of {@code text} at the labels' size, erring wide: the widths, in ems, of a broad
     * sans-serif (DejaVu Sans, what a Linux browser falls back to), rounded up.
     */
    static double width(String text) {
        double ems = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            ems += Character.isDigit(c) ? 0.64 : c == ' ' || c == ':' || c == ',' || c == '.' ? 0.34
                : c == 'M' || c == 'W' || c == 'm' ? 0.98 : Character.isUpperCase(c) || c == 'w' ? 0.82 : 0.64;
        }
        return ems * FONT_SIZE;
    }

    /** What the periods are: their grouping and starts when Ductape's labels say, to place and word labels. */
    private record Calendar(GroupBy grouping, List<ZonedDateTime> starts, boolean crossesYear) {
        static Calendar of(List<String> periods) {
            Optional<GroupBy> grouping = GroupBy.ofLabel(periods.get(0));
            List<ZonedDateTime> starts = new ArrayList<>();
            for (String period : periods) {
                Optional<Instant> start = grouping.flatMap(g -> g.parseLabel(period));
                if (start.isEmpty()) {
                    return new Calendar(null, List.of(), false);
                }
                starts.add(start.get().atZone(ZoneOffset.UTC));
            }
            return new Calendar(grouping.get(), starts,
                starts.get(0).getYear() != starts.get(starts.size() - 1).getYear());
        }

        /** The steps to try, smallest first, the last one giving a single label. */
        List<Integer> steps(int count) {
            List<Integer> steps = new ArrayList<>(grouping == null ? List.of() : switch (grouping) {
                case HOUR -> List.of(1, 2, 3, 4, 6, 12, 24, 48, 168, 336, 672, 1344);
                case DAY -> List.of(1, 2, 7, 14, 28, 56, 112, 224, 448, 896);
                case WEEK -> List.of(1, 2, 4, 8, 13, 26, 52, 104, 208, 416);
                case MONTH -> List.of(1, 2, 3, 6, 12, 24, 48, 96);
            });
            steps.removeIf(step -> step >= count);
            if (grouping == null) {
                for (int step = 1; step < count; step++) {
                    steps.add(step);
                }
            }
            steps.add(Math.max(1, count));
            return steps;
        }

        /** The first bucket labelled at {@code step}: on the calendar's boundary for that step, if there is one. */
        int first(int step, int count) {
            if (grouping == null) {
                return 0;
            }
            IntPredicate boundary = switch (grouping) {
                case HOUR -> step <= 24 ? i -> starts.get(i).getHour() % step == 0
                    : step < 168 ? i -> starts.get(i).getHour() == 0
                    : i -> starts.get(i).getHour() == 0 && starts.get(i).getDayOfWeek() == DayOfWeek.MONDAY;
                case DAY -> step < 7 ? i -> true : i -> starts.get(i).getDayOfWeek() == DayOfWeek.MONDAY;
                case WEEK -> i -> true;
                case MONTH -> step <= 12 ? i -> (starts.get(i).getMonthValue() - 1) % step == 0
                    : i -> starts.get(i).getMonthValue() == 1;
            };
            for (int i = 0; i < Math.min(count, step); i++) {
                if (boundary.test(i)) {
                    return i;
                }
            }
            return 0;
        }

        /**
         * The label of bucket {@code i}: its hour (its date at midnight), its day, or its month; a period of no
         * known shape says what Ductape sent.
         */
        String text(int i, String period) {
            if (grouping == null) {
                return period;
            }
            ZonedDateTime start = starts.get(i);
            DateTimeFormatter day = crossesYear ? DAY_AND_YEAR : DAY;
            return switch (grouping) {
                case HOUR -> start.getHour() == 0 ? day.format(start) : HOUR.format(start);
                case DAY, WEEK -> day.format(start);
                case MONTH -> MONTH.format(start);
            };
        }
    }
}
