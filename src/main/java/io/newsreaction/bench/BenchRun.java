package io.newsreaction.bench;

import io.newsreaction.avro.Headline;
import io.newsreaction.market.TradingCalendar;
import io.newsreaction.market.TradingCalendars;
import io.newsreaction.registry.RestSchemaRegistryClient;
import io.newsreaction.runtime.ReactionService;
import io.newsreaction.topology.ReactionMetrics;
import io.newsreaction.topology.ReactionSerdes;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;

/**
 * One bench run on the embedded stack: load the data, then measure the ceiling, Kafka Streams with
 * an empty topology, the app, the naive baseline and the live latency, in that order, on the same
 * data and the same machine.
 */
public final class BenchRun {
    /** How the result names a broker in the bench's own JVM. */
    public static final String BROKER_IN_PROCESS = "embedded, in the bench JVM";
    private static final String BROKER_CHILD = "embedded, in its own JVM";
    /**
     * JVM options of a broker child whose JIT stops at C1. On a 2-core machine the C2 compiler of a
     * broker keeps a core busy for minutes (thousands of hot Kafka methods, each a large
     * compilation), taking it from the app under test; a deployment's broker runs elsewhere.
     */
    public static final List<String> BROKER_C1 = List.of("-XX:TieredStopAtLevel=1");

    private final BenchOptions options;
    private final PrintStream out;

    public BenchRun(BenchOptions options, PrintStream out) {
        this.options = options;
        this.out = out;
    }

    /**
     * Runs the bench on the embedded stack started in a JVM of its own ({@link ChildStack}) with
     * {@code jvmOptions} (e.g. {@link #BROKER_C1}).
     */
    public BenchResult runOnChildStack(List<String> jvmOptions) throws Exception {
        Path workDir = Files.createTempDirectory("news-reaction-bench-");
        try {
            out.println("starting embedded Kafka and schema registry in their own JVM ...");
            try (ChildStack stack = ChildStack.start(BenchOptions.BROKER_PROPS, jvmOptions, workDir.resolve("stack.log"))) {
                out.printf("  Kafka at %s, registry at %s%n", stack.bootstrapServers(), stack.schemaRegistryUrl());
                String broker = jvmOptions.isEmpty() ? BROKER_CHILD : BROKER_CHILD + " (" + String.join(" ", jvmOptions) + ")";
                return run("", stack.bootstrapServers(), stack.schemaRegistryUrl(), broker, workDir);
            }
        } finally {
            deleteQuietly(workDir);
        }
    }

    /**
     * Runs the bench on a cluster: the embedded stack (namespace empty) or an external one (a
     * namespace unique to the run, so topics and consumer groups of earlier runs are not reused).
     */
    public BenchResult run(String namespace, String bootstrapServers, String registryUrl, String broker) throws Exception {
        Path workDir = Files.createTempDirectory("news-reaction-bench-");
        try {
            return run(namespace, bootstrapServers, registryUrl, broker, workDir);
        } finally {
            deleteQuietly(workDir);
        }
    }

    private BenchResult run(String namespace, String bootstrapServers, String registryUrl, String broker, Path workDir)
            throws Exception {
        Map<String, String> registry = Map.of("schema.registry.url", registryUrl);
        ReactionSerdes serdes = ReactionService.serdes(RestSchemaRegistryClient.fromConfig(registry), registry);
        TradingCalendar calendar = TradingCalendars.byName("XNYS");
        LoadGenerator generator = new LoadGenerator(options.spec(), calendar);
        BenchContext context = new BenchContext(namespace, bootstrapServers, registryUrl, serdes,
                options.streamsConfig(), generator.universe(), workDir, out);
        BenchTopics topics = BenchTopics.named(context.name("bench"), options.partitions(), false);
        List<Headline> headlines = generator.headlines();
        double produceSeconds = load(context, topics, generator, headlines);

        if (options.warmupTicks() > 0) {
            warmUp(context);
        }
        CeilingPhase.Result ceiling = CeilingPhase.run(context, topics.ticks(), options.appTimeout());
        FrameworkFigures framework = options.framework() ? measureFramework(context, topics) : null;
        AppFigures app = measureApp(context, topics, headlines);
        Throughput naive = options.naive() ? measureNaive(context, topics) : null;
        LatencyPhase.Result latency = options.latency() == null ? null : measureLatency(context, calendar);
        return BenchResults.of(options, broker, produceSeconds, ceiling, framework, app, naive, latency);
    }

    /**
     * The app phase's throughput, its reaction counters, where its stream threads spent the time, and
     * the state its settings make a pending reaction of the load hold.
     */
    record AppFigures(Throughput throughput, ReactionMetrics metrics, StreamThreadFigures threads, PendingFootprint footprint) {
    }

    /** The framework phase's throughput and its stream threads' figures. */
    record FrameworkFigures(Throughput throughput, StreamThreadFigures threads) {
    }

