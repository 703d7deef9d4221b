package io.newsreaction.query;

import io.newsreaction.topology.PriceHistoryChunks;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.common.utils.Bytes;

/**
 * Bars from this instance's active partitions of {@code price-history-store}. The store holds the
 * partition's in-session ticks (within the history retention) in arrival order; a bar's close is its
 * tick with the greatest timestamp, the later one in arrival order on a tie, as for reaction prices.
 */
final class LocalPriceHistory implements PriceQueries {
    private final LocalStoreScan<Bytes, byte[]> store;

    LocalPriceHistory(LocalStoreScan<Bytes, byte[]> store) {
        this.store = store;
    }

    @Override
    public List<PriceBar> bars(String symbol, Instant from, Instant to, Duration interval) {
        long step = interval.toMillis();
        long lo = from.toEpochMilli();
        long hi = to.toEpochMilli();
        TreeMap<Long, Bucket> buckets = new TreeMap<>();
        store.scan((key, chunk) -> {
            PriceHistoryChunks.forEachTick(key, chunk, (tickSymbol, ts, price, size) -> {
                if (ts >= lo && ts < hi && tickSymbol.equals(symbol)) {
                    buckets.computeIfAbsent(Math.floorDiv(ts, step) * step, b -> new Bucket()).add(ts, price, size);
                }
            });
            return null;
        });
        List<PriceBar> bars = new ArrayList<>(buckets.size());
        for (Map.Entry<Long, Bucket> e : buckets.entrySet()) {
            Bucket b = e.getValue();
            bars.add(new PriceBar(Instant.ofEpochMilli(e.getKey()), b.open, b.high, b.low, b.close, b.volume, b.ticks));
        }
        return bars;
    }

    /** One interval's ticks, folded as they come in arrival order. */
    private static final class Bucket {
        long firstTs = Long.MAX_VALUE;
        long lastTs = Long.MIN_VALUE;
        double open;
        double close;
        double high = Double.NEGATIVE_INFINITY;
        double low = Double.POSITIVE_INFINITY;
        long volume;
        int ticks;

        void add(long ts, double price, long size) {
            if (ts < firstTs) {
                firstTs = ts;
                open = price;
            }
            if (ts >= lastTs) {
                lastTs = ts;
                close = price;
            }
            high = Math.max(high, price);
            low = Math.min(low, price);
            volume += size;
            ticks++;
        }
    }
}
