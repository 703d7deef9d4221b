package io.newsreaction.replay;

import io.newsreaction.avro.MarketReaction;
import io.newsreaction.client.ProgressLine;
import io.newsreaction.client.ReactionHistory;
import io.newsreaction.client.ReactionsReader;
import io.newsreaction.config.AppSettings;
import io.newsreaction.config.ConfigKeys;
import io.newsreaction.reaction.EventWindow;
import io.newsreaction.registry.SchemaRegistryClient;
import io.newsreaction.routing.HeadlineRouter;
import io.newsreaction.runtime.ReactionApp;
import io.newsreaction.runtime.ReactionService;
import io.newsreaction.runtime.StreamsProperties;
import io.newsreaction.topology.ReactionSerdes;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.LongConsumer;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one replay: plans it, copies the planned input records into replay-private topics, runs the
 * reaction topology on them under the replay's own application id (never the live group, state or
 * output), waits until everything is consumed, reports pending reactions, optionally compares with
 * the live output, and removes what it created (unless asked to keep it).
 */
public final class ReplayRunner {
    /** Exit code of a comparison that found differences. */
    public static final int EXIT_DIFFERENT = 3;
    private static final Logger log = LoggerFactory.getLogger(ReplayRunner.class);
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(30);
    /** The app's own close after the streams client's: it waits for the client a little longer. */
    private static final Duration APP_CLOSE_TIMEOUT = Duration.ofSeconds(5);
    private static final int NAME_ATTEMPTS = 5;
    private static final Duration REPLAY_COMMIT_INTERVAL = Duration.ofSeconds(1);
    /** Kafka Streams' own producer linger, which the live app lowers for latency. */
    private static final int REPLAY_LINGER_MS = 100;
    /**
     * Producer batches of 128 KB instead of Kafka's 16 KB: with 1-s commits a commit's flush sends
     * a large burst, and a produce request carries one batch per partition, so larger batches
     * shorten the flush of a backlog. Not for {@code run}, where they cost emit latency
     * (docs/BENCHMARKS.md).
     */
    private static final int REPLAY_BATCH_SIZE = 128 * 1024;

    private final AppSettings live;
    private final Function<Map<String, String>, AppSettings> loader;
    private final Clock clock;
    private final PrintWriter out;

    /**
     * @param live   the live app's settings
     * @param loader loads the same configuration with extra overrides on top (the replay's names)
     * @param clock  names the run; never shapes a value
     */
    public ReplayRunner(AppSettings live, Function<Map<String, String>, AppSettings> loader, Clock clock, PrintWriter out) {
        this.live = live;
        this.loader = loader;
        this.clock = clock;
        this.out = out;
    }

    /** Runs the request and returns the exit code: 0, 1 when it did not drain in time, 3 when the comparison differs. */
    public int run(ReplayRequest request) throws Exception {
        try (Admin admin = Admin.create(new HashMap<>(live.kafka()))) {
            ReplayPlan plan = plan(new OffsetSnapshots(admin, live.kafka()), request.window());
            out.print(plan.render());
            out.flush();
            if (request.dryRun()) {
                out.println("dry run: nothing created");
                return 0;
            }
            ReplayTopics topics = new ReplayTopics(admin);
            ReplayNames names = names(topics, request.output());
            Path stateDir = Files.createTempDirectory("news-reaction-replay-");
            try {
                return execute(new OffsetSnapshots(admin, live.kafka()), topics, names, plan, request, stateDir);
            } finally {
                cleanup(topics, names, request.keepInternal(), stateDir);
            }
        }
    }

    private ReplayPlan plan(OffsetSnapshots snapshots, ReplayWindow window) throws Exception {
        ReplayPlanner planner = new ReplayPlanner(live.reaction());
        return planner.plan(window, snapshots.snapshot(live.topics().ticks(), planner.ticksFrom(window.from())),
                snapshots.snapshot(live.topics().headlines(), planner.headlinesFrom(window.from())));
    }

