package io.newsreaction.reaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsreaction.fixtures.ListPriceHistory;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class TickSeriesTest {

    @Test
    void shouldKeepInputOrderForEqualTimestamps() {
        TickSeries series = new TickSeries();
        series.add(1_000, 10.0, 1);
        series.add(2_000, 20.0, 1);
        series.add(1_000, 11.0, 1);

        assertThat(series.lastAtOrBefore(1_000).price()).isEqualTo(11.0);
        assertThat(series.lastBefore(2_000).price()).isEqualTo(11.0);
        assertThat(series.lastBefore(1_000)).isNull();
        assertThat(series.lastAtOrBefore(999)).isNull();
    }

    @Test
    void shouldAnswerLikeASortedListForRandomOutOfOrderTicks() {
        SplittableRandom random = new SplittableRandom(7);
        TickSeries series = new TickSeries();
        List<PricePoint> added = new ArrayList<>();
        long clock = 0;
        for (int i = 0; i < 5_000; i++) {
            clock += random.nextInt(3);
            long ts = clock - random.nextInt(10);
            PricePoint tick = new PricePoint(ts, 100 + i * 0.01, i);
            series.add(tick.ts(), tick.price(), tick.size());
            added.add(tick);
        }
        ListPriceHistory expected = ListPriceHistory.of(added);
        for (long t = -12; t <= clock + 2; t++) {
            assertThat(series.lastAtOrBefore(t)).as("lastAtOrBefore(%d)", t).isEqualTo(expected.lastAtOrBefore(t));
            assertThat(series.lastBefore(t)).as("lastBefore(%d)", t).isEqualTo(expected.lastBefore(t));
        }
        assertThat(between(series, 100, 200)).isEqualTo(between(expected, 100, 200));
        assertThat(between(series, 300, 299)).isEmpty();
        assertThat(series.size()).isEqualTo(5_000);
    }

    @Test
    void shouldAnswerAGridOfNonIncreasingTimesLikeOneLookupPerTime() {
        SplittableRandom random = new SplittableRandom(11);
        TickSeries series = new TickSeries();
        long clock = 1_000;
        for (int i = 0; i < 3_000; i++) {
            clock += random.nextInt(4);
            series.add(clock - random.nextInt(5), 100 + i * 0.01, 1);
        }
        series.dropBefore(1_500);
        // Steps of 0 (repeats), small and large, from past the last tick to before the first kept one.
        long[] times = new long[400];
        long t = clock + 3;
        for (int k = 0; k < times.length; k++) {
            times[k] = t;
            t -= random.nextInt(4) == 0 ? 0 : random.nextInt(1, k % 50 == 0 ? 400 : 30);
        }

        List<Double> expected = new ArrayList<>();
        for (long time : times) {
            PricePoint point = series.lastAtOrBefore(time);
            expected.add(point == null ? null : point.price());
        }
        assertThat(series.pricesAtOrBefore(times)).isEqualTo(expected).contains((Double) null);
        assertThat(ListPriceHistory.of(List.of()).pricesAtOrBefore(new long[] {5, 4})).containsExactly(null, null);
    }

    @Test
    void shouldRefuseGridTimesThatIncrease() {
        TickSeries series = new TickSeries();
        series.add(1_000, 10.0, 1);

        assertThatThrownBy(() -> series.pricesAtOrBefore(new long[] {1_000, 1_001}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1001 after 1000");
    }

    @Test
    void shouldDropOldTicksAndKeepAnsweringForTheRest() {
        TickSeries series = new TickSeries();
        List<PricePoint> kept = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            series.add(i, i, 1);
            if (i >= 900) {
                kept.add(new PricePoint(i, i, 1));
            }
        }

        assertThat(series.dropBefore(900)).isEqualTo(900);
        for (int i = 1_000; i < 1_200; i++) {
            series.add(i, i, 1);
            kept.add(new PricePoint(i, i, 1));
        }

        ListPriceHistory expected = ListPriceHistory.of(kept);
        assertThat(series.size()).isEqualTo(300);
        assertThat(series.lastAtOrBefore(899)).isNull();
        assertThat(series.lastBefore(950)).isEqualTo(expected.lastBefore(950));
        assertThat(between(series, 0, 2_000)).isEqualTo(between(expected, 0, 2_000));
        assertThat(series.dropBefore(5_000)).isEqualTo(300);
        assertThat(series.isEmpty()).isTrue();
    }

    private static List<PricePoint> between(PriceHistory history, long from, long to) {
        List<PricePoint> points = new ArrayList<>();
        history.forEachBetween(from, to, points::add);
        return points;
    }
}
