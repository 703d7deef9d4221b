package io.newsreaction.reaction;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Read view of one symbol's in-session ticks, ordered by timestamp and, for equal timestamps, by
 * input order. Implemented over a state store by the topology and over a list in tests.
 */
public interface PriceHistory {

    /** The last tick with {@code ts <= t} (ties: the later in input order), or null. */
    PricePoint lastAtOrBefore(long t);

    /** The last tick with {@code ts < t} (ties: the later in input order), or null. */
    PricePoint lastBefore(long t);

    /** Every tick with {@code from <= ts <= to}, in order. */
    void forEachBetween(long from, long to, Consumer<PricePoint> action);

    /**
     * For each of {@code times}, given in non-increasing order, the price of {@link #lastAtOrBefore}
     * it, or null where there is none: the market-model grid in one call, so an implementation can
     * walk its ticks once instead of searching them from scratch for every grid point.
     */
    default List<Double> pricesAtOrBefore(long[] times) {
        List<Double> prices = new ArrayList<>(times.length);
        for (long t : times) {
            PricePoint point = lastAtOrBefore(t);
            prices.add(point == null ? null : point.price());
        }
        return prices;
    }
}
