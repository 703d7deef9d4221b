package io.newsreaction.reaction;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsreaction.fixtures.ListPriceHistory;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class WindowStatsTest {

    @Test
    void shouldTakeTheExtremesBitForBitLikeALogarithmPerTick() {
        SplittableRandom random = new SplittableRandom(3);
        for (int window = 0; window < 200; window++) {
            double pref = 50 + random.nextDouble() * 100;
            List<PricePoint> ticks = new ArrayList<>();
            double maxLog = Double.NEGATIVE_INFINITY;
            double minLog = Double.POSITIVE_INFINITY;
            for (int i = 0; i < 1 + random.nextInt(300); i++) {
                // Prices a few ulps apart as well as far apart, so ties after the division occur.
                double price = random.nextBoolean() ? pref * (1 + (random.nextDouble() - 0.5) * 0.1)
                        : Math.nextUp(pref) + random.nextInt(4) * Math.ulp(pref);
                ticks.add(new PricePoint(i, price, 1 + random.nextInt(100)));
                double logReturn = StrictMath.log(price / pref);
                maxLog = Math.max(maxLog, logReturn);
                minLog = Math.min(minLog, logReturn);
            }

            WindowStats stats = WindowStats.over(ListPriceHistory.of(ticks), 0, ticks.size(), pref);

            assertThat(Double.doubleToRawLongBits(stats.runUp())).as("run-up of window %d", window)
                    .isEqualTo(Double.doubleToRawLongBits(maxLog));
            assertThat(Double.doubleToRawLongBits(stats.drawdown())).as("drawdown of window %d", window)
                    .isEqualTo(Double.doubleToRawLongBits(minLog));
            assertThat(stats.tickCount()).isEqualTo(ticks.size());
        }
    }

    @Test
    void shouldReportZeroExtremesForAnEmptyWindow() {
        WindowStats stats = WindowStats.over(ListPriceHistory.of(List.of()), 0, 10, 100.0);

        assertThat(stats.runUp()).isZero();
        assertThat(stats.drawdown()).isZero();
        assertThat(stats.vwap()).isNull();
    }
}
