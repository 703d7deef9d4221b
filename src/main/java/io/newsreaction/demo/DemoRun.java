package io.newsreaction.demo;

import io.newsreaction.avro.CohortStats;
import io.newsreaction.avro.Headline;
import io.newsreaction.avro.MarketReaction;
import io.newsreaction.avro.ReactionEvent;
import io.newsreaction.avro.Tick;
import io.newsreaction.client.ReactionsReader;
import io.newsreaction.config.AppSettings;
import io.newsreaction.config.ConfigLoader;
import io.newsreaction.config.ConfigSources;
import io.newsreaction.demo.DemoData;
import io.newsreaction.demo.DemoRouting;
import io.newsreaction.embedded.EmbeddedStack;
import io.newsreaction.embedded.FreePorts;
import io.newsreaction.runtime.ServedApp;
import io.newsreaction.market.TradingCalendars;
import io.newsreaction.registry.SchemaRegistryClient;
import io.newsreaction.runtime.ReactionApp;
import io.newsreaction.runtime.ReactionService;
import io.newsreaction.topology.ReactionSerdes;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The demo job: the embedded stack, the reaction service and the bundled DeepSeek-week data, run to
 * completion; then the ranked table on the terminal and {@code reactions.jsonl} + {@code report.html}
 * in the output directory.
 */
public final class DemoRun {
    /** Headlines outside the week that has intraday prices cannot get a reaction; they are left out. */
    public static final Instant WINDOW_FROM = Instant.parse("2025-01-24T00:00:00Z");
    public static final Instant WINDOW_TO = Instant.parse("2025-01-30T00:00:00Z");
    static final String APPLICATION_ID = "news-reaction-demo";

    private final PrintStream out;
    private final Path outDir;
    private final Duration timeout;

    public DemoRun(PrintStream out, Path outDir, Duration timeout) {
        this.out = out;
        this.outDir = outDir;
        this.timeout = timeout;
    }

    /** Result of one demo run: the final record per key and whether the pipeline drained in time. */
    public record Result(List<MarketReaction> reactions, boolean drained, Duration elapsed,
            List<ReactionEvent> events, List<CohortStats> stats) {
    }

    /** Runs the demo on a running stack and leaves the stack up; the app is closed before returning. */
    public Result run(EmbeddedStack stack) throws IOException, InterruptedException {
        try (Served served = execute(stack, false)) {
            return served.result();
        }
    }

    /**
     * Runs the demo and leaves the service running with its HTTP API and dashboard on a free port
     * ({@link Served#dashboardUrl()}); closing the {@link Served} stops it.
     */
    public Served runAndServe(EmbeddedStack stack) throws IOException, InterruptedException {
        return execute(stack, true);
    }

    /** A finished demo whose service may still be serving; {@link #close()} stops it and removes its state. */
    public static final class Served implements AutoCloseable {
        private final Result result;
        private final ServedApp app;
        private final Path stateDir;

        /** A demo that ran to the end and serves nothing. */
        public Served(Result result) {
            this(result, null, null);
        }

        Served(Result result, ServedApp app, Path stateDir) {
            this.result = result;
            this.app = app;
            this.stateDir = stateDir;
        }

        public Result result() {
            return result;
        }

        /** {@code http://127.0.0.1:PORT/}, or null when the service is not serving. */
        public String dashboardUrl() {
            return app == null ? null : app.dashboardUrl();
        }

        @Override
        public synchronized void close() {
            if (app != null) {
                app.close(Duration.ofSeconds(30));
                try {
                    DemoFiles.deleteRecursively(stateDir);
                } catch (IOException e) {
                    // the state of a finished demo; a later run starts from its changelogs anyway
                }
            }
        }
    }

