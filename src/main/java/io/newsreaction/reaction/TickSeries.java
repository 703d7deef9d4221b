package io.newsreaction.reaction;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * One symbol's in-session ticks in memory, in three parallel arrays sorted by timestamp; ticks with
 * equal timestamps stay in the order they were added. Lookups are binary searches, so the 391 grid
 * prices of a leg cost microseconds instead of one store seek each.
 *
 * <p>Adding in timestamp order appends; an out-of-order tick (within grace) is inserted after every
 * tick with a timestamp at or before its own, which is exactly the order a replay of the same adds
 * rebuilds. Not thread-safe: one stream thread owns it.
 */
public final class TickSeries implements PriceHistory {
    private static final int INITIAL_CAPACITY = 64;

    private long[] times = new long[INITIAL_CAPACITY];
    private double[] prices = new double[INITIAL_CAPACITY];
    private long[] sizes = new long[INITIAL_CAPACITY];
    private int start;
    private int end;

    /** Adds one tick after every tick whose timestamp is at or before {@code ts}. */
    public void add(long ts, double price, long size) {
        if (end == times.length) {
            makeRoom();
        }
        int at = end;
        if (end > start && times[end - 1] > ts) {
            at = upperBound(ts);
            System.arraycopy(times, at, times, at + 1, end - at);
            System.arraycopy(prices, at, prices, at + 1, end - at);
            System.arraycopy(sizes, at, sizes, at + 1, end - at);
        }
        times[at] = ts;
        prices[at] = price;
        sizes[at] = size;
        end++;
    }

    /** Drops every tick with {@code ts < cutoff}; returns how many were dropped. */
    public int dropBefore(long cutoff) {
        int from = lowerBound(cutoff);
        int dropped = from - start;
        start = from;
        if (start == end) {
            start = 0;
            end = 0;
        }
        if (times.length > INITIAL_CAPACITY && size() < times.length / 4) {
            resize(Math.max(INITIAL_CAPACITY, size() * 2));
        }
        return dropped;
    }

    public int size() {
        return end - start;
    }

    public boolean isEmpty() {
        return end == start;
    }

    @Override
    public PricePoint lastAtOrBefore(long t) {
        return pointAt(upperBound(t) - 1);
    }

    @Override
    public PricePoint lastBefore(long t) {
        return pointAt(lowerBound(t) - 1);
    }

    @Override
    public void forEachBetween(long from, long to, Consumer<PricePoint> action) {
        if (from > to) {
            return;
        }
        for (int i = lowerBound(from), last = upperBound(to); i < last; i++) {
            action.accept(new PricePoint(times[i], prices[i], sizes[i]));
        }
    }

    /**
     * One backward walk: each time's answer lies at or before the previous one's, so it is found by
     * galloping back from there (a few steps when the times are evenly spread over the ticks).
     */
    @Override
    public List<Double> pricesAtOrBefore(long[] queryTimes) {
        List<Double> result = new ArrayList<>(queryTimes.length);
        int bound = end;
        long previous = Long.MAX_VALUE;
        for (long t : queryTimes) {
            if (t > previous) {
                throw new IllegalArgumentException("times must not increase: " + t + " after " + previous);
            }
            previous = t;
            bound = upperBoundBefore(t, bound);
            result.add(bound > start ? prices[bound - 1] : null);
        }
        return result;
    }

    /** {@link #upperBound(long)} for a {@code t} known to be below every tick from {@code bound} on. */
    private int upperBoundBefore(long t, int bound) {
        int right = bound;
        int probe = bound - 1;
        int step = 1;
        while (probe >= start && times[probe] > t) {
            right = probe;
            probe -= step;
            step <<= 1;
        }
        return upperBound(t, Math.max(probe + 1, start), right);
    }

    private PricePoint pointAt(int index) {
        return index < start ? null : new PricePoint(times[index], prices[index], sizes[index]);
    }

    /** Index of the first tick with {@code ts >= t}. */
    private int lowerBound(long t) {
        int lo = start;
        int hi = end;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (times[mid] < t) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Index of the first tick with {@code ts > t}. */
    private int upperBound(long t) {
        return upperBound(t, start, end);
    }

    /** Index of the first tick in {@code [from, to)} with {@code ts > t}, or {@code to}. */
    private int upperBound(long t, int from, int to) {
        int lo = from;
        int hi = to;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (times[mid] <= t) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Compacts the dropped prefix away when it is at least half the arrays, else doubles them. */
    private void makeRoom() {
        int live = end - start;
        if (start > 0 && start >= times.length / 2) {
            System.arraycopy(times, start, times, 0, live);
            System.arraycopy(prices, start, prices, 0, live);
            System.arraycopy(sizes, start, sizes, 0, live);
            start = 0;
            end = live;
        } else {
            resize(times.length * 2);
        }
    }

    /** Moves the live ticks to the front of new arrays of {@code capacity}. */
    private void resize(int capacity) {
        int live = end - start;
        times = Arrays.copyOfRange(times, start, start + capacity);
        prices = Arrays.copyOfRange(prices, start, start + capacity);
        sizes = Arrays.copyOfRange(sizes, start, start + capacity);
        start = 0;
        end = live;
    }
}