    private int execute(OffsetSnapshots snapshots, ReplayTopics topics, ReplayNames names, ReplayPlan plan,
            ReplayRequest request, Path stateDir) throws Exception {
        int tickPartitions = snapshots.partitions(live.topics().ticks());
        int outputPartitions = topics.exists(live.topics().reactions())
                ? snapshots.partitions(live.topics().reactions()) : live.topics().partitions();
        topics.create(names, new ReplayTopics.Partitions(tickPartitions, snapshots.partitions(live.topics().headlines()),
                outputPartitions));
        AppSettings settings = loader.apply(overrides(names, tickPartitions, stateDir, request.window()));
        SchemaRegistryClient client = ReactionService.registryClient(settings);
        ReactionSerdes serdes = ReactionService.serdes(client, settings.registry());
        long started = System.nanoTime();
        long planned = copy(plan, names, settings, serdes, request.window());
        if (!runTopology(settings, client, names, planned, request.timeout())) {
            out.printf("replay did not drain within %s; its output so far is in %s%n", request.timeout(),
                    names.outputTopic());
            return 1;
        }
        List<MarketReaction> replayed = ReactionHistory.read(live.kafka(), names.outputTopic(),
                serdes.reactionKey().deserializer(), serdes.reaction().deserializer(), request.window().from(),
                request.window()::covers);
        out.printf("replay finished in %.1f s%n", (System.nanoTime() - started) / 1e9);
        ReplayReport.printResult(out, names.outputTopic(), replayed);
        if (!request.compare()) {
            return 0;
        }
        List<MarketReaction> liveReactions = ReactionHistory.read(live.kafka(), live.topics().reactions(),
                serdes.reactionKey().deserializer(), serdes.reaction().deserializer(), request.window().from(),
                request.window()::covers);
        ReactionComparison.Result result = ReactionComparison.compare(liveReactions, replayed);
        ReplayReport.printComparison(out, live.topics().reactions(), result);
        EventComparison.Result events = EventComparison.compare(
                ReactionsReader.latestRecords(live.kafka(), live.topics().events(), serdes.eventKey().deserializer(),
                        serdes.event().deserializer(), Map.of()).values(),
                ReactionsReader.latestRecords(live.kafka(), names.eventsTopic(), serdes.eventKey().deserializer(),
                        serdes.event().deserializer(), Map.of()).values(),
                request.window(), new EventWindow(live.reaction()));
        out.print("events inside the range compared with " + live.topics().events() + ": " + events.render(ReplayReport.SHOWN));
        out.flush();
        return result.allIdentical() && events.allIdentical() ? 0 : EXIT_DIFFERENT;
    }

    private long copy(ReplayPlan plan, ReplayNames names, AppSettings settings, ReactionSerdes serdes, ReplayWindow window) {
        long started = System.nanoTime();
        HeadlineSelector selector = new HeadlineSelector(window, new HeadlineRouter(settings.routing()),
                serdes.headline().deserializer());
        long tickOffsets = plan.tickRecords();
        ProgressLine line = ProgressLine.on(out);
        LongConsumer progress = line.counting("copy", tickOffsets + plan.headlineRecords(), "input records");
        try (InputCopier copier = new InputCopier(live.kafka())) {
            long ticks = copier.copy(plan.ticks(), names.ticksTopic(), (topic, value, ts) -> true, progress);
            long headlines = copier.copy(plan.headlines(), names.headlinesTopic(), selector::keep,
                    read -> progress.accept(tickOffsets + read));
            line.done(String.format(Locale.ROOT, "copied %,d ticks and %,d headlines into %s and %s in %.1f s", ticks, headlines,
                    names.ticksTopic(), names.headlinesTopic(), (System.nanoTime() - started) / 1e9));
            return ticks + headlines;
        }
    }

    private boolean runTopology(AppSettings settings, SchemaRegistryClient client, ReplayNames names, long planned,
            Duration timeout) throws InterruptedException {
        ReactionApp app = ReactionService.create(settings, client);
        try {
            app.start();
            if (!app.awaitRunning(START_TIMEOUT)) {
                throw new IllegalStateException("the replay did not reach RUNNING within " + START_TIMEOUT.toSeconds()
                        + " s: " + app.streams().state());
            }
            List<String> drained = names.drainedTopics();
            ReplayProgress progress = new ReplayProgress(live.kafka(), names.applicationId(), drained.subList(0, 2),
                    drained.subList(2, drained.size()), app, out);
            return progress.awaitDrained(planned, timeout);
        } finally {
            // leave the group now, so that it can be deleted at once rather than after the session timeout
            app.streams().close(CloseOptions.groupMembershipOperation(CloseOptions.GroupMembershipOperation.LEAVE_GROUP)
                    .withTimeout(CLOSE_TIMEOUT));
            app.close(APP_CLOSE_TIMEOUT);
            if (app.streams().state() != KafkaStreams.State.NOT_RUNNING) {
                // its threads may still commit to the changelogs the cleanup is about to delete
                long waited = CLOSE_TIMEOUT.plus(APP_CLOSE_TIMEOUT).toSeconds();
                log.warn("replay {} did not close within {} s: {}", names.applicationId(), waited, app.streams().state());
                out.printf("warning: the replay's stream threads did not stop within %d s%n", waited);
            }
        }
    }

