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
        long started = System.nanoTime();
        DemoData data = DemoData.load();
        List<Headline> headlines = data.headlines().stream()
                .filter(h -> !h.getPublishedAt().isBefore(WINDOW_FROM) && h.getPublishedAt().isBefore(WINDOW_TO))
                .toList();
        out.printf("loaded %d ticks of %s and %d headlines (%d in %s .. %s)%n", data.ticks().size(), DemoData.SYMBOLS,
                data.headlines().size(), headlines.size(), WINDOW_FROM, WINDOW_TO);
        // not under the OS temp dir: Kafka Streams warns that it may be cleaned under a running app
        Path stateDir = Files.createDirectories(outDir.resolve(".streams-state"));
        AppSettings settings = settings(stack, stateDir);
        SchemaRegistryClient client = ReactionService.registryClient(settings);
        ReactionSerdes serdes = ReactionService.serdes(client, settings.registry());
        boolean drained;
        List<MarketReaction> reactions;
        List<ReactionEvent> events;
        List<CohortStats> stats;
        try (ReactionApp app = ReactionService.create(settings, client)) {
            app.start();
            if (!app.awaitRunning(Duration.ofSeconds(60))) {
                throw new IllegalStateException("the reaction service did not reach RUNNING within 60 s: " + app.streams().state());
            }
            DemoFeed.publish(settings, serdes, data.ticks(), headlines, out);
            drained = new DemoProgress(settings, app, out).awaitDrained(timeout);
            reactions = ReactionsReader.latestPerKey(new HashMap<>(settings.kafka()), settings.topics().reactions(),
                    serdes.reactionKey().deserializer(), serdes.reaction().deserializer(), Map.of());
            events = List.copyOf(ReactionsReader.latestRecords(new HashMap<>(settings.kafka()), settings.topics().events(),
                    serdes.eventKey().deserializer(), serdes.event().deserializer(), Map.of()).values());
            stats = List.copyOf(ReactionsReader.latestRecords(new HashMap<>(settings.kafka()), settings.topics().stats(),
                    serdes.cohortKey().deserializer(), serdes.cohortStats().deserializer(), Map.of()).values());
        } finally {
            DemoFiles.deleteRecursively(stateDir);
        }
        DemoOutput.Results results = DemoOutput.write(outDir, new DemoOutput.Results(reactions, events, stats),
                data.ticks(), headlines, settings, out);
        return new Result(reactions, drained, Duration.ofNanos(System.nanoTime() - started), results.events(), results.stats());
    }

    private static AppSettings settings(EmbeddedStack stack, Path stateDir) {
        Map<String, String> base = new HashMap<>(DemoRouting.properties());
        base.put("application.id", APPLICATION_ID);
        base.put("kafka.bootstrap.servers", stack.bootstrapServers());
        base.put("schema.registry.url", stack.schemaRegistryUrl());
        base.put("state.dir", stateDir.toString());
        base.put("http.port", "0");
        return new ConfigLoader(TradingCalendars::byName)
                .load(new ConfigSources(base, Optional.empty(), System.getenv(), Map.of()));
    }

    static Map<String, List<Tick>> bySymbol(List<Tick> ticks) {
        Map<String, List<Tick>> grouped = new java.util.TreeMap<>();
        ticks.forEach(t -> grouped.computeIfAbsent(t.getSymbol(), s -> new java.util.ArrayList<>()).add(t));
        return grouped;
    }
}
