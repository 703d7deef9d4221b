package io.newsreaction.topology;

import io.newsreaction.avro.HeadlineKind;
import io.newsreaction.avro.Leg;
import io.newsreaction.avro.LegRequest;
import io.newsreaction.avro.RoutedSymbol;
import io.newsreaction.avro.TimePrecision;
import io.newsreaction.market.TradingCalendar;
import io.newsreaction.market.TradingCalendars;
import io.newsreaction.reaction.LegCalculator;
import io.newsreaction.reaction.LegValues;
import io.newsreaction.reaction.ReactionSettings;
import io.newsreaction.reaction.TickSeries;
import io.newsreaction.serde.InternalAvroSerde;
import java.time.Duration;
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

/**
 * The leg computation over six sessions of one-per-5-seconds ticks of one symbol: revision 0 (the
 * 391 grid prices) and the 6h30m revision (its window scan), on the in-memory {@link TickSeries}
 * that {@code compute-legs} reads; and the internal Avro encoding of a revision-0 leg, which stage 1
 * writes to {@code legs} and stage 2 reads from it.
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
    private final InternalAvroSerde<Leg> legSerde = new InternalAvroSerde<>(Leg.class);
    private long t0;
    private Leg firstLeg;
    private byte[] firstLegBytes;

    @Setup
    public void setUp() {
        long start = calendar.tradingTime(Instant.parse("2025-02-03T14:30:00Z").toEpochMilli());
        long end = start + Duration.ofMinutes(390 * 6).toMillis();
        t0 = calendar.wall(start + Duration.ofMinutes(390 * 5 + 10).toMillis());
        for (long tt = start, i = 0; tt < end; tt += STEP_MS, i++) {
            history.add(calendar.wall(tt), 100 + Math.sin(i / 50.0), 100);
        }
        LegRequest request = new LegRequest("h-1", "NVDA", HeadlineKind.ANALYST_NOTE, "an analyst",
                "NVIDIA price target cut after DeepSeek", Instant.ofEpochMilli(t0), TimePrecision.SECOND, Instant.ofEpochMilli(t0),
                List.of(new RoutedSymbol("NVDA", "SMH"), new RoutedSymbol("AMD", "SMH")), 0);
        firstLeg = LegMapper.toLeg(request, 0, computeFirstRevision());
        firstLegBytes = legSerde.serializer().serialize(null, firstLeg);
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
    public byte[] encodeFirstRevisionLeg() {
        return legSerde.serializer().serialize(null, firstLeg);
    }

    @Benchmark
    public Leg decodeFirstRevisionLeg() {
        return legSerde.deserializer().deserialize(null, firstLegBytes);
    }
}
