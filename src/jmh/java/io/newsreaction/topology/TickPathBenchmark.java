package io.newsreaction.topology;

import io.newsreaction.avro.Tick;
import io.newsreaction.market.TradingCalendar;
import io.newsreaction.market.TradingCalendars;
import io.newsreaction.reaction.ReactionSettings;
import io.newsreaction.routing.RoutingSettings;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The price-history update: one in-session tick through the real topology in a
 * {@code TopologyTestDriver} (RocksDB stores, no broker), i.e. validation, the
 * {@code price-history-store} write, tick time and the due-leg check.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class TickPathBenchmark {
    private static final int SYMBOLS = 50;
    private TopologyFixture fixture;
    private TradingCalendar calendar;
    private long tradingStart;
    private long index;

    @Setup
    public void setUp() {
        calendar = TradingCalendars.byName("XNYS");
        fixture = new TopologyFixture(ReactionSettings.defaults(calendar), RoutingSettings.defaults());
        tradingStart = calendar.tradingTime(Instant.parse("2025-02-03T14:30:00Z").toEpochMilli());
    }

    @Benchmark
    public void pipeTick() {
        long i = index++;
        long ts = calendar.wall(tradingStart + i * 200);
        String symbol = "S" + (i % SYMBOLS);
        fixture.pipe(List.of(new Tick(symbol, Instant.ofEpochMilli(ts), 100.0 + (i % 7), 100L, null)));
    }

    @TearDown
    public void tearDown() {
        fixture.close();
    }
}