    private Served execute(EmbeddedStack stack, boolean serve) throws IOException, InterruptedException {
        long started = System.nanoTime();
        DemoData data = DemoData.load();
        List<Headline> headlines = data.headlines().stream()
                .filter(h -> !h.getPublishedAt().isBefore(WINDOW_FROM) && h.getPublishedAt().isBefore(WINDOW_TO))
                .toList();
        out.printf("loaded %d ticks of %s and %d headlines (%d in %s .. %s)%n", data.ticks().size(), DemoData.SYMBOLS,
                data.headlines().size(), headlines.size(), WINDOW_FROM, WINDOW_TO);
        // not under the OS temp dir: Kafka Streams warns that it may be cleaned under a running app
        Path stateDir = Files.createDirectories(outDir.resolve(".streams-state"));
        AppSettings settings = settings(stack, stateDir, serve);
        SchemaRegistryClient client = ReactionService.registryClient(settings);
        ReactionSerdes serdes = ReactionService.serdes(client, settings.registry());
        ServedApp served = null;
        ReactionApp app;
        boolean drained;
        DemoOutput.Results records;
        try {
            if (serve) {
                served = ServedApp.start(settings, client);
                app = served.app();
            } else {
                app = ReactionService.create(settings, client);
                app.start();
            }
            try {
                if (!app.awaitRunning(Duration.ofSeconds(60))) {
                    throw new IllegalStateException("the reaction service did not reach RUNNING within 60 s: " + app.streams().state());
                }
                DemoFeed.publish(settings, serdes, data.ticks(), headlines, out);
                drained = new DemoProgress(settings, app, out).awaitDrained(data.ticks().size() + headlines.size(), timeout);
                records = read(settings, serdes);
            } finally {
                if (served == null) {
                    app.close();
                }
            }
        } catch (IOException | InterruptedException | RuntimeException e) {
            if (served != null) {
                served.close(Duration.ofSeconds(30));
            }
            DemoFiles.deleteRecursively(stateDir);
            throw e;
        }
        if (served == null) {
            DemoFiles.deleteRecursively(stateDir);
        }
        DemoOutput.Results results = DemoOutput.write(outDir, records, data.ticks(), headlines, settings, out);
        Result result = new Result(records.reactions(), drained, Duration.ofNanos(System.nanoTime() - started),
                results.events(), results.stats());
        return new Served(result, served, stateDir);
    }

    private static DemoOutput.Results read(AppSettings settings, ReactionSerdes serdes) {
        List<MarketReaction> reactions = ReactionsReader.latestPerKey(new HashMap<>(settings.kafka()), settings.topics().reactions(),
                serdes.reactionKey().deserializer(), serdes.reaction().deserializer(), Map.of());
        List<ReactionEvent> events = List.copyOf(ReactionsReader.latestRecords(new HashMap<>(settings.kafka()), settings.topics().events(),
                serdes.eventKey().deserializer(), serdes.event().deserializer(), Map.of()).values());
        List<CohortStats> stats = List.copyOf(ReactionsReader.latestRecords(new HashMap<>(settings.kafka()), settings.topics().stats(),
                serdes.cohortKey().deserializer(), serdes.cohortStats().deserializer(), Map.of()).values());
        return new DemoOutput.Results(reactions, events, stats);
    }

    private static AppSettings settings(EmbeddedStack stack, Path stateDir, boolean serve) {
        Map<String, String> base = new HashMap<>(DemoRouting.properties());
        base.put("application.id", APPLICATION_ID);
        base.put("kafka.bootstrap.servers", stack.bootstrapServers());
        base.put("schema.registry.url", stack.schemaRegistryUrl());
        base.put("state.dir", stateDir.toString());
        base.put("http.port", serve ? Integer.toString(FreePorts.find()) : "0");
        return new ConfigLoader(TradingCalendars::byName)
                .load(new ConfigSources(base, Optional.empty(), System.getenv(), Map.of()));
    }

    static Map<String, List<Tick>> bySymbol(List<Tick> ticks) {
        Map<String, List<Tick>> grouped = new java.util.TreeMap<>();
        ticks.forEach(t -> grouped.computeIfAbsent(t.getSymbol(), s -> new java.util.ArrayList<>()).add(t));
        return grouped;
    }
}
