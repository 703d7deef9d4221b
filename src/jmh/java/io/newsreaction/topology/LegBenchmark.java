package io.newsreaction.topology;

import io.newsreaction.avro.Headline;
import io.newsreaction.avro.HeadlineKind;
import io.newsreaction.avro.Tick;
import io.newsreaction.avro.TimePrecision;
import io.newsreaction.market.TradingCalendar;
import io.newsreaction.market.TradingCalendars;
import io.newsreaction.reaction.LegCalculator;
import io.newsreaction.reaction.LegValues;
import io.newsreaction.reaction.PriceHistory;
import io.newsreaction.reaction.PricePoint;
import io.newsreaction.reaction.ReactionSettings;
import io.newsreaction.routing.RoutingSettings;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The leg computation: pure {@link LegCalculator} over five sessions of one-per-5-seconds ticks
 * (revision 0 with the 391 grid prices, and the 6h30m revision with its window scan), and the
 * same through the real topology: a back-filled headline on NVDA whose seven horizons are all due,
 * so 14 legs (NVDA and SPY) and 7 reactions are computed from the RocksDB price history.
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
    private TopologyFixture fixture;
    private long t0;
    private int headline;

    @Setup
    public void setUp() {
        long start = calendar.tradingTime(Instant.parse("2025-02-03T14:30:00Z").toEpochMilli());
        long end = start + Duration.ofMinutes(390 * 6).toMillis();
        t0 = calendar.wall(start + Duration.ofMinutes(390 * 5 + 10).toMillis());
        List<Tick> ticks = new ArrayList<>();
        TreeMap<Long, PricePoint> points = new TreeMap<>();
        for (long tt = start, i = 0; tt < end; tt += STEP_MS, i++) {
            long ts = calendar.wall(tt);
            double price = 100 + Math.sin(i / 50.0);
            points.put(ts, new PricePoint(ts, price, 100));
            ticks.add(new Tick("NVDA", Instant.ofEpochMilli(ts), price, 100L, null));
            ticks.add(new Tick("SPY", Instant.ofEpochMilli(ts), price / 2, 100L, null));
        }
        history = new TreeHistory(points);
        fixture = new TopologyFixture(settings, RoutingSettings.defaults());
        fixture.pipe(ticks);
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
    public int backfilledHeadlineThroughTopology() {
        Headline h = Headline.newBuilder().setId("h" + headline++).setPublishedAt(Instant.ofEpochMilli(t0))
                .setTimePrecision(TimePrecision.SECOND).setSource("jmh").setKind(HeadlineKind.MEDIA).setActor(null)
                .setTitle("bench").setTickers(List.of("NVDA")).setEntities(List.of()).setUrl(null).build();
        fixture.pipe(List.of(h));
        return fixture.output().size();
    }

    @TearDown
    public void tearDown() {
        fixture.close();
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
