package io.newsreaction.query;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsreaction.avro.CohortKey;
import io.newsreaction.avro.CohortStats;
import io.newsreaction.avro.Headline;
import io.newsreaction.avro.MarketReaction;
import io.newsreaction.avro.ReactionEvent;
import io.newsreaction.avro.ReactionEventKey;
import io.newsreaction.avro.ReactionKey;
import io.newsreaction.avro.ReactionStatus;
import io.newsreaction.avro.Tick;
import io.newsreaction.client.ReactionsReader;
import io.newsreaction.config.HttpSettings;
import io.newsreaction.fixtures.DelegatingQueries;
import io.newsreaction.fixtures.Headlines;
import io.newsreaction.fixtures.SharedStack;
import io.newsreaction.fixtures.TickRecords;
import io.newsreaction.market.TwentyFourSevenCalendar;
import io.newsreaction.query.http.HttpApi;
import io.newsreaction.query.http.HttpPeers;
import io.newsreaction.query.http.ReactionJson;
import io.newsreaction.reaction.ReactionSettings;
import io.newsreaction.routing.RoutingSettings;
import io.newsreaction.runtime.StreamsProperties;
import io.newsreaction.serde.InternalAvroSerde;
import io.newsreaction.topology.Names;
import io.newsreaction.topology.ReactionMetrics;
import io.newsreaction.topology.ReactionSerdes;
import io.newsreaction.topology.ReactionTopology;
import io.newsreaction.topology.TopologySettings;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyQueryMetadata;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.state.HostInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two Kafka Streams instances of the reaction topology on the embedded broker, each behind its own
 * HTTP API: a request to either instance returns every reaction, including keys the other owns.
 */
class ReactionQueriesIT {
    private static final Instant T0 = Instant.parse("2025-01-27T15:30:00Z");
    private static final int PARTITIONS = 4;
    private static final String TOKEN = "it-token";
    private static final List<String> SYMBOLS = List.of("AAA", "BBB", "CCC", "DDD", "EEE", "FFF");

    @Test
    void shouldAnswerFromEitherInstanceForKeysTheOtherOwns(@TempDir Path dir) throws Exception {
        String app = SharedStack.unique("queries-app");
        String headlines = app + "-headlines";
        String ticks = app + "-ticks";
        String reactions = app + "-reactions";
        String bootstrap = SharedStack.get().bootstrapServers();
        createTopics(bootstrap, headlines, ticks, reactions);
        TopologySettings settings = new TopologySettings(headlines, ticks, reactions, PARTITIONS, shortHorizons(),
                new RoutingSettings(Set.of(), "SPY", Map.of(), Map.of()));

        List<Instance> instances = new ArrayList<>();
        try {
            for (int i = 0; i < 2; i++) {
                instances.add(Instance.start(settings, app, bootstrap, Files.createDirectory(dir.resolve("state-" + i))));
            }
            publish(bootstrap, headlines, ticks);
            List<MarketReaction> expected = awaitFinals(bootstrap, reactions, SYMBOLS.size() * 2);

            for (Instance instance : instances) {
                for (String headlineId : List.of("h0", "h1")) {
                    List<MarketReaction> answer = get(instance, "/reactions/" + headlineId);
                    assertThat(answer).hasSize(SYMBOLS.size())
                            .containsExactlyInAnyOrderElementsOf(expected.stream()
                                    .filter(r -> r.getHeadlineId().equals(headlineId)).toList());
                }
                assertThat(get(instance, "/reactions?symbol=CCC&from=2025-01-27T00:00:00Z&to=2025-01-28T00:00:00Z"))
                        .extracting(MarketReaction::getHeadlineId).containsExactly("h0", "h1");
            }
            assertThat(owners(instances.get(0).streams)).as("both instances own part of the reactions store")
                    .hasSize(2);
        } finally {
            instances.forEach(Instance::close);
        }
    }

    private static ReactionSettings shortHorizons() {
        return new ReactionSettings(new TwentyFourSevenCalendar(), List.of(Duration.ofMinutes(1), Duration.ofMinutes(5)),
                Duration.ofMinutes(1), Duration.ofMinutes(30), Duration.ofMinutes(5), 390, 30,
                Duration.ofMinutes(390), Duration.ofDays(14));
    }

    /** Hosts owning the reactions of headlines h0..h9 according to the client's metadata. */
    private static Set<HostInfo> owners(KafkaStreams streams) {
        Set<HostInfo> hosts = new java.util.HashSet<>();
        for (int i = 0; i < 10; i++) {
            KeyQueryMetadata meta = streams.queryMetadataForKey(Names.REACTIONS_STORE, "h" + i, new StringSerializer());
            hosts.add(meta.activeHost());
        }
        return hosts;
    }

