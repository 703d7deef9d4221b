package io.newsreaction.replay;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsreaction.avro.Headline;
import io.newsreaction.avro.MarketReaction;
import io.newsreaction.avro.ReactionKey;
import io.newsreaction.avro.Tick;
import io.newsreaction.cli.ErrorHandler;
import io.newsreaction.cli.NewsReactionCommand;
import io.newsreaction.client.ReactionsReader;
import io.newsreaction.client.RecordPublisher;
import io.newsreaction.config.AppSettings;
import io.newsreaction.config.ConfigLoader;
import io.newsreaction.config.ConfigSources;
import io.newsreaction.demo.DemoData;
import io.newsreaction.demo.DemoRouting;
import io.newsreaction.demo.DemoRun;
import io.newsreaction.embedded.EmbeddedStack;
import io.newsreaction.fixtures.SharedStack;
import io.newsreaction.market.TradingCalendars;
import io.newsreaction.registry.SchemaRegistryClient;
import io.newsreaction.runtime.ReactionApp;
import io.newsreaction.runtime.ReactionService;
import io.newsreaction.topology.Names;
import io.newsreaction.topology.ReactionSerdes;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The bundled DeepSeek week run live on the shared embedded stack (unique topics and application
 * id), then replayed through the CLI: the whole window reproduces every live record byte for byte,
 * a sub-window exactly its own keys; a dry run creates nothing; {@code reactions} lists by time.
 */
class ReplayIT {
    private static final Instant SUB_FROM = Instant.parse("2025-01-27T14:30:00Z");
    private static final Instant SUB_TO = Instant.parse("2025-01-27T21:00:00Z");
    private static final Duration DRAIN_TIMEOUT = Duration.ofMinutes(3);

    @TempDir
    static Path dir;
    private static Path config;
    private static AppSettings live;
    private static List<MarketReaction> liveReactions;

    /** Exit code and standard output of one CLI run. */
    record Run(int exitCode, String out) {
    }

    @BeforeAll
    static void runTheWeekLive() throws Exception {
        long started = System.nanoTime();
        EmbeddedStack stack = SharedStack.get();
        System.out.printf("shared stack up after %.1f s%n", (System.nanoTime() - started) / 1e9);
        config = writeConfig(stack, SharedStack.unique("replay-live"));
        live = new ConfigLoader(TradingCalendars::byName)
                .load(new ConfigSources(Map.of(), Optional.of(config), Map.of(), Map.of()));
        SchemaRegistryClient client = ReactionService.registryClient(live);
        ReactionSerdes serdes = ReactionService.serdes(client, live.registry());
        try (ReactionApp app = ReactionService.create(live, client)) {
            app.start();
            assertThat(app.awaitRunning(Duration.ofSeconds(60))).isTrue();
            long published = publishDemoWeek(serdes);
            ReplayProgress progress = new ReplayProgress(live.kafka(), live.applicationId(),
                    List.of(live.topics().ticks(), live.topics().headlines()),
                    Names.repartitionTopics(live.applicationId()),
                    app, new PrintWriter(Writer.nullWriter()));
            assertThat(progress.awaitDrained(published, DRAIN_TIMEOUT)).isTrue();
        }
        liveReactions = ReactionsReader.latestPerKey(live.kafka(), live.topics().reactions(),
                serdes.reactionKey().deserializer(), serdes.reaction().deserializer(), Map.of());
        assertThat(liveReactions).hasSizeGreaterThan(100);
        System.out.printf("live run done after %.1f s: %d reactions%n", (System.nanoTime() - started) / 1e9,
                liveReactions.size());
    }

    @Test
    void shouldReproduceTheWholeWeekByteForByteAndCleanUp() throws Exception {
        long started = System.nanoTime();
        Run run = cli("replay", "--from", DemoRun.WINDOW_FROM.toString(), "--to", DemoRun.WINDOW_TO.toString(), "--compare");
        System.out.printf("whole-week replay took %.1f s%n", (System.nanoTime() - started) / 1e9);

        assertThat(run.exitCode()).as(run.out()).isZero();
        assertThat(run.out()).contains(liveReactions.size() + " identical, 0 different, 0 only in live, 0 only in replay")
                .contains("consumed ").contains("deleted consumer group");
        assertThat(eventsCompared(run.out())).as("events inside the week reproduced byte for byte").isGreaterThan(100);
        try (Admin admin = Admin.create(Map.<String, Object>copyOf(live.kafka()))) {
            String prefix = live.applicationId() + "-replay-";
            assertThat(admin.listTopics().names().get(30, TimeUnit.SECONDS)).noneMatch(t -> t.startsWith(prefix));
            assertThat(admin.listGroups().all().get(30, TimeUnit.SECONDS)).noneMatch(g -> g.groupId().startsWith(prefix));
        }
    }

