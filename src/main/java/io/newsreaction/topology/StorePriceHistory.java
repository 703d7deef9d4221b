package io.newsreaction.topology;

import io.newsreaction.reaction.PriceHistory;
import io.newsreaction.reaction.PricePoint;
import java.util.function.Consumer;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/** One symbol's in-session ticks, read from the partition's price-history store. */
final class StorePriceHistory implements PriceHistory {
    private final KeyValueStore<Bytes, byte[]> store;
    private final String symbol;

    StorePriceHistory(KeyValueStore<Bytes, byte[]> store, String symbol) {
        this.store = store;
        this.symbol = symbol;
    }

    @Override
    public PricePoint lastAtOrBefore(long t) {
        return last(Keys.tickCeiling(symbol, t));
    }

    @Override
    public PricePoint lastBefore(long t) {
        if (t == Long.MIN_VALUE) {
            return null;
        }
        return last(Keys.tickCeiling(symbol, t - 1));
    }

    @Override
    public void forEachBetween(long from, long to, Consumer<PricePoint> action) {
        if (from > to) {
            return;
        }
        try (KeyValueIterator<Bytes, byte[]> it = store.range(Keys.tickFloor(symbol, from), Keys.tickCeiling(symbol, to))) {
            while (it.hasNext()) {
                action.accept(point(it.next()));
            }
        }
    }

    private PricePoint last(Bytes upperInclusive) {
        try (KeyValueIterator<Bytes, byte[]> it = store.reverseRange(Keys.tickFloor(symbol, Long.MIN_VALUE), upperInclusive)) {
            return it.hasNext() ? point(it.next()) : null;
        }
    }

    private static PricePoint point(KeyValue<Bytes, byte[]> entry) {
        return new PricePoint(Keys.tickTs(entry.key), Keys.tickPrice(entry.value), Keys.tickSize(entry.value));
    }
}
