package io.newsreaction.reaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsreaction.fixtures.ListPriceHistory;
import io.newsreaction.fixtures.Ticks;
import io.newsreaction.market.XnysCalendar;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class LegCalculatorTest {

    private static final ReactionSettings DEFAULTS = ReactionSettings.defaults(XnysCalendar.withDefaults());
    private static final LegCalculator CALCULATOR = new LegCalculator(DEFAULTS);
    private static final List<Duration> HORIZONS = DEFAULTS.horizons();
    /** Tuesday 2025-01-28 10:00 New York, mid-session. */
    private static final Instant T0 = Instant.parse("2025-01-28T15:00:00Z");
    private static final long MINUTE = 60_000L;

    private static long ms(String iso) {
        return Instant.parse(iso).toEpochMilli();
    }

    private static long t0() {
        return T0.toEpochMilli();
    }

    @Test
    void shouldTakeTheLastTickStrictlyBeforeT0AsReference() {
        PriceHistory history = ListPriceHistory.of(
                Ticks.at(T0).plus(Duration.ofSeconds(-1)).price(100.0),
                Ticks.at(T0).plus(Duration.ofSeconds(-1)).price(100.5),
                Ticks.at(T0).price(101.0));
        LegValues leg = CALCULATOR.compute(history, t0(), HORIZONS, 0);
        // Equal timestamps: the later one in input order wins.
        assertThat(leg.referencePrice()).isEqualTo(100.5);
        assertThat(leg.referenceTime()).isEqualTo(t0() - 1000);
    }

    @Test
    void shouldAcceptAReferenceExactlyAtTheMaximumAge() {
        long monday = ms("2025-01-27T15:00:00Z");
        // Friday 10:00 New York to Monday 10:00: 360 + 30 trading minutes.
        PriceHistory history = ListPriceHistory.of(Ticks.at("2025-01-24T15:00:00Z").price(100.0));
        assertThat(CALCULATOR.compute(history, monday, HORIZONS, 0).referencePrice()).isEqualTo(100.0);
    }

    @Test
    void shouldReportNoReferenceWhenTheLastTickIsTooOld() {
        long monday = ms("2025-01-27T15:00:00Z");
        PriceHistory history = ListPriceHistory.of(
                Ticks.at("2025-01-24T14:59:59.999Z").price(100.0),
                Ticks.at("2025-01-27T15:00:00Z").price(101.0));
        assertThat(CALCULATOR.compute(history, monday, HORIZONS, 3)).isEqualTo(LegValues.noReferenceLeg());
    }

    @Test
    void shouldReportNoReferenceWithoutEarlierTicks() {
        PriceHistory history = ListPriceHistory.of(Ticks.at(T0).price(101.0));
        LegValues leg = CALCULATOR.compute(history, t0(), HORIZONS, 0);
        assertThat(leg.noReference()).isTrue();
        assertThat(leg.referencePrice()).isNull();
        assertThat(leg.horizon()).isNull();
        assertThat(leg.gridPrices()).isEmpty();
        assertThat(CALCULATOR.compute(ListPriceHistory.of(), t0(), HORIZONS, 0).noReference()).isTrue();
    }

    @Test
    void shouldLeavePreEventReturnNullWithoutAPriceBeforeTheWindow() {
        long monday = ms("2025-01-27T15:00:00Z");
        // Thirty trading minutes before Monday 10:00 is Friday's close; no tick by then.
        PriceHistory history = ListPriceHistory.of(Ticks.at("2025-01-27T14:45:00Z").price(101.0));
        LegValues leg = CALCULATOR.compute(history, monday, HORIZONS, 0);
        assertThat(leg.referencePrice()).isEqualTo(101.0);
        assertThat(leg.preEventReturn()).isNull();

        PriceHistory withFriday = ListPriceHistory.of(
                Ticks.at("2025-01-24T20:59:59Z").price(100.0), Ticks.at("2025-01-27T14:45:00Z").price(101.0));
        assertThat(CALCULATOR.compute(withFriday, monday, HORIZONS, 0).preEventReturn())
                .isEqualTo(StrictMath.log(101.0 / 100.0));
    }

    @Test
    void shouldCountTicksFromT0ThroughTheHorizonEndInclusive() {
        PriceHistory history = ListPriceHistory.of(
                Ticks.at(T0).plus(Duration.ofMillis(-1)).size(100).price(100.0),
                Ticks.at(T0).size(200).price(102.0),
                Ticks.at(T0).plus(Duration.ofMinutes(2)).size(300).price(97.0),
                Ticks.at(T0).plus(Duration.ofMinutes(5)).size(400).price(99.0),
                Ticks.at(T0).plus(Duration.ofMinutes(5).plusMillis(1)).size(500).price(120.0));
        HorizonValues fiveMinutes = CALCULATOR.compute(history, t0(), HORIZONS, 1).horizon();
        assertThat(fiveMinutes.horizon()).isEqualTo(Duration.ofMinutes(5));
        assertThat(fiveMinutes.endTime()).isEqualTo(t0() + 5 * MINUTE);
        assertThat(fiveMinutes.price()).isEqualTo(99.0);
        assertThat(fiveMinutes.priceTime()).isEqualTo(t0() + 5 * MINUTE);
        assertThat(fiveMinutes.logReturn()).isEqualTo(StrictMath.log(99.0 / 100.0));
        assertThat(fiveMinutes.simpleReturn()).isEqualTo(StrictMath.exp(StrictMath.log(99.0 / 100.0)) - 1);
        assertThat(fiveMinutes.volume()).isEqualTo(900);
        assertThat(fiveMinutes.tickCount()).isEqualTo(3);
        assertThat(fiveMinutes.vwap()).isEqualTo((102.0 * 200 + 97.0 * 300 + 99.0 * 400) / 900);
    }

    @Test
    void shouldTakeRunUpAndDrawdownOverTheRecordsLatestHorizon() {
        PriceHistory history = ListPriceHistory.of(
                Ticks.at(T0).plus(Duration.ofMillis(-1)).price(100.0),
                Ticks.at(T0).price(102.0),
                Ticks.at(T0).plus(Duration.ofMinutes(2)).price(97.0),
                Ticks.at(T0).plus(Duration.ofMinutes(5)).price(99.0),
                Ticks.at(T0).plus(Duration.ofMinutes(6)).price(120.0));
        LegValues fiveMinutes = CALCULATOR.compute(history, t0(), HORIZONS, 1);
        assertThat(fiveMinutes.runUp()).isEqualTo(StrictMath.log(102.0 / 100.0));
        assertThat(fiveMinutes.drawdown()).isEqualTo(StrictMath.log(97.0 / 100.0));
        // DESIGN §3 takes the plain min/max of ln(p/Pref): one up-tick makes both positive.
        LegValues oneMinute = CALCULATOR.compute(history, t0(), HORIZONS, 0);
        assertThat(oneMinute.runUp()).isEqualTo(StrictMath.log(102.0 / 100.0));
        assertThat(oneMinute.drawdown()).isEqualTo(StrictMath.log(102.0 / 100.0));
    }

    @Test
    void shouldReportZerosAndNullVwapForAQuietWindow() {
        PriceHistory history = ListPriceHistory.of(Ticks.at(T0).plus(Duration.ofMinutes(-3)).price(100.0));
        LegValues leg = CALCULATOR.compute(history, t0(), HORIZONS, 2);
        assertThat(leg.runUp()).isEqualTo(0.0);
        assertThat(leg.drawdown()).isEqualTo(0.0);
        assertThat(leg.horizon().price()).isEqualTo(100.0);
        assertThat(leg.horizon().priceTime()).isEqualTo(t0() - 3 * MINUTE);
        assertThat(leg.horizon().logReturn()).isEqualTo(0.0);
        assertThat(leg.horizon().volume()).isZero();
        assertThat(leg.horizon().tickCount()).isZero();
        assertThat(leg.horizon().vwap()).isNull();

        PriceHistory zeroSize = ListPriceHistory.of(
                Ticks.at(T0).plus(Duration.ofMinutes(-3)).price(100.0), Ticks.at(T0).size(0).price(101.0));
        HorizonValues sizeless = CALCULATOR.compute(zeroSize, t0(), HORIZONS, 2).horizon();
        assertThat(sizeless.tickCount()).isEqualTo(1);
        assertThat(sizeless.vwap()).isNull();
    }

    @Test
    void shouldStartCountingAtTheNextOpenForWeekendNews() {
        long saturday = ms("2025-01-25T15:00:00Z");
        assertThat(CALCULATOR.horizonEnd(saturday, Duration.ofMinutes(1))).isEqualTo(ms("2025-01-27T14:31:00Z"));
        assertThat(CALCULATOR.horizonEnd(saturday, Duration.ofMinutes(30))).isEqualTo(ms("2025-01-27T15:00:00Z"));
        assertThat(CALCULATOR.horizonEnd(saturday, Duration.ofMinutes(390))).isEqualTo(ms("2025-01-27T21:00:00Z"));
        assertThat(CALCULATOR.dueTime(saturday, Duration.ofMinutes(30))).isEqualTo(ms("2025-01-27T15:01:00Z"));
    }

    @Test
    void shouldEndAHorizonAtTheCloseOrCarryItOverTheHalfDay() {
        assertThat(CALCULATOR.horizonEnd(ms("2025-01-27T20:30:00Z"), Duration.ofMinutes(30)))
                .isEqualTo(ms("2025-01-27T21:00:00Z"));
        assertThat(CALCULATOR.horizonEnd(ms("2024-11-29T17:30:00Z"), Duration.ofHours(1)))
                .isEqualTo(ms("2024-12-02T15:00:00Z"));
    }

    @Test
    void shouldPlaceGridPointsInTradingTime() {
        ReactionSettings shortGrid = new ReactionSettings(DEFAULTS.calendar(), HORIZONS, DEFAULTS.grace(),
                DEFAULTS.preEvent(), Duration.ofMinutes(5), 4, 3, DEFAULTS.referenceMaxAge(),
                DEFAULTS.historyRetention());
        LegCalculator calculator = new LegCalculator(shortGrid);
        long t0 = ms("2025-01-27T14:40:00Z");
        PriceHistory history = ListPriceHistory.of(
                Ticks.at("2025-01-24T20:54:00Z").price(10.0),
                Ticks.at("2025-01-24T20:59:59Z").price(11.0),
                Ticks.at("2025-01-27T14:30:00Z").price(12.0),
                Ticks.at("2025-01-27T14:39:00Z").price(13.0));
        // g_0 = 14:40Z, g_1 = 14:35Z, g_2 = Friday's close (not Monday's open), g_3 = 20:55Z, g_4 = 20:50Z.
        assertThat(calculator.compute(history, t0, HORIZONS, 0).gridPrices())
                .containsExactly(13.0, 12.0, 11.0, 10.0, null);
    }

    @Test
    void shouldRejectARevisionOutsideTheReportedHorizons() {
        PriceHistory history = ListPriceHistory.of(Ticks.at(T0).plus(Duration.ofMinutes(-3)).price(100.0));
        assertThatThrownBy(() -> CALCULATOR.compute(history, t0(), List.of(Duration.ofMinutes(390)), 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("revision 1 outside the 1 reported horizons");
    }
}
