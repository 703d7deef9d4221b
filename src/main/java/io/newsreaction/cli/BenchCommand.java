package io.newsreaction.cli;

import io.newsreaction.bench.BenchOptions;
import io.newsreaction.bench.BenchResult;
import io.newsreaction.bench.BenchRun;
import io.newsreaction.bench.LoadSpec;
import io.newsreaction.bench.SoakOptions;
import io.newsreaction.bench.SoakRun;
import io.newsreaction.embedded.EmbeddedStack;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code bench}: throughput against a ceiling, Kafka Streams alone and a naive baseline, emit
 * latency and memory, on the embedded stack.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Generate a deterministic load, then measure on the embedded Kafka: the ceiling (plain consumer), "
                + "Kafka Streams alone (an empty topology, exactly-once), the reaction app (exactly-once), "
                + "a naive DSL baseline, emit latency and memory. Prints a table and "
                + "writes the figures as JSON.")
public final class BenchCommand implements Callable<Integer> {

    @Option(names = "--quick", description = "About 1,000,000 ticks and 1,000 headlines")
    boolean quick;

    @Option(names = "--symbols", paramLabel = "N", defaultValue = "500", description =
            "Symbols, 4 benchmark ETFs included (default: ${DEFAULT-VALUE})")
    int symbols;

    @Option(names = "--ticks", paramLabel = "N", description = "Ticks (default: 5,000,000; --quick: 1,000,000)")
    Long ticks;

