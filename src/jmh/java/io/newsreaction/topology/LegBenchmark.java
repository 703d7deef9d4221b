package io.newsreaction.topology;

import io.newsreaction.market.TradingCalendar;
import io.newsreaction.market.TradingCalendars;
import io.newsreaction.reaction.LegCalculator;
import io.newsreaction.reaction.LegValues;
import io.newsreaction.reaction.ReactionSettings;
import io.newsreaction.reaction.TickSeries;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The leg computation over six sessions of one-per-5-seconds ticks of one symbol: revision 0 (the
 * 391 grid prices) and the 6h30m revision (its window scan), on the in-memory {@link TickSeries}
 * that {@code compute-legs} reads.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class LegBenchmark {
    private static final long STEP_MS = 5_000;
    private final TradingCalendar calendar = TradingCalendars.byName("XNYS");
    private final ReactionSettings settings = ReactionSettings.defaults(calendar);
    private final LegCalculator calculator = new LegCalculator(settings);
    private final TickSeries history = new TickSeries();
    private long t0;

    @Setup
    public void setUp() {
        long start = calendar.tradingTime(Instant.parse("2025-02-03T14:30:00Z").toEpochMilli());
        long end = start + Duration.ofMinutes(390 * 6).toMillis();
        t0 = calendar.wall(start + Duration.ofMinutes(390 * 5 + 10).toMillis());
        for (long tt = start, i = 0; tt < end; tt += STEP_MS, i++) {
            history.add(calendar.wall(tt), 100 + Math.sin(i / 50.0), 100);
        }
    }

    @Benchmark
    public LegValues computeFirstRevision() {
        return calculator.compute(history, t0, settings.horizons(), 0);
    }

    @Benchmark
    public LegValues computeLastRevision() {
        return calculator.compute(history, t0, settings.horizons(), settings.horizons().size() - 1);
    }
}