    private Map<String, String> overrides(ReplayNames names, int partitions, Path stateDir, ReplayWindow window) {
        Map<String, String> o = new LinkedHashMap<>();
        o.put(ConfigKeys.APPLICATION_ID, names.applicationId());
        o.put(ConfigKeys.TOPICS_TICKS, names.ticksTopic());
        o.put(ConfigKeys.TOPICS_HEADLINES, names.headlinesTopic());
        o.put(ConfigKeys.TOPICS_REACTIONS, names.outputTopic());
        o.put(ConfigKeys.TOPICS_DLQ, names.dlqTopic());
        o.put(ConfigKeys.TOPICS_EVENTS, names.eventsTopic());
        o.put(ConfigKeys.TOPICS_STATS, names.statsTopic());
        o.put(ConfigKeys.TOPICS_PARTITIONS, Integer.toString(partitions));
        o.put(ConfigKeys.TOPICS_AUTO_CREATE, "false");
        o.put(ConfigKeys.STATE_DIR, stateDir.toString());
        o.put(ConfigKeys.HTTP_PORT, "0");
        backlogSettings(live.kafka()).forEach((key, value) -> o.put(ConfigKeys.KAFKA_PREFIX + key, value));
        if (!window.symbols().isEmpty()) {
            // routed symbols outside the list get no leg; benchmark legs are still computed
            o.put(ConfigKeys.UNIVERSE, String.join(",", window.symbols()));
        }
        return o;
    }

    /**
     * Kafka Streams settings for a backlog — fewer, larger transactions and producer batches —
     * except those the live app's {@code kafka.*} settings chose themselves. A replay has a
     * backlog, not a latency target; values never depend on these.
     */
    static Map<String, String> backlogSettings(Map<String, ?> liveKafka) {
        Map<String, String> settings = new LinkedHashMap<>();
        if (!liveKafka.containsKey(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG)) {
            settings.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, Long.toString(REPLAY_COMMIT_INTERVAL.toMillis()));
        }
        if (!StreamsProperties.setsLinger(liveKafka)) {
            settings.put(StreamsConfig.producerPrefix(ProducerConfig.LINGER_MS_CONFIG), Integer.toString(REPLAY_LINGER_MS));
        }
        if (!StreamsProperties.setsProducer(liveKafka, ProducerConfig.BATCH_SIZE_CONFIG)) {
            settings.put(StreamsConfig.producerPrefix(ProducerConfig.BATCH_SIZE_CONFIG), Integer.toString(REPLAY_BATCH_SIZE));
        }
        return settings;
    }

    /** Names from the clock; waits a second when another replay of the same app took this second's names. */
    private ReplayNames names(ReplayTopics topics, String output) throws Exception {
        if (output != null && topics.exists(output)) {
            throw new IllegalArgumentException("output topic " + output + " already exists: choose another --output");
        }
        for (int attempt = 1; ; attempt++) {
            ReplayNames names = ReplayNames.of(live.applicationId(), clock.instant(), output);
            if (!topics.taken(names)) {
                return names;
            }
            if (attempt >= NAME_ATTEMPTS) {
                throw new IllegalStateException("topics of replay " + names.applicationId() + " already exist");
            }
            Thread.sleep(1000);
        }
    }

    private void cleanup(ReplayTopics topics, ReplayNames names, boolean keepInternal, Path stateDir) {
        deleteQuietly(stateDir);
        if (keepInternal) {
            out.printf("kept topics %s* and consumer group %s (--keep-internal)%n", names.internalPrefix(),
                    names.applicationId());
            return;
        }
        try {
            List<String> deleted = topics.cleanup(names);
            out.printf("deleted consumer group %s and %d internal topics%n", names.applicationId(), deleted.size());
        } catch (Exception e) {
            log.warn("cleanup of replay {} incomplete: {}", names.applicationId(), e.toString());
            out.printf("warning: cleanup incomplete, delete topics %s* and group %s by hand: %s%n",
                    names.internalPrefix(), names.applicationId(), e.getMessage());
        }
        out.flush();
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            log.warn("cannot delete replay state directory {}: {}", dir, e.toString());
        }
    }
}
