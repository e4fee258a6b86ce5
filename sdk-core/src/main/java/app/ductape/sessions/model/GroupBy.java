package app.ductape.sessions.model;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Optional;

/** The bucket size of the dashboard's time series. */
public enum GroupBy {
    /** Hourly buckets, labelled {@code 2024-01-05T13}. */
    HOUR,
    /** Daily buckets, labelled {@code 2024-01-05}. */
    DAY,
    /** ISO weeks, labelled {@code 2024-W01}. */
    WEEK,
    /** Months, labelled {@code 2024-01}. */
    MONTH;

    /**
     * The text sent on the wire.
     *
     * @return {@code hour}, {@code day}, {@code week} or {@code month}
     */
    public String wireValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The start of the period that holds {@code instant}, in UTC: the hour, the day, the ISO week's Monday or
     * the month's first day, at midnight or the full hour.
     *
     * @param instant any instant
     * @return the start of its period
     */
    public Instant periodStart(Instant instant) {
        ZonedDateTime utc = instant.atZone(ZoneOffset.UTC);
        ZonedDateTime start = switch (this) {
            case HOUR -> utc.truncatedTo(ChronoUnit.HOURS);
            case DAY -> utc.truncatedTo(ChronoUnit.DAYS);
            case WEEK -> utc.truncatedTo(ChronoUnit.DAYS).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> utc.truncatedTo(ChronoUnit.DAYS).withDayOfMonth(1);
        };
        return start.toInstant();
    }

    /**
     * The start of the period after the one starting at {@code periodStart}.
     *
     * @param periodStart the start of a period, as {@link #periodStart} gives it
     * @return the start of the next period
     */
    public Instant nextPeriodStart(Instant periodStart) {
        ZonedDateTime utc = periodStart.atZone(ZoneOffset.UTC);
        ZonedDateTime next = switch (this) {
            case HOUR -> utc.plusHours(1);
            case DAY -> utc.plusDays(1);
            case WEEK -> utc.plusWeeks(1);
            case MONTH -> utc.plusMonths(1);
        };
        return next.toInstant();
    }

    /**
     * The label Ductape gives the period that holds {@code instant}: {@code 2024-01-05T13}, {@code 2024-01-05},
     * {@code 2024-W01} (the ISO week) or {@code 2024-01}.
     *
     * @param instant any instant of the period
     * @return the period's label
     */
    public String label(Instant instant) {
        ZonedDateTime utc = periodStart(instant).atZone(ZoneOffset.UTC);
        return switch (this) {
            case HOUR -> String.format(Locale.ROOT, "%04d-%02d-%02dT%02d", utc.getYear(), utc.getMonthValue(),
                utc.getDayOfMonth(), utc.getHour());
            case DAY -> String.format(Locale.ROOT, "%04d-%02d-%02d", utc.getYear(), utc.getMonthValue(),
                utc.getDayOfMonth());
            case WEEK -> String.format(Locale.ROOT, "%04d-W%02d", utc.get(IsoFields.WEEK_BASED_YEAR),
                utc.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case MONTH -> String.format(Locale.ROOT, "%04d-%02d", utc.getYear(), utc.getMonthValue());
        };
    }

    /**
     * The start of the period a label names, when it is one of this grouping's labels.
     *
     * @param label a label such as {@code 2024-W01}
     * @return the start of its period; empty for a label of another shape
     */
    public Optional<Instant> parseLabel(String label) {
        try {
            Instant start = switch (this) {
                case HOUR -> LocalDateTime.parse(label, HOUR_LABEL).toInstant(ZoneOffset.UTC);
                case DAY -> LocalDate.parse(label).atStartOfDay(ZoneOffset.UTC).toInstant();
                case WEEK -> weekStart(label);
                case MONTH -> YearMonth.parse(label).atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
            };
            return label.equals(label(start)) ? Optional.of(start) : Optional.empty();
        } catch (RuntimeException notThisShape) {
            return Optional.empty();
        }
    }

    /**
     * The grouping whose labels {@code label} has the shape of.
     *
     * @param label a period label
     * @return the grouping, or empty for a label of no grouping's shape
     */
    public static Optional<GroupBy> ofLabel(String label) {
        for (GroupBy groupBy : values()) {
            if (groupBy.parseLabel(label).isPresent()) {
                return Optional.of(groupBy);
            }
        }
        return Optional.empty();
    }

    private static Instant weekStart(String label) {
        if (label.length() != 8 || label.charAt(4) != '-' || label.charAt(5) != 'W') {
            throw new IllegalArgumentException(label);
        }
        int year = Integer.parseInt(label.substring(0, 4));
        int week = Integer.parseInt(label.substring(6));
        return LocalDate.of(year, 1, 4).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week).with(DayOfWeek.MONDAY)
            .atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    private static final DateTimeFormatter HOUR_LABEL = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH", Locale.ROOT);

    /**
     * Parses the TypeScript SDK's strings, ignoring case.
     *
     * @param value the text
     * @return the bucket size
     * @throws IllegalArgumentException naming the value and the accepted ones
     */
    public static GroupBy from(String value) {
        if (value != null) {
            for (GroupBy groupBy : values()) {
                if (groupBy.wireValue().equals(value.trim().toLowerCase(Locale.ROOT))) {
                    return groupBy;
                }
            }
        }
        throw new IllegalArgumentException("`groupBy` must be one of hour, day, week, month, but was '" + value + "'");
    }
}
