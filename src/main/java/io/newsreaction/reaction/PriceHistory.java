package io.newsreaction.reaction;

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
}
