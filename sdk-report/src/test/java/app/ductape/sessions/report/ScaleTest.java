package app.ductape.sessions.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The value axis's ticks (1-2-5 steps) and the time axis's evenly spaced labels. */
class ScaleTest {

    @Test
    void theDemoDatasLargestBarGetsTicksOfTwentyUpTo120() {
        Scale scale = Scale.upTo(106);

        assertThat(scale.ticks()).containsExactly(0L, 20L, 40L, 60L, 80L, 100L, 120L);
        assertThat(scale.top()).isEqualTo(120);
    }

    @Test
    void stepsAreOneTwoOrFiveTimesAPowerOfTen() {
        assertThat(Scale.upTo(3).ticks()).containsExactly(0L, 1L, 2L, 3L);
        assertThat(Scale.upTo(10).ticks()).containsExactly(0L, 2L, 4L, 6L, 8L, 10L);
        assertThat(Scale.upTo(53).ticks()).containsExactly(0L, 10L, 20L, 30L, 40L, 50L, 60L);
        assertThat(Scale.upTo(250).ticks()).containsExactly(0L, 50L, 100L, 150L, 200L, 250L);
        assertThat(Scale.upTo(1_234_567).ticks()).containsExactly(0L, 500_000L, 1_000_000L, 1_500_000L);
    }

    @Test
    void theTopIsTheFirstTickAtOrAboveTheLargestValue() {
        for (long max = 1; max < 5_000; max += 7) {
            Scale scale = Scale.upTo(max);
            long step = scale.ticks().get(1);

            assertThat(scale.top()).isGreaterThanOrEqualTo(max).isLessThan(max + step);
            assertThat(scale.ticks().size() - 1).isLessThanOrEqualTo(Scale.MAX_INTERVALS);
            assertThat(scale.fraction(max)).isBetween(0.0, 1.0);
        }
    }

    @Test
    void anEmptyChartHasOneTickAtZero() {
        assertThat(Scale.upTo(0).ticks()).containsExactly(0L);
        assertThat(Scale.upTo(0).fraction(0)).isZero();
    }
}
