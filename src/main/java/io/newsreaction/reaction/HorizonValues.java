package io.newsreaction.reaction;

import java.time.Duration;
import java.util.Objects;

/**
 * One symbol's own values at one horizon (DESIGN §3): the price at the horizon end, the returns
 * against the reference price, and the traded volume over {@code [t0, endTime]}.
 *
 * @param horizon      the horizon, in trading time
 * @param endTime      {@code end_h = wall(tt(t0) + h)}
 * @param price        {@code P(end_h)}
 * @param priceTime    timestamp of the tick that gave {@code price}
 * @param logReturn    {@code R_h = ln(P(end_h) / Pref)}
 * @param simpleReturn {@code exp(R_h) - 1}
 * @param volume       summed size of the ticks with {@code t0 <= ts <= end_h}
 * @param vwap         volume-weighted average price of those ticks, null when volume is 0
 * @param tickCount    number of those ticks
 */
public record HorizonValues(
        Duration horizon,
        long endTime,
        double price,
        long priceTime,
        double logReturn,
        double simpleReturn,
        long volume,
        Double vwap,
        long tickCount) {

    public HorizonValues {
        Objects.requireNonNull(horizon, "horizon");
    }
}
