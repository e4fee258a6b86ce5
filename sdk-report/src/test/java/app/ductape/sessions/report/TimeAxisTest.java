package app.ductape.sessions.report;

import static org.assertj.core.api.Assertions.assertThat;

import app.ductape.sessions.model.GroupBy;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The time axis's choice of labels, for every bucket count a dashboard can have (1 to 2,160). */
class TimeAxisTest {
    private static final double LEFT = 56;
    private static final double RIGHT = 990;
    private static final double WIDTH = 1000;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MMM d", Locale.ENGLISH);
    private static final DateTimeFormatter DATE_AND_YEAR = DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.ENGLISH);

    /** {@code count} consecutive periods of {@code grouping}, from a start that is on no boundary. */
    static List<String> periods(GroupBy grouping, int count) {
        return periods(grouping, switch (grouping) {
            case HOUR -> Instant.parse("2026-11-19T13:00:00Z");
            case DAY -> Instant.parse("2026-08-01T00:00:00Z");
            case WEEK -> Instant.parse("2026-05-11T00:00:00Z");
            case MONTH -> Instant.parse("2024-12-01T00:00:00Z");
        }, count);
    }

    static List<String> periods(GroupBy grouping, Instant start, int count) {
        List<String> periods = new ArrayList<>();
        for (Instant period = grouping.periodStart(start); periods.size() < count; period = grouping.nextPeriodStart(period)) {
            periods.add(grouping.label(period));
        }
        return periods;
    }

    private static TimeAxis.Choice axis(List<String> periods) {
        return TimeAxis.of(periods, LEFT, RIGHT, WIDTH);
    }

    /** The axes of 1 to 2,160 buckets of a period, made once for the tests that read them. */
    private static final Map<GroupBy, List<TimeAxis.Choice>> AXES = new EnumMap<>(GroupBy.class);

    /** The axis of the first {@code count} of the 2,160 periods of {@code grouping}. */
    private static TimeAxis.Choice axis(GroupBy grouping, int count) {
        return AXES.computeIfAbsent(grouping, g -> {
            List<String> all = periods(g, 2160);
            List<TimeAxis.Choice> choices = new ArrayList<>();
            for (int n = 1; n <= 2160; n++) {
                choices.add(axis(all.subList(0, n)));
            }
            return choices;
        }).get(count - 1);
    }

    private static ZonedDateTime start(GroupBy grouping, TimeAxis.Label label) {
        return grouping.parseLabel(label.period()).orElseThrow().atZone(ZoneOffset.UTC);
    }

    @ParameterizedTest
    @EnumSource(GroupBy.class)
    void atEveryBucketCountTheLabelsAreAtOneStepApartWithoutOverlapInsideTheChart(GroupBy grouping) {
        List<String> all = periods(grouping, 2160);
        for (int count = 1; count <= 2160; count++) {
            List<String> periods = all.subList(0, count);
            TimeAxis.Choice choice = axis(grouping, count);
            List<TimeAxis.Label> labels = choice.labels();

            assertThat(labels).as("%d %s buckets", count, grouping).isNotEmpty();
            for (int k = 1; k < labels.size(); k++) {
                TimeAxis.Label before = labels.get(k - 1);
                TimeAxis.Label after = labels.get(k);
                assertThat(after.index() - before.index()).as("%d %s buckets", count, grouping).isEqualTo(choice.step());
                assertThat(after.x() - before.x()).as("%d %s buckets: %s then %s", count, grouping, before, after)
                    .isGreaterThanOrEqualTo((TimeAxis.width(before.text()) + TimeAxis.width(after.text())) / 2
                        + TimeAxis.GAP);
            }
            for (TimeAxis.Label label : labels) {
                assertThat(label.x() - TimeAxis.width(label.text()) / 2).as("%s of %d", label, count)
                    .isGreaterThanOrEqualTo(0);
                assertThat(label.x() + TimeAxis.width(label.text()) / 2).as("%s of %d", label, count)
                    .isLessThanOrEqualTo(WIDTH);
                assertThat(label.period()).isEqualTo(periods.get(label.index()));
            }
        }
    }

    @Test
    void hourLabelsSitOnHoursThatDivideTheDayAndOnMidnightsOrMondaysBeyond() {
        List<String> all = periods(GroupBy.HOUR, 2160);
        for (int count = 1; count <= 2160; count++) {
            List<String> periods = all.subList(0, count);
            boolean crossesYear = !periods.get(0).startsWith(periods.get(count - 1).substring(0, 4));
            TimeAxis.Choice choice = axis(GroupBy.HOUR, count);
            int step = choice.step();
            for (TimeAxis.Label label : choice.labels()) {
                ZonedDateTime at = start(GroupBy.HOUR, label);
                if (step < count && step <= 24) {
                    assertThat(at.getHour() % step).as("%s at step %d", label, step).isZero();
                } else if (step < count) {
                    assertThat(at.getHour()).as("%s at step %d", label, step).isZero();
                }
                if (step < count && step >= 168) {
                    assertThat(at.getDayOfWeek()).as("%s at step %d", label, step).isEqualTo(DayOfWeek.MONDAY);
                }
                assertThat(label.text()).isEqualTo(at.getHour() == 0 ? (crossesYear ? DATE_AND_YEAR : DATE).format(at)
                    : String.format(Locale.ROOT, "%02d:00", at.getHour()));
            }
        }
    }

    @Test
    void dayLabelsOverAFewWeeksSitOnMondays() {
        for (int count = 15; count <= 2160; count++) {
            TimeAxis.Choice choice = axis(GroupBy.DAY, count);
            if (choice.step() >= 7 && choice.step() < count) {
                assertThat(choice.labels()).as("%d days", count)
                    .allSatisfy(label -> assertThat(start(GroupBy.DAY, label).getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY));
            }
        }
    }

    @Test
    void monthLabelsSitOnMonthsThatDivideTheYearAndOnJanuariesBeyond() {
        for (int count = 1; count <= 2160; count++) {
            TimeAxis.Choice choice = axis(GroupBy.MONTH, count);
            int step = choice.step();
            if (step < count) {
                assertThat(choice.labels()).as("%d months", count).allSatisfy(label -> assertThat(
                    (start(GroupBy.MONTH, label).getMonthValue() - 1) % Math.min(step, 12)).isZero());
            }
        }
    }

    @Test
    void theSmallestFittingStepOfEachPeriodIsChosen() {
        assertThat(axis(periods(GroupBy.DAY, 14)).step()).as("14 days: every day").isEqualTo(1);
        assertThat(axis(periods(GroupBy.HOUR, 24)).step()).as("a day of hours: every other hour").isEqualTo(2);
        assertThat(axis(periods(GroupBy.DAY, 90)).step()).as("90 days: every Monday").isEqualTo(7);
        assertThat(axis(periods(GroupBy.WEEK, 26)).step()).as("26 weeks: every other week").isEqualTo(2);
        assertThat(axis(periods(GroupBy.MONTH, 24)).step()).as("24 months: every quarter").isEqualTo(3);
        assertThat(axis(periods(GroupBy.HOUR, Instant.parse("2026-03-02T13:00:00Z"), 2160)).step())
            .as("90 days of hours: every Monday").isEqualTo(168);
        assertThat(axis(periods(GroupBy.HOUR, 2160)).step())
            .as("90 days of hours across a new year: the dates carry the year, and need every other Monday")
            .isEqualTo(336);
    }

    @Test
    void theFortnightOfTheIssueIsLabelledEveryDay() {
        List<String> periods = new ArrayList<>();
        for (int day = 0; day < 14; day++) {
            periods.add(GroupBy.DAY.label(Instant.parse("2026-11-23T00:00:00Z").plusSeconds(86_400L * day)));
        }

        assertThat(axis(periods).labels()).extracting(TimeAxis.Label::text).containsExactly("Nov 23", "Nov 24",
            "Nov 25", "Nov 26", "Nov 27", "Nov 28", "Nov 29", "Nov 30", "Dec 1", "Dec 2", "Dec 3", "Dec 4", "Dec 5",
            "Dec 6");
    }

    @Test
    void eachPeriodIsWordedAsPeopleReadIt() {
        assertThat(axis(periods(GroupBy.HOUR, 24)).labels()).extracting(TimeAxis.Label::text)
            .startsWith("14:00", "16:00").contains("Nov 20", "02:00");
        assertThat(axis(periods(GroupBy.WEEK, 4)).labels()).extracting(TimeAxis.Label::text)
            .containsExactly("May 11", "May 18", "May 25", "Jun 1");
        assertThat(axis(periods(GroupBy.MONTH, 3)).labels()).extracting(TimeAxis.Label::text)
            .containsExactly("Dec 2024", "Jan 2025", "Feb 2025");
        assertThat(axis(List.of("2026-12-30", "2026-12-31", "2027-01-01")).labels()).extracting(TimeAxis.Label::text)
            .as("the year, when the range crosses one").containsExactly("Dec 30, 2026", "Dec 31, 2026", "Jan 1, 2027");
        assertThat(axis(List.of("q1", "q2")).labels()).extracting(TimeAxis.Label::text).containsExactly("q1", "q2");
    }
}
