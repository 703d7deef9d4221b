package io.newsreaction.reaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.newsreaction.fixtures.ListPriceHistory;
import io.newsreaction.fixtures.Ticks;
import io.newsreaction.market.XnysCalendar;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The acceptance fact: NVDA over the DeepSeek weekend, XNYS, default settings. */
class NvdaWeekendAcceptanceTest {

    private static final LegCalculator CALCULATOR =
            new LegCalculator(ReactionSettings.defaults(XnysCalendar.withDefaults()));
    private static final long PUBLISHED = ms("2025-01-25T15:00:00Z");
    private static final PriceHistory NVDA = ListPriceHistory.of(
            Ticks.at("2025-01-24T20:25:00Z").price(142.90),
            Ticks.at("2025-01-24T20:55:00Z").price(142.10),
            Ticks.at("2025-01-24T20:59:59Z").price(142.605),
            Ticks.at("2025-01-27T14:30:00Z").size(1000).price(124.80),
            Ticks.at("2025-01-27T18:00:00Z").price(121.00),
            Ticks.at("2025-01-27T20:59:59Z").price(118.51),
            Ticks.at("2025-01-28T14:30:00Z").price(121.80));

    private static long ms(String iso) {
        return Instant.parse(iso).toEpochMilli();
    }

    @Test
    void shouldReportTheMondayCrashAgainstFridaysLastPrice() {
        long t0 = CALCULATOR.anchor(PUBLISHED, false);
        List<Duration> horizons = CALCULATOR.reportedHorizons(false);
        LegValues leg = CALCULATOR.compute(NVDA, t0, horizons, 6);

        assertThat(leg.noReference()).isFalse();
        assertThat(leg.referencePrice()).isEqualTo(142.605);
        assertThat(leg.referenceTime()).isEqualTo(ms("2025-01-24T20:59:59Z"));
        HorizonValues session = leg.horizon();
        assertThat(session.horizon()).isEqualTo(Duration.ofMinutes(390));
        assertThat(session.endTime()).isEqualTo(ms("2025-01-27T21:00:00Z"));
        assertThat(session.price()).isEqualTo(118.51);
        assertThat(session.priceTime()).isEqualTo(ms("2025-01-27T20:59:59Z"));
        assertThat(session.logReturn()).isEqualTo(StrictMath.log(118.51 / 142.605));
        assertThat(session.simpleReturn()).isCloseTo(118.51 / 142.605 - 1, within(1e-15));
        assertThat(session.simpleReturn()).isCloseTo(-0.1690, within(0.00005));
        assertThat(CALCULATOR.dueTime(t0, session.horizon())).isEqualTo(ms("2025-01-27T21:01:00Z"));
    }

    @Test
    void shouldMeasureTheMondayWindowFromTheOpen() {
        long t0 = CALCULATOR.anchor(PUBLISHED, false);
        LegValues leg = CALCULATOR.compute(NVDA, t0, CALCULATOR.reportedHorizons(false), 6);

        // Pre-event point: 30 trading minutes before Friday's close, 20:30Z; last tick 20:25Z.
        assertThat(leg.preEventReturn()).isEqualTo(StrictMath.log(142.605 / 142.90));
        assertThat(leg.runUp()).isEqualTo(StrictMath.log(124.80 / 142.605));
        assertThat(leg.drawdown()).isEqualTo(StrictMath.log(118.51 / 142.605));
        assertThat(leg.horizon().volume()).isEqualTo(1200);
        assertThat(leg.horizon().tickCount()).isEqualTo(3);
        assertThat(leg.horizon().vwap()).isEqualTo((124.80 * 1000 + 121.00 * 100 + 118.51 * 100) / 1200);
        assertThat(leg.gridPrices()).isEmpty();
    }

    @Test
    void shouldFillTheEstimationGridOnTheFirstRevision() {
        long t0 = CALCULATOR.anchor(PUBLISHED, false);
        LegValues leg = CALCULATOR.compute(NVDA, t0, CALCULATOR.reportedHorizons(false), 0);

        assertThat(leg.horizon().endTime()).isEqualTo(ms("2025-01-27T14:31:00Z"));
        assertThat(leg.horizon().price()).isEqualTo(124.80);
        assertThat(leg.gridPrices()).hasSize(391);
        // g_0 is Friday's close, g_1 20:55Z, g_2..g_7 20:50Z..20:25Z, g_8 20:20Z precedes every tick.
        assertThat(leg.gridPrices().subList(0, 9))
                .containsExactly(142.605, 142.10, 142.90, 142.90, 142.90, 142.90, 142.90, 142.90, null);
    }
}
