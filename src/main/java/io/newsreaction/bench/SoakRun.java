package io.newsreaction.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.newsreaction.avro.Headline;
import io.newsreaction.avro.Tick;
import io.newsreaction.market.TradingCalendar;
import io.newsreaction.market.TradingCalendars;
import io.newsreaction.registry.RestSchemaRegistryClient;
import io.newsreaction.runtime.ReactionService;
import io.newsreaction.topology.ReactionSerdes;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;
import org.apache.kafka.clients.admin.Admin;

/**
 * A soak: a steady live feed (ticks at a fixed rate, headlines among them in publication order)
 * into the reaction app for a set duration, sampled every minute: heap left after a full GC,
 * state bytes per store, Streams' average commit latency, and, once the feed has ended, the emit
 * latency of the reactions each minute's ticks triggered. Flat series are the target: state bounded
 * by retention, no heap growth, no creeping commit time or latency.
 */
public final class SoakRun {
    private static final Duration SAMPLE_EVERY = Duration.ofMinutes(1);
    private static final Duration DRAIN_LIMIT = Duration.ofMinutes(10);

    private final SoakOptions options;
    private final PrintStream out;

    public SoakRun(SoakOptions options, PrintStream out) {
        this.options = options;
        this.out = out;
    }

    /** One minute of the soak. Latencies are NaN until the feed has ended (and for a minute without reactions). */
    public record Sample(int minute, long ticksSent, long heapAfterGcBytes, Map<String, Long> stateBytes,
            double commitLatencyAvgMs, long reactions, double emitP50Ms, double emitP99Ms) {
    }

    /** Runs the soak against a cluster and registry, in namespace {@code namespace}; returns the series. */
    public List<Sample> run(String namespace, String bootstrapServers, String registryUrl) throws Exception {
        Path workDir = Files.createTempDirectory("news-reaction-soak-");
        try {
            Map<String, String> registry = Map.of("schema.registry.url", registryUrl);
            ReactionSerdes serdes = ReactionService.serdes(RestSchemaRegistryClient.fromConfig(registry), registry);
            TradingCalendar calendar = TradingCalendars.byName("XNYS");
            LoadGenerator generator = new LoadGenerator(options.loadSpec(), calendar);
            BenchContext context = new BenchContext(namespace, bootstrapServers, registryUrl, serdes,
                    options.streamsConfig(), generator.universe(), workDir, out);
            BenchTopics topics = BenchTopics.named(context.name("soak"), options.partitions(), true);
            try (Admin admin = Admin.create(context.kafkaConfig())) {
                topics.create(admin);
            }
            return soak(context, topics, generator);
        } finally {
            BenchRun.deleteQuietly(workDir);
        }
    }

    private List<Sample> soak(BenchContext context, BenchTopics topics, LoadGenerator generator) throws Exception {
        long from = generator.tradingTimeOf(0);
        List<Headline> headlines = generator.headlines(options.headlineCount(), from,
                from + (generator.tradingEnd() - from) * 9 / 10);
        List<Sample> samples = new ArrayList<>();
        List<long[]> minutes = new ArrayList<>();
        try (ReactionBenchApp app = new ReactionBenchApp(context, topics, context.name("soak-app"));
             BenchLoader loader = new BenchLoader(context.kafkaConfig(), context.serdes(), 5)) {
            app.start();
            out.printf("soak: %s at %,d ticks/s, %,d headlines, %d symbols, %d trading sessions%n", options.duration(),
                    options.ticksPerSecond(), headlines.size(), options.loadSpec().symbols(), options.loadSpec().tradingDays());
            out.println("  minute  ticks sent  heap after GC  state bytes  commit avg ms");
            Iterator<Tick> ticks = generator.ticks();
            Iterator<Headline> news = headlines.iterator();
            Headline nextHeadline = news.hasNext() ? news.next() : null;
            long start = System.nanoTime();
            long sent = 0;
            long minuteStartMs = System.currentTimeMillis();
            long nextSample = start + SAMPLE_EVERY.toNanos();
            while (ticks.hasNext()) {
                Tick tick = ticks.next();
                while (nextHeadline != null && !nextHeadline.getPublishedAt().isAfter(tick.getTs())) {
                    loader.sendHeadlines(topics.headlines(), List.of(nextHeadline));
                    nextHeadline = news.hasNext() ? news.next() : null;
                }
                LockSupport.parkNanos(start + sent * 1_000_000_000L / options.ticksPerSecond() - System.nanoTime());
                loader.sendTick(topics.ticks(), tick);
                sent++;
                if (System.nanoTime() >= nextSample || !ticks.hasNext()) {
                    loader.flush();
                    long nowMs = System.currentTimeMillis();
                    Sample sample = sample(app, samples.size() + 1, sent);
                    samples.add(sample);
                    minutes.add(new long[] {minuteStartMs, nowMs});
                    print(sample);
                    minuteStartMs = nowMs;
                    nextSample += SAMPLE_EVERY.toNanos();
                }
            }
            if (!new DrainWatch(app, new MemoryProbe(), out).await(sent, DRAIN_LIMIT).drained()) {
                out.println("  the app did not drain within " + DRAIN_LIMIT + " of the feed's end");
            }
            return withLatencies(samples, minutes, new LatencyReader(context, topics, app.settings().reaction()));
        }
    }

    private static Sample sample(ReactionBenchApp app, int minute, long sent) throws IOException {
        System.gc();
        long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        return new Sample(minute, sent, heap, MemoryProbe.storeBytes(app.stateDir()),
                app.threadFigures().commitLatencyMs(), app.metrics().provisionalReactions() + app.metrics().finalReactions(),
                Double.NaN, Double.NaN);
    }

    private static List<Sample> withLatencies(List<Sample> samples, List<long[]> minutes, LatencyReader reader) {
        List<Sample> out = new ArrayList<>();
        for (int i = 0; i < samples.size(); i++) {
            Sample s = samples.get(i);
            long[] latencies = reader.latencies(minutes.get(i)[0], minutes.get(i)[1]);
            out.add(new Sample(s.minute(), s.ticksSent(), s.heapAfterGcBytes(), s.stateBytes(), s.commitLatencyAvgMs(),
                    s.reactions(), LatencyPhase.percentile(latencies, 0.50), LatencyPhase.percentile(latencies, 0.99)));
        }
        return out;
    }

    private void print(Sample s) {
        long state = s.stateBytes().values().stream().mapToLong(Long::longValue).sum();
        out.printf("  %6d  %,10d  %,10d KiB  %,8d KiB  %13.1f%n", s.minute(), s.ticksSent(), s.heapAfterGcBytes() / 1024,
                state / 1024, s.commitLatencyAvgMs());
    }

    /** Prints the whole series with latencies and writes it as JSON to {@code file}. */
    public static void report(List<Sample> samples, Path file, PrintStream out) throws IOException {
        out.println("  minute  heap after GC  state bytes  commit avg ms  reactions  emit p50 / p99 ms");
        for (Sample s : samples) {
            long state = s.stateBytes().values().stream().mapToLong(Long::longValue).sum();
            out.printf("  %6d  %,10d KiB  %,8d KiB  %13.1f  %,9d  %,.0f / %,.0f%n", s.minute(), s.heapAfterGcBytes() / 1024,
                    state / 1024, s.commitLatencyAvgMs(), s.reactions(), s.emitP50Ms(), s.emitP99Ms());
        }
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), Map.of("soak", samples));
        out.println("wrote " + file);
    }
}