    /** Runs each app once, unmeasured, on a separate small data set: JIT compilation is not counted. */
    private void warmUp(BenchContext context) throws Exception {
        LoadSpec spec = options.warmupSpec();
        BenchTopics topics = BenchTopics.named(context.name("warmup"), options.partitions(), false);
        LoadGenerator generator = new LoadGenerator(spec, TradingCalendars.byName("XNYS"));
        long started = System.nanoTime();
        out.printf("warm-up: %,d ticks and %,d headlines through each app, not measured%n", spec.ticks(), spec.headlines());
        publish(context, topics, generator, generator.headlines());
        try (ReactionBenchApp app = new ReactionBenchApp(context, topics, context.name("warmup-app"))) {
            app.start();
            Throughput t = Throughput.measure(app, new MemoryProbe(), spec.ticks(), options.appTimeout(), out);
            out.printf("  warm-up app: %,.0f ticks/s%n", t.ticksPerSec());
        }
        if (options.framework()) {
            try (FrameworkBenchApp framework = new FrameworkBenchApp(context, topics, context.name("warmup-framework"))) {
                framework.start();
                Throughput t = Throughput.measure(framework, new MemoryProbe(), spec.ticks(), options.appTimeout(), out);
                out.printf("  warm-up framework: %,.0f ticks/s%n", t.ticksPerSec());
            }
        }
        if (options.naive()) {
            try (NaiveBenchApp naive = new NaiveBenchApp(context, topics, context.name("warmup-naive"))) {
                naive.start();
                Throughput t = Throughput.measure(naive, new MemoryProbe(), spec.ticks(), options.naiveTimeout(), out);
                out.printf("  warm-up naive: %,.0f ticks/s%n", t.ticksPerSec());
            }
        }
        out.printf("  warm-up done in %.1f s%n", (System.nanoTime() - started) / 1e9);
    }

    private double load(BenchContext context, BenchTopics topics, LoadGenerator generator, List<Headline> headlines) throws Exception {
        out.printf("producing %,d ticks (%d trading days) and %,d headlines ...%n",
                options.spec().ticks(), options.spec().tradingDays(), headlines.size());
        long start = System.nanoTime();
        publish(context, topics, generator, headlines);
        double seconds = (System.nanoTime() - start) / 1e9;
        out.printf("  produced in %.1f s%n", seconds);
        return seconds;
    }

    /** Creates the topics and produces the headlines, then every tick of {@code generator}. */
    private static void publish(BenchContext context, BenchTopics topics, LoadGenerator generator, List<Headline> headlines)
            throws Exception {
        try (Admin admin = Admin.create(context.kafkaConfig())) {
            topics.create(admin);
        }
        try (BenchLoader loader = new BenchLoader(context.kafkaConfig(), context.serdes(), 20)) {
            loader.sendHeadlines(topics.headlines(), headlines);
            TickCounter sent = TickCounter.on(context.out(), "produce: sent", generator.tickCount());
            loader.sendTicks(topics.ticks(), generator.ticks(), Long.MAX_VALUE, sent);
            loader.flush();
            sent.clear();
        }
    }

    private FrameworkFigures measureFramework(BenchContext context, BenchTopics topics) throws Exception {
        out.println("  framework: Kafka Streams with an empty topology (decode and count, exactly-once) ...");
        FrameworkBenchApp framework = new FrameworkBenchApp(context, topics, context.name("bench-framework"));
        Throughput result;
        StreamThreadFigures threads;
        try (framework) {
            framework.start();
            result = Throughput.measure(framework, new MemoryProbe(), options.spec().ticks(), options.appTimeout(), out);
            threads = framework.threadFigures();
            out.printf("  framework: %,d ticks in %.1f s; stream threads %.1f CPU-s, %s%n", result.ticksRead(), result.seconds(),
                    threads.cpuSeconds(), threads.describe());
        }
        return new FrameworkFigures(result, threads);
    }

    private AppFigures measureApp(BenchContext context, BenchTopics topics, List<Headline> headlines) throws Exception {
        out.println("  app: running the reaction topology (exactly-once) ...");
        MemoryProbe memory = new MemoryProbe();
        memory.start();
        ReactionBenchApp app = new ReactionBenchApp(context, topics, context.name("bench-app"));
        Throughput result;
        StreamThreadFigures threads;
        try (app) {
            app.start();
            result = Throughput.measure(app, memory, options.spec().ticks(), options.appTimeout(), out);
            threads = app.threadFigures();
            out.printf("  app: %,d ticks in %.1f s; stream threads %.1f CPU-s, %s%n", result.ticksRead(), result.seconds(),
                    threads.cpuSeconds(), threads.describe());
        }
        PendingFootprint footprint = PendingFootprint.of(headlines, app.settings().routing(), app.settings().reaction());
        return new AppFigures(result.withStoresOf(app.stateDir()), app.metrics(), threads, footprint);
    }

    private Throughput measureNaive(BenchContext context, BenchTopics topics) throws Exception {
        out.printf("  naive: running the DSL baseline (limit %d s) ...%n", options.naiveTimeout().toSeconds());
        MemoryProbe memory = new MemoryProbe();
        memory.start();
        NaiveBenchApp naive = new NaiveBenchApp(context, topics, context.name("bench-naive"));
        Throughput result;
        try (naive) {
            naive.start();
            result = Throughput.measure(naive, memory, options.spec().ticks(), options.naiveTimeout(), out);
            out.printf("  naive: %,d ticks in %.1f s%s%n", result.ticksRead(), result.seconds(),
                    result.completed() ? "" : " (time limit)");
        }
        return result.withStoresOf(naive.stateDir());
    }

    /** Prints the table and writes the JSON file. */
    public static void report(BenchResult result, Path file, PrintStream out) throws java.io.IOException {
        BenchReport.print(result, out);
        BenchReport.write(result, file);
        out.println("wrote " + file);
    }

    /** The live latency phase; a failure there is reported and leaves the other figures standing. */
    private LatencyPhase.Result measureLatency(BenchContext context, TradingCalendar calendar) {
        try {
            return options.latency().run(context, options.spec(), calendar, options.partitions(), options.appTimeout());
        } catch (Exception e) {
            out.println("  latency phase failed, no latency figures: " + e.getMessage());
            return null;
        }
    }

    static void deleteQuietly(Path dir) {
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (java.io.IOException e) {
            // a temp dir left behind is harmless
        }
    }
}