    @Option(names = "--headlines", paramLabel = "N", description = "Headlines (default: 5,000; --quick: 1,000)")
    Integer headlines;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "42", description = "Seed of the load generator (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--ticks-per-day", paramLabel = "N", defaultValue = "100000", description =
            "Tick density per trading session (default: ${DEFAULT-VALUE})")
    long ticksPerDay;

    @Option(names = "--partitions", paramLabel = "N", defaultValue = "4", description =
            "Partitions of the bench topics (default: ${DEFAULT-VALUE})")
    int partitions;

    @Option(names = "--streams-config", paramLabel = "KEY=VALUE", description = "Kafka Streams setting for both apps (repeatable)")
    Map<String, String> streamsConfig = new LinkedHashMap<>();

    @Option(names = "--no-framework", description = "Skip the framework phase (Kafka Streams with an empty topology)")
    boolean noFramework;

    @Option(names = "--no-naive", description = "Skip the naive baseline")
    boolean noNaive;

    @Option(names = "--no-latency", description = "Skip the live latency phase")
    boolean noLatency;

    @Option(names = "--naive-limit", paramLabel = "DURATION", defaultValue = "PT3M", description =
            "Time limit of the naive phase (default: ${DEFAULT-VALUE})")
    Duration naiveLimit;

    @Option(names = "--timeout", paramLabel = "DURATION", defaultValue = "PT20M", description =
            "Longest wait for the app to drain (default: ${DEFAULT-VALUE})")
    Duration timeout;

    @Option(names = "--warmup", paramLabel = "N", defaultValue = "100000",
            description = "Ticks of an unmeasured warm-up run of each app before the measured runs, 0 for none (default: ${DEFAULT-VALUE})")
    long warmup;

    @Option(names = "--out", paramLabel = "FILE", defaultValue = "bench-result.json", description =
            "JSON result file (default: ${DEFAULT-VALUE})")
    Path out;

    @Option(names = "--bootstrap-server", paramLabel = "HOST:PORT[,…]",
            description = "Run against this Kafka cluster (PLAINTEXT) instead of the embedded one; needs --schema-registry-url. "
                    + "Topics and groups get a namespace unique to the run.")
    String bootstrapServers;

    @Option(names = "--schema-registry-url", paramLabel = "URL", description = "Confluent-compatible schema registry of --bootstrap-server")
    String registryUrl;

    @Option(names = "--broker-jvm", paramLabel = "shared|own|own-c1", defaultValue = "shared",
            description = "Where the embedded broker runs: in the bench JVM, in a JVM of its own started as a child process, "
                    + "or in its own JVM with the JIT stopped at C1, so the broker's C2 compilations do not take a core "
                    + "from the app (default: ${DEFAULT-VALUE})")
    String brokerJvm;

    @Option(names = "--soak", paramLabel = "DURATION",
            description = "Instead of the bench phases, a soak: a steady live feed for DURATION (e.g. PT30M), sampled every "
                    + "minute (heap after GC, state bytes per store, commit time, emit latency)")
    Duration soak;

    @Option(names = "--soak-rate", paramLabel = "N", defaultValue = "200", description =
            "Ticks per second of the soak feed (default: ${DEFAULT-VALUE})")
    int soakRate;

    @Option(names = "--soak-headlines", paramLabel = "N", defaultValue = "30", description =
            "Headlines per minute of the soak feed (default: ${DEFAULT-VALUE})")
    int soakHeadlines;

    @Spec
    CommandSpec commandSpec;

    @Override
    public Integer call() throws Exception {
        PrintStream stdout = System.out;
        LoadSpec spec = new LoadSpec(symbols,
                ticks != null ? ticks : quick ? LoadSpec.QUICK_TICKS : LoadSpec.DEFAULT_TICKS,
                headlines != null ? headlines : quick ? LoadSpec.QUICK_HEADLINES : LoadSpec.DEFAULT_HEADLINES,
                seed, ticksPerDay);
        BenchOptions options = new BenchOptions(spec, partitions, streamsConfig, !noFramework, !noNaive,
                noLatency ? null : BenchOptions.defaultLatency(), timeout, naiveLimit, warmup, out);
        if ((bootstrapServers == null) != (registryUrl == null)) {
            throw new ParameterException(commandSpec.commandLine(),
                    "--bootstrap-server and --schema-registry-url go together: give both or neither");
        }
        if (!List.of("shared", "own", "own-c1").contains(brokerJvm)) {
            throw new ParameterException(commandSpec.commandLine(), "--broker-jvm must be shared, own or own-c1: " + brokerJvm);
        }
        if (soak != null) {
            return soak(stdout);
        }
        BenchResult result;
        if (bootstrapServers != null) {
            // A name for this run's topics and groups; only names use the clock, never a measured figure.
            String namespace = "bench-" + Long.toString(System.currentTimeMillis(), 36);
            stdout.printf("using Kafka at %s and the registry at %s, namespace %s%n", bootstrapServers, registryUrl, namespace);
            result = new BenchRun(options, stdout).run(namespace, bootstrapServers, registryUrl, "external at " + bootstrapServers);
        } else if (brokerJvm.startsWith("own")) {
            result = new BenchRun(options, stdout).runOnChildStack(brokerJvm.equals("own-c1") ? BenchRun.BROKER_C1 : List.of());
        } else {
            stdout.println("starting embedded Kafka and schema registry ...");
            try (EmbeddedStack stack = EmbeddedStack.start(null, BenchOptions.BROKER_PROPS)) {
                result = new BenchRun(options, stdout).run("", stack.bootstrapServers(), stack.schemaRegistryUrl(),
                        BenchRun.BROKER_IN_PROCESS);
            }
        }
        BenchRun.report(result, out, stdout);
        return result.app().appCompleted() ? 0 : 1;
    }

    private int soak(PrintStream stdout) throws Exception {
        SoakOptions options;
        try {
            options = new SoakOptions(soak, soakRate, soakHeadlines, symbols, ticksPerDay, partitions, streamsConfig);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(commandSpec.commandLine(), "--soak, --soak-rate, --soak-headlines: " + e.getMessage());
        }
        List<SoakRun.Sample> samples;
        if (bootstrapServers != null) {
            String namespace = "soak-" + Long.toString(System.currentTimeMillis(), 36);
            samples = new SoakRun(options, stdout).run(namespace, bootstrapServers, registryUrl);
        } else {
            stdout.println("starting embedded Kafka and schema registry ...");
            try (EmbeddedStack stack = EmbeddedStack.start(null, BenchOptions.BROKER_PROPS)) {
                samples = new SoakRun(options, stdout).run("", stack.bootstrapServers(), stack.schemaRegistryUrl());
            }
        }
        SoakRun.report(samples, out, stdout);
        return 0;
    }
}
