package io.newsreaction.bench;

import io.newsreaction.avro.Headline;
import io.newsreaction.avro.Tick;
import io.newsreaction.market.TradingCalendar;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import org.apache.kafka.clients.admin.Admin;

/**
 * Emit latency on a live feed: a separate data set on LogAppendTime topics. A warm-up (history
 * for references and the estimation window, and headlines published in the live part) is loaded
 * and processed first; then ticks are produced at a fixed rate while the app runs. Each reaction's
 * latency is its append time minus the append time of the tick that made its horizon due on the
 * symbol's (or, when later, the benchmark's) stage-1 partition. Reactions triggered by the first
 * {@code unmeasuredLiveTicks} live ticks are not counted: the catch-up on the loaded history runs
 * large batches, and the live path (small fetches, small transactions) is compiled by the JIT only
 * once the feed is live, which on a 2-core machine stalls the first seconds of the feed.
 *
 * @param warmTicks   ticks loaded before the live part
 * @param unmeasuredLiveTicks first live ticks whose reactions are not counted
 * @param liveTicks   ticks produced at {@code rate}, the unmeasured ones included
 * @param rate        live ticks per second
 * @param headlines   headlines published in the first 60 % of the live part
 * @param ticksPerDay tick density (sets how much trading time the live part covers)
 */
record LatencyPhase(long warmTicks, long unmeasuredLiveTicks, long liveTicks, int rate, int headlines, long ticksPerDay) {

    LatencyPhase {
        if (unmeasuredLiveTicks < 0 || unmeasuredLiveTicks >= liveTicks) {
            throw new IllegalArgumentException("unmeasured live ticks must be in [0, " + liveTicks + "): " + unmeasuredLiveTicks);
        }
    }

    /** Percentiles of one latency run, and the app's stream threads during the live feed. */
    record Result(double p50Ms, double p99Ms, double maxMs, int samples, double liveTicksPerSec, StreamThreadFigures liveThreads) {
    }

    Result run(BenchContext context, LoadSpec base, TradingCalendar calendar, int partitions, Duration timeout) throws Exception {
        BenchTopics topics = BenchTopics.named(context.name("bench-live"), partitions, true);
        try (Admin admin = Admin.create(context.kafkaConfig())) {
            topics.create(admin);
        }
        LoadGenerator generator = new LoadGenerator(
                new LoadSpec(base.symbols(), warmTicks + liveTicks, 0, base.seed() + 1, ticksPerDay), calendar);
        long liveFrom = generator.tradingTimeOf(warmTicks);
        long liveSpan = generator.tradingEnd() - liveFrom;
        List<Headline> news = generator.headlines(headlines, liveFrom, liveFrom + liveSpan * 6 / 10);
        context.out().printf("  latency: %,d live ticks at %,d/s after a warm-up of %,d ticks and %,d headlines ...%n",
                liveTicks, rate, warmTicks, news.size());
        Iterator<Tick> ticks = generator.ticks();
        try (BenchLoader loader = new BenchLoader(context.kafkaConfig(), context.serdes(), 20)) {
            TickCounter loaded = TickCounter.on(context.out(), "latency: loaded", warmTicks);
            loader.sendTicks(topics.ticks(), ticks, warmTicks, loaded);
            loader.sendHeadlines(topics.headlines(), news);
            loader.flush();
            loaded.clear();
        }
        try (ReactionBenchApp app = new ReactionBenchApp(context, topics, context.name("bench-live-app"))) {
            app.start();
            context.out().printf("  latency: warm-up of %,d ticks and %,d headlines loaded, processing%n", warmTicks, news.size());
            requireDrained(app, warmTicks, timeout, context);
            StreamThreadFigures warm = app.threadFigures();
            LiveFeed feed = produceLive(context, topics, ticks);
            requireDrained(app, warmTicks + liveTicks, timeout, context);
            StreamThreadFigures live = app.threadFigures().since(warm);
            LatencyReader reader = new LatencyReader(context, topics, app.settings().reaction());
            long[] latencies = reader.latencies(feed.measuredFromMs());
            Result result = new Result(percentile(latencies, 0.50), percentile(latencies, 0.99),
                    latencies.length == 0 ? Double.NaN : latencies[latencies.length - 1], latencies.length, feed.ticksPerSec(), live);
            context.out().printf("  latency: p50 %,.0f ms, p99 %,.0f ms, max %,.0f ms over %,d reactions; live feed %,.0f ticks/s%n",
                    result.p50Ms(), result.p99Ms(), result.maxMs(), result.samples(), result.liveTicksPerSec());
            return result;
        }
    }

    /** The live feed's rate, and the wall-clock time from which triggering ticks are measured. */
    private record LiveFeed(double ticksPerSec, long measuredFromMs) {
    }

    private LiveFeed produceLive(BenchContext context, BenchTopics topics, Iterator<Tick> ticks) {
        context.out().printf("  latency: producing %,d live ticks at %,d/s, the first %,d not measured%n", liveTicks, rate,
                unmeasuredLiveTicks);
        long start = System.nanoTime();
        long sent = 0;
        // Compared with the broker's LogAppendTime of the triggering ticks (same host clock).
        long measuredFromMs = Long.MAX_VALUE;
        TickCounter live = TickCounter.on(context.out(), "latency: sent", liveTicks);
        try (BenchLoader loader = new BenchLoader(context.kafkaConfig(), context.serdes(), 0)) {
            while (ticks.hasNext()) {
                long due = start + sent * 1_000_000_000L / rate;
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    LockSupport.parkNanos(wait);
                }
                if (sent == unmeasuredLiveTicks) {
                    measuredFromMs = System.currentTimeMillis();
                }
                loader.sendTick(topics.ticks(), ticks.next());
                live.accept(++sent);
            }
            loader.flush();
        }
        live.clear();
        return new LiveFeed(sent / ((System.nanoTime() - start) / 1e9), measuredFromMs);
    }

    /** Waits until {@code app} has read {@code ticks} in all and drained. */
    private static void requireDrained(ReactionBenchApp app, long ticks, Duration timeout, BenchContext context)
            throws InterruptedException {
        if (!new DrainWatch(app, new MemoryProbe(), context.out()).await(ticks, timeout).drained()) {
            throw new IllegalStateException("latency phase: the app did not drain within " + timeout);
        }
    }

    /** Nearest-rank percentile of sorted milliseconds. */
    static double percentile(long[] sorted, double q) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(q * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }
}