    @Test
    void shouldReplayASubWindowToExactlyTheLiveKeysOfThatWindow() {
        String output = SharedStack.unique("replay-sub-output");
        Run run = cli("replay", "--from", SUB_FROM.toString(), "--to", SUB_TO.toString(), "--output", output, "--compare");

        assertThat(run.exitCode()).as(run.out()).isZero();
        // one session: every event's PT6H30M horizon ends after it, so none lies wholly inside
        assertThat(eventsCompared(run.out())).as("events inside the sub-window").isZero();
        AppSettings settings = withReactions(output);
        ReactionSerdes serdes = ReactionService.serdes(ReactionService.registryClient(settings), settings.registry());
        List<MarketReaction> replayed = ReactionsReader.latestPerKey(settings.kafka(), output,
                serdes.reactionKey().deserializer(), serdes.reaction().deserializer(), Map.of());
        List<String> expected = keys(liveReactions.stream()
                .filter(r -> !r.getPublishedAt().isBefore(SUB_FROM) && r.getPublishedAt().isBefore(SUB_TO)).toList());
        assertThat(expected).isNotEmpty();
        assertThat(keys(replayed)).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void shouldPrintThePlanAndCreateNothingOnADryRun() throws Exception {
        try (Admin admin = Admin.create(Map.<String, Object>copyOf(live.kafka()))) {
            Set<String> before = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            Run run = cli("replay", "--from", SUB_FROM.toString(), "--to", SUB_TO.toString(), "--dry-run");

            assertThat(run.exitCode()).as(run.out()).isZero();
            assertThat(run.out()).contains("replay plan").contains(live.topics().ticks() + "-0")
                    .contains(live.topics().headlines() + "-0").contains("dry run: nothing created");
            assertThat(admin.listTopics().names().get(30, TimeUnit.SECONDS)).isEqualTo(before);
        }
    }

    @Test
    void shouldListTheLatestNvdaReactionPerHeadlineOldestFirst() {
        Run json = cli("reactions", "--symbol", "nvda", "--from", SUB_FROM.toString(), "--to", SUB_TO.toString(),
                "--format", "json");
        Run table = cli("reactions", "--symbol", "NVDA", "--from", SUB_FROM.toString(), "--to", SUB_TO.toString());

        List<String> expected = liveReactions.stream().filter(r -> r.getSymbol().equals("NVDA"))
                .filter(r -> !r.getPublishedAt().isBefore(SUB_FROM) && r.getPublishedAt().isBefore(SUB_TO))
                .map(r -> r.getHeadlineId() + "@" + r.getRevision()).toList();
        assertThat(json.exitCode()).isZero();
        List<String> lines = json.out().lines().toList();
        assertThat(lines).map(line -> field(line, "headlineId") + "@" + field(line, "revision"))
                .as("the latest revision of every NVDA headline in the range, once")
                .containsExactlyInAnyOrderElementsOf(expected);
        assertThat(lines).map(line -> field(line, "publishedAt")).as("oldest headline first")
                .isSortedAccordingTo(Comparator.comparing(Instant::parse));
        assertThat(table.out().lines().count()).isEqualTo(expected.size() + 2L);
    }

    @Test
    void shouldExitThreeAndCountTheDifferenceWhenTheLiveOutputDiffers() {
        String tampered = SharedStack.unique("replay-tampered-live");
        AppSettings settings = withReactions(tampered);
        ReactionSerdes serdes = ReactionService.serdes(ReactionService.registryClient(settings), settings.registry());
        List<MarketReaction> window = liveReactions.stream()
                .filter(r -> !r.getPublishedAt().isBefore(SUB_FROM) && r.getPublishedAt().isBefore(SUB_TO)).toList();
        List<MarketReaction> copy = new ArrayList<>(window);
        copy.set(0, MarketReaction.newBuilder(window.get(0)).setSettingsHash("0000000000000000").build());
        try (RecordPublisher publisher = new RecordPublisher(settings.kafka(), tampered + "-writer")) {
            publisher.publish(copy, r -> new RecordPublisher.Item<>(tampered,
                            new ReactionKey(r.getHeadlineId(), r.getSymbol()), r, r.getPublishedAt().toEpochMilli()),
                    new RecordPublisher.Codec<>(serdes.reactionKey().serializer(), serdes.reaction().serializer()));
        }

        Run run = cli("replay", "--from", SUB_FROM.toString(), "--to", SUB_TO.toString(), "--compare",
                "--set", "topics.reactions=" + tampered);

        assertThat(run.exitCode()).as(run.out()).isEqualTo(ReplayRunner.EXIT_DIFFERENT).isEqualTo(3);
        assertThat(run.out()).contains((window.size() - 1) + " identical, 1 different, 0 only in live, 0 only in replay")
                .contains(window.get(0).getHeadlineId());
    }

    /** The value of a top-level scalar field of one Avro-JSON line. */
    private static String field(String jsonLine, String name) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"" + name + "\":\"?([^\",}]*)").matcher(jsonLine);
        assertThat(m.find()).as(name + " in " + jsonLine).isTrue();
        return m.group(1);
    }

    private static Run cli(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--config", config.toString()));
        StringWriter out = new StringWriter();
        CommandLine commandLine = ErrorHandler.install(new CommandLine(new NewsReactionCommand()));
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(out, true));
        int code = commandLine.execute(all.toArray(String[]::new));
        System.out.println("$ news-reaction " + String.join(" ", args) + "\n" + out + "exit code " + code);
        return new Run(code, out.toString());
    }

    private static List<String> keys(List<MarketReaction> reactions) {
        return reactions.stream().map(r -> r.getHeadlineId() + "/" + r.getSymbol()).toList();
    }

    private static AppSettings withReactions(String topic) {
        return new ConfigLoader(TradingCalendars::byName).load(new ConfigSources(Map.of(), Optional.of(config), Map.of(),
                Map.of("topics.reactions", topic)));
    }

    private static Path writeConfig(EmbeddedStack stack, String app) throws IOException {
        Properties props = new Properties();
        props.putAll(DemoRouting.properties());
        props.put("application.id", app);
        props.put("topics.headlines", app + ".headlines");
        props.put("topics.ticks", app + ".ticks");
        props.put("topics.reactions", app + ".reactions");
        props.put("topics.dlq", app + ".dlq");
        props.put("topics.events", app + ".events");
        props.put("topics.stats", app + ".stats");
        props.put("kafka.bootstrap.servers", stack.bootstrapServers());
        props.put("schema.registry.url", stack.schemaRegistryUrl());
        props.put("state.dir", dir.resolve("live-state").toString());
        props.put("http.port", "0");
        props.put("kafka.commit.interval.ms", "1000");
        Path file = dir.resolve("replay-it.properties");
        try (Writer w = Files.newBufferedWriter(file)) {
            props.store(w, "ReplayIT");
        }
        return file;
    }

    /** The demo week's ticks and headlines, interleaved by event time as a live feed delivers them. */
    private static long publishDemoWeek(ReactionSerdes serdes) {
        DemoData data = DemoData.load();
        List<SpecificRecord> feed = new ArrayList<>(data.ticks());
        data.headlines().stream().filter(h -> !h.getPublishedAt().isBefore(DemoRun.WINDOW_FROM)
                && h.getPublishedAt().isBefore(DemoRun.WINDOW_TO)).forEach(feed::add);
        feed.sort(Comparator.comparingLong(ReplayIT::eventTime));
        Serializer<Tick> ticks = serdes.tick().serializer();
        Serializer<Headline> headlines = serdes.headline().serializer();
        Serializer<SpecificRecord> values = (topic, r) -> r instanceof Tick t ? ticks.serialize(topic, t)
                : headlines.serialize(topic, (Headline) r);
        try (RecordPublisher publisher = new RecordPublisher(live.kafka(), live.applicationId() + "-feed")) {
            return publisher.publish(feed, ReplayIT::item, new RecordPublisher.Codec<>(new StringSerializer(), values));
        }
    }

    private static RecordPublisher.Item<String, SpecificRecord> item(SpecificRecord r) {
        if (r instanceof Tick t) {
            return new RecordPublisher.Item<>(live.topics().ticks(), t.getSymbol(), r, eventTime(r));
        }
        return new RecordPublisher.Item<>(live.topics().headlines(), ((Headline) r).getId(), r, eventTime(r));
    }

    private static long eventTime(SpecificRecord r) {
        return r instanceof Tick t ? t.getTs().toEpochMilli() : ((Headline) r).getPublishedAt().toEpochMilli();
    }

    /** N of the replay's "events inside the range compared with ...: N identical, 0 different, ..." line; fails otherwise. */
    private static int eventsCompared(String out) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(
                "events inside the range compared with \\S+: (\\d+) identical, 0 different, 0 only in live, 0 only in replay")
                .matcher(out);
        assertThat(m.find()).as(out).isTrue();
        return Integer.parseInt(m.group(1));
    }
}
