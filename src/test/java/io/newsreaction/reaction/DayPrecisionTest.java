package io.newsreaction.reaction;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsreaction.fixtures.ListPriceHistory;
import io.newsreaction.fixtures.Ticks;
import io.newsreaction.market.XnysCalendar;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class DayPrecisionTest {

    private static final ReactionSettings DEFAULTS = ReactionSettings.defaults(XnysCalendar.withDefaults());
    private static final LegCalculator CALCULATOR = new LegCalculator(DEFAULTS);

    private static long ms(String iso) {
        return Instant.parse(iso).toEpochMilli();
    }

    @Test
    void shouldPlaceADayHeadlineAtItsSessionOpen() {
        long mondayOpen = ms("2025-01-27T14:30:00Z");
        // Start of 2025-01-27 in New York, and 22:00 New York the same day: both that session.
        assertThat(CALCULATOR.anchor(ms("2025-01-27T05:00:00Z"), true)).isEqualTo(mondayOpen);
        assertThat(CALCULATOR.anchor(ms("2025-01-28T03:00:00Z"), true)).isEqualTo(mondayOpen);
        assertThat(CALCULATOR.anchor(ms("2025-01-25T05:00:00Z"), true)).isEqualTo(mondayOpen);
        assertThat(CALCULATOR.anchor(ms("2025-01-20T12:00:00Z"), true)).isEqualTo(ms("2025-01-21T14:30:00Z"));
        assertThat(CALCULATOR.anchor(ms("2025-01-25T05:00:00Z"), false)).isEqualTo(ms("2025-01-25T05:00:00Z"));
    }

    @Test
    void shouldReportOnlyHorizonsOfAtLeastOneSession() {
        assertThat(CALCULATOR.reportedHorizons(true)).containsExactly(Duration.ofMinutes(390));
        assertThat(CALCULATOR.reportedHorizons(false)).isEqualTo(ReactionSettings.DEFAULT_HORIZONS);
        ReactionSettings longer = new ReactionSettings(DEFAULTS.calendar(),
                List.of(Duration.ofMinutes(30), Duration.ofMinutes(390), Duration.ofMinutes(780)), DEFAULTS.grace(),
                DEFAULTS.preEvent(), DEFAULTS.estimationInterval(), DEFAULTS.estimationLength(),
                DEFAULTS.minObservations(), DEFAULTS.referenceMaxAge(), DEFAULTS.historyRetention());
        assertThat(new LegCalculator(longer).reportedHorizons(true))
                .containsExactly(Duration.ofMinutes(390), Duration.ofMinutes(780));
    }

    @Test
    void shouldMeasureADayHeadlineOverTheWholeSession() {
        long t0 = CALCULATOR.anchor(ms("2025-01-27T05:00:00Z"), true);
        PriceHistory history = ListPriceHistory.of(
                Ticks.at("2025-01-24T20:25:00Z").price(143.0),
                Ticks.at("2025-01-24T20:59:59Z").price(142.605),
                Ticks.at("2025-01-27T14:30:00Z").size(1000).price(124.80),
                Ticks.at("2025-01-27T20:59:59Z").price(118.51));
        LegValues leg = CALCULATOR.compute(history, t0, CALCULATOR.reportedHorizons(true), 0);
        assertThat(leg.referencePrice()).isEqualTo(142.605);
        assertThat(leg.preEventReturn()).isEqualTo(StrictMath.log(142.605 / 143.0));
        assertThat(leg.horizon().horizon()).isEqualTo(Duration.ofMinutes(390));
        assertThat(leg.horizon().endTime()).isEqualTo(ms("2025-01-27T21:00:00Z"));
        assertThat(leg.horizon().price()).isEqualTo(118.51);
        // The opening print at t0 itself is inside the window.
        assertThat(leg.horizon().tickCount()).isEqualTo(2);
        assertThat(leg.horizon().volume()).isEqualTo(1100);
    }
}
