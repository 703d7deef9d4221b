package io.newsreaction.reaction;

import io.newsreaction.market.TradingCalendar;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Computes one symbol's leg of a reaction from its in-session price history, exactly as DESIGN §3
 * defines the reference, horizon ends, returns, volume, pre-event return, run-up and drawdown, and
 * the market-model grid prices. Pure: no clock, no Kafka.
 */
public final class LegCalculator {

    private final ReactionSettings settings;
    private final TradingCalendar calendar;
    private final List<Duration> dayHorizons;

    public LegCalculator(ReactionSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.calendar = settings.calendar();
        List<Duration> day = new ArrayList<>();
        for (Duration h : settings.horizons()) {
            if (h.compareTo(ReactionSettings.ONE_SESSION) >= 0) {
                day.add(h);
            }
        }
        this.dayHorizons = List.copyOf(day);
    }

    /** {@code t0}: the publication instant, or for DAY precision the open of that date's session (or the next). */
    public long anchor(long publishedAt, boolean dayPrecision) {
        if (!dayPrecision) {
            return publishedAt;
        }
        LocalDate date = Instant.ofEpochMilli(publishedAt).atZone(calendar.zone()).toLocalDate();
        return calendar.sessionOpen(date);
    }

    /** The horizons reported for a headline: all of them, or for DAY precision those of at least one session. */
    public List<Duration> reportedHorizons(boolean dayPrecision) {
        return dayPrecision ? dayHorizons : settings.horizons();
    }

    /** {@code end_h = wall(tt(t0) + h)}. */
    public long horizonEnd(long t0, Duration h) {
        return calendar.wall(calendar.tradingTime(t0) + h.toMillis());
    }

    /** The tick time at which horizon {@code h} is due: {@code end_h + grace}. */
    public long dueTime(long t0, Duration h) {
        return horizonEnd(t0, h) + settings.grace().toMillis();
    }


    /**
     * The leg for revision {@code revision}, i.e. horizon {@code reported.get(revision)}. Run-up and
     * drawdown cover {@code [t0, end]} of that horizon; grid prices are filled on revision 0 only.
     */
    public LegValues compute(PriceHistory history, long t0, List<Duration> reported, int revision) {
        if (revision < 0 || revision >= reported.size()) {
            throw new IllegalArgumentException("revision " + revision + " outside the "
                    + reported.size() + " reported horizons " + reported);
        }
        PricePoint reference = reference(history, t0);
        if (reference == null) {
            return LegValues.noReferenceLeg();
        }
        double pref = reference.price();
        Duration h = reported.get(revision);
        long end = horizonEnd(t0, h);
        WindowStats window = WindowStats.over(history, t0, end, pref);
        HorizonValues horizon = horizonValues(history, h, end, pref, window);
        List<Double> grid = revision == 0 ? gridPrices(history, t0) : List.of();
        return new LegValues(false, pref, reference.ts(), preEventReturn(history, t0, pref),
                window.runUp(), window.drawdown(), horizon, grid);
    }

    /** The last tick strictly before {@code t0}, if it is at most the reference max age old in trading time. */
    PricePoint reference(PriceHistory history, long t0) {
        PricePoint last = history.lastBefore(t0);
        if (last == null) {
            return null;
        }
        long age = calendar.tradingTime(t0) - calendar.tradingTime(last.ts());
        return age <= settings.referenceMaxAge().toMillis() ? last : null;
    }

    private HorizonValues horizonValues(PriceHistory history, Duration h, long end, double pref, WindowStats window) {
        // Never null: the reference tick itself precedes t0 <= end.
        PricePoint last = history.lastAtOrBefore(end);
        double logReturn = StrictMath.log(last.price() / pref);
        double simpleReturn = StrictMath.exp(logReturn) - 1;
        return new HorizonValues(h, end, last.price(), last.ts(), logReturn, simpleReturn,
                window.volume(), window.vwap(), window.tickCount());
    }

    private Double preEventReturn(PriceHistory history, long t0, double pref) {
        long at = calendar.wall(calendar.tradingTime(t0) - settings.preEvent().toMillis());
        PricePoint before = history.lastAtOrBefore(at);
        return before == null ? null : StrictMath.log(pref / before.price());
    }

    private List<Double> gridPrices(PriceHistory history, long t0) {
        int length = settings.estimationLength();
        long tradingT0 = calendar.tradingTime(t0);
        long step = settings.estimationInterval().toMillis();
        long[] times = new long[length + 1];
        for (int k = 0; k <= length; k++) {
            // g_k = wall(tt(t0) - k·Δ), with t0's trading time computed once for the whole grid
            times[k] = calendar.wall(tradingT0 - k * step);
        }
        return history.pricesAtOrBefore(times);
    }
}