    private static void createTopics(String bootstrap, String... names) throws Exception {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
            List<NewTopic> topics = new ArrayList<>();
            for (String n : names) {
                topics.add(new NewTopic(n, PARTITIONS, (short) 1));
            }
            admin.createTopics(topics).all().get();
        }
    }

    private static void publish(String bootstrap, String headlines, String ticks) {
        InternalAvroSerde<Tick> tickSerde = new InternalAvroSerde<>(Tick.class);
        InternalAvroSerde<Headline> headlineSerde = new InternalAvroSerde<>(Headline.class);
        Map<String, Object> config = Map.of("bootstrap.servers", bootstrap);
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(config, new StringSerializer(),
                new org.apache.kafka.common.serialization.ByteArraySerializer())) {
            for (int h = 0; h < 2; h++) {
                Headline headline = Headlines.id("h" + h).at(T0.plusSeconds(h)).tickers(SYMBOLS.toArray(String[]::new)).build();
                producer.send(new ProducerRecord<>(headlines, headline.getId(), headlineSerde.serializer().serialize(headlines, headline)));
            }
            List<String> all = new ArrayList<>(SYMBOLS);
            all.add("SPY");
            // time order across symbols: tick time is per partition, so a symbol's ticks sent after
            // another symbol's later ticks would be late
            for (int minute = -2; minute <= 10; minute++) {
                for (String symbol : all) {
                    Tick tick = TickRecords.of(symbol).at(T0.plus(Duration.ofMinutes(minute))).price(100 + minute).build();
                    producer.send(new ProducerRecord<>(ticks, symbol, tickSerde.serializer().serialize(ticks, tick)));
                }
            }
        }
    }

    private static List<MarketReaction> awaitFinals(String bootstrap, String reactions, int expected) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        List<MarketReaction> latest = List.of();
        while (System.nanoTime() < deadline) {
            latest = ReactionsReader.latestPerKey(Map.of("bootstrap.servers", bootstrap), reactions,
                    new InternalAvroSerde<>(ReactionKey.class).deserializer(),
                    new InternalAvroSerde<>(MarketReaction.class).deserializer(), Map.of());
            if (latest.stream().filter(r -> r.getStatus() == ReactionStatus.FINAL).count() == expected) {
                return latest;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("expected " + expected + " FINAL reactions, got " + latest.stream()
                .collect(Collectors.groupingBy(MarketReaction::getStatus, Collectors.counting())));
    }

    private static List<MarketReaction> get(Instance instance, String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + instance.api.port() + path))
                .header("Authorization", "Bearer " + TOKEN).timeout(Duration.ofSeconds(20)).build();
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return ReactionJson.read(response.body());
    }

    /** One instance: its HTTP API (started first, so its port can be the application.server) and its streams client. */
    private record Instance(HttpApi api, KafkaStreams streams) {
        static Instance start(TopologySettings settings, String app, String bootstrap, Path stateDir) throws Exception {
            AtomicReference<ReactionQueries> queries = new AtomicReference<>();
            HttpApi api = HttpApi.start(new HttpSettings(HttpApi.EPHEMERAL_PORT, "127.0.0.1", TOKEN), new DelegatingQueries(queries),
                    () -> KafkaStreams.State.RUNNING, () -> "");
            Properties props = StreamsProperties.build(app, app + "-dlq", stateDir, Map.of(
                    "bootstrap.servers", bootstrap,
                    StreamsConfig.APPLICATION_SERVER_CONFIG, "127.0.0.1:" + api.port(),
                    StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, "100",
                    StreamsConfig.REPLICATION_FACTOR_CONFIG, "1"));
            InternalAvroSerde<Headline> h = new InternalAvroSerde<>(Headline.class);
            ReactionSerdes serdes = new ReactionSerdes(h, new InternalAvroSerde<>(Tick.class),
                    new InternalAvroSerde<>(ReactionKey.class), new InternalAvroSerde<>(MarketReaction.class),
                new InternalAvroSerde<>(ReactionEventKey.class), new InternalAvroSerde<>(ReactionEvent.class),
                new InternalAvroSerde<>(CohortKey.class), new InternalAvroSerde<>(CohortStats.class));
            KafkaStreams streams = new KafkaStreams(ReactionTopology.build(settings, serdes, new ReactionMetrics()), props);
            queries.set(InteractiveQueries.of(streams, props, new HttpPeers(TOKEN)));
            streams.start();
            return new Instance(api, streams);
        }

        void close() {
            api.close();
            streams.close(Duration.ofSeconds(20));
        }
    }
}
