package io.newsreaction.topology;

import io.newsreaction.market.TradingCalendar;
import io.newsreaction.market.TradingCalendars;
import io.newsreaction.reaction.LegCalculator;
import io.newsreaction.reaction.LegValues;
import io.newsreaction.reaction.PriceHistory;
import io.newsreaction.reaction.PricePoint;
import io.newsreaction.reaction.ReactionSettings;
import java.time.Duration;
import java.io.IOException;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.state.KeyValueStore;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The leg computation over six sessions of one-per-5-seconds ticks of one symbol: revision 0 (the
 * 391 grid prices) and the 6h30m revision (its window scan), once on an in-memory sorted map (the
 * calculator's own cost) and once on the RocksDB {@code price-history-store} as {@code compute-legs}
 * reads it.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class LegBenchmark {
    private static final long STEP_MS = 5_000;
    private final TradingCalendar calendar = TradingCalendars.byName("XNYS");
    private final ReactionSettings settings = ReactionSettings.defaults(calendar);
    private final LegCalculator calculator = new LegCalculator(settings);
    private TreeHistory history;
    private StorePriceHistory rocks;
    private KeyValueStore<Bytes, byte[]> store;
    private long t0;

    @Setup
    public void setUp() throws IOException {
        long start = calendar.tradingTime(Instant.parse("2025-02-03T14:30:00Z").toEpochMilli());
        long end = start + Duration.ofMinutes(390 * 6).toMillis();
        t0 = calendar.wall(start + Duration.ofMinutes(390 * 5 + 10).toMillis());
        store = BenchStores.priceHistory();
        TreeMap<Long, PricePoint> points = new TreeMap<>();
        for (long tt = start, i = 0; tt < end; tt += STEP_MS, i++) {
            long ts = calendar.wall(tt);
            double price = 100 + Math.sin(i / 50.0);
            points.put(ts, new PricePoint(ts, price, 100));
            store.put(Keys.tick("NVDA", ts, i), Keys.tickValue(price, 100));
            store.put(Keys.tick("SPY", ts, i), Keys.tickValue(price / 2, 100));
        }
        history = new TreeHistory(points);
        rocks = new StorePriceHistory(store, "NVDA");
    }

    @Benchmark
    public LegValues computeFirstRevision() {
        return calculator.compute(history, t0, settings.horizons(), 0);
    }

    @Benchmark
    public LegValues computeLastRevision() {
        return calculator.compute(history, t0, settings.horizons(), settings.horizons().size() - 1);
    }

    @Benchmark
    public LegValues computeFirstRevisionOnRocksDb() {
        return calculator.compute(rocks, t0, settings.horizons(), 0);
    }

    @Benchmark
    public LegValues computeLastRevisionOnRocksDb() {
        return calculator.compute(rocks, t0, settings.horizons(), settings.horizons().size() - 1);
    }

    @TearDown
    public void tearDown() {
        store.close();
    }

    /** A price history over a sorted map: O(log n) lookups, so the benchmark shows the calculator's own cost. */
    private static final class TreeHistory implements PriceHistory {
        private final TreeMap<Long, PricePoint> points;

        TreeHistory(TreeMap<Long, PricePoint> points) {
            this.points = points;
        }

        @Override
        public PricePoint lastAtOrBefore(long t) {
            Map.Entry<Long, PricePoint> e = points.floorEntry(t);
            return e == null ? null : e.getValue();
        }

        @Override
        public PricePoint lastBefore(long t) {
            Map.Entry<Long, PricePoint> e = points.lowerEntry(t);
            return e == null ? null : e.getValue();
        }

        @Override
        public void forEachBetween(long from, long to, Consumer<PricePoint> action) {
            points.subMap(from, true, to, true).values().forEach(action);
        }
    }
}
