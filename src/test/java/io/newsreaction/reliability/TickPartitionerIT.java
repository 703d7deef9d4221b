package io.newsreaction.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsreaction.avro.Headline;
import io.newsreaction.avro.MarketReaction;
import io.newsreaction.avro.ReactionStatus;
import io.newsreaction.avro.Tick;
import io.newsreaction.client.ReactionsReader;
import io.newsreaction.config.AppSettings;
import io.newsreaction.embedded.EmbeddedStack;
import io.newsreaction.fixtures.Await;
import io.newsreaction.fixtures.Headlines;
import io.newsreaction.fixtures.RawRecords;
import io.newsreaction.fixtures.SharedStack;
import io.newsreaction.fixtures.TestApp;
import io.newsreaction.fixtures.TickRecords;
import io.newsreaction.registry.SchemaRegistryClient;
import io.newsreaction.runtime.DeadLetterHeaders;
import io.newsreaction.runtime.ReactionService;
import io.newsreaction.topology.ReactionSerdes;
import io.newsreaction.topology.TickPartitioner;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;

/**
 * Ticks partitioned the way librdkafka's default does (CRC32 of the key; the test computes the
 * partition and produces to it) on a three-partition ticks topic: with
 * {@code topics.ticks.partitioner=crc32} they give the same reactions as Java-partitioned ticks
 * under the default; under the default they are dead-lettered with a reason naming the setting.
 */
class TickPartitionerIT {
    private static final Instant T0 = Instant.parse("2025-01-27T15:00:00Z");
    private static final int PARTITIONS = 3;
    private static final Duration WAIT = Duration.ofSeconds(45);

    @Test
    void shouldReactToCrc32PartitionedTicksOnlyWhenTheSettingSaysCrc32() throws Exception {
        // NVDA and its benchmark QQQ land on different partitions under the two partitioners.
        assertThat(TickPartitioner.CRC32.partition("NVDA", PARTITIONS)).isNotEqualTo(TickPartitioner.MURMUR2.partition("NVDA", PARTITIONS));
        assertThat(TickPartitioner.CRC32.partition("QQQ", PARTITIONS)).isNotEqualTo(TickPartitioner.MURMUR2.partition("QQQ", PARTITIONS));

        List<MarketReaction> javaPartitioned = finalReactions("murmur2", null);
        List<MarketReaction> crc32Partitioned = finalReactions("crc32", TickPartitioner.CRC32);

        assertThat(javaPartitioned).hasSize(1);
        assertThat(crc32Partitioned).isEqualTo(javaPartitioned);
    }

    @Test
    void shouldDeadLetterCrc32PartitionedTicksNamingTheSettingUnderTheDefault() throws Exception {
        EmbeddedStack stack = SharedStack.get();
        AppSettings settings = TestApp.settings("crc32-misplaced", stack.bootstrapServers(), stack.schemaRegistryUrl(),
                Map.of("topics.partitions", Integer.toString(PARTITIONS)));
        SchemaRegistryClient client = ReactionService.registryClient(settings);
        ReactionSerdes serdes = ReactionService.serdes(client, settings.registry());
        try (TestApp app = TestApp.start(settings, client)) {
            List<ProducerRecord<byte[], byte[]>> records = data(serdes, settings, TickPartitioner.CRC32);
            RawRecords.send(app.kafka(), records);
            long ticks = records.stream().filter(r -> r.topic().equals(settings.topics().ticks())).count();

            Await.until(ticks + " dead letters", WAIT, () -> dlq(app).size() == ticks);

            for (ConsumerRecord<byte[], byte[]> dead : dlq(app)) {
                String key = new String(dead.key(), StandardCharsets.UTF_8);
                assertThat(DeadLetterQueueIT.header(dead, DeadLetterHeaders.REASON)).isEqualTo("tick key " + key
                        + " belongs on partition " + TickPartitioner.MURMUR2.partition(key, PARTITIONS) + " of 3 under"
                        + " topics.ticks.partitioner=murmur2, found on partition " + TickPartitioner.CRC32.partition(key, PARTITIONS));
            }
            assertThat(app.metrics().misplacedTicks()).isEqualTo(ticks);
            assertThat(latest(app, serdes)).isEmpty();
        }
    }

    /** Runs the service with the setting on the data, produced with {@code producedBy} (null: the Java producer's default). */
    private static List<MarketReaction> finalReactions(String setting, TickPartitioner producedBy) throws Exception {
        EmbeddedStack stack = SharedStack.get();
        AppSettings settings = TestApp.settings("partitioner-" + setting, stack.bootstrapServers(), stack.schemaRegistryUrl(),
                Map.of("topics.partitions", Integer.toString(PARTITIONS), "topics.ticks.partitioner", setting));
        SchemaRegistryClient client = ReactionService.registryClient(settings);
        ReactionSerdes serdes = ReactionService.serdes(client, settings.registry());
        try (TestApp app = TestApp.start(settings, client)) {
            RawRecords.send(app.kafka(), data(serdes, settings, producedBy));
            Await.until("a FINAL reaction with " + setting, WAIT,
                    () -> latest(app, serdes).stream().anyMatch(r -> r.getStatus() == ReactionStatus.FINAL));
            assertThat(dlq(app)).isEmpty();
            return latest(app, serdes).stream()
                    .sorted(Comparator.comparing(r -> r.getHeadlineId() + "/" + r.getSymbol())).toList();
        }
    }

    private static List<ProducerRecord<byte[], byte[]>> data(ReactionSerdes serdes, AppSettings settings, TickPartitioner producedBy) {
        String ticks = settings.topics().ticks();
        String headlines = settings.topics().headlines();
        List<ProducerRecord<byte[], byte[]>> out = new ArrayList<>();
        for (String offset : List.of("-PT1M", "PT30S", "PT3M", "PT7M")) {
            Instant at = T0.plus(Duration.parse(offset));
            for (String symbol : List.of("NVDA", "QQQ")) {
                Tick tick = TickRecords.of(symbol).at(at).price(symbol.equals("NVDA") ? 120 : 500).size(10).build();
                Integer partition = producedBy == null ? null : producedBy.partition(symbol, PARTITIONS);
                out.add(new ProducerRecord<>(ticks, partition, at.toEpochMilli(), DeadLetterQueueIT.bytes(symbol),
                        serdes.tick().serializer().serialize(ticks, tick), new RecordHeaders()));
            }
            if (offset.equals("-PT1M")) {
                Headline headline = Headlines.id("h1").at(T0).tickers("NVDA").build();
                out.add(DeadLetterQueueIT.record(headlines, "h1", serdes.headline().serializer().serialize(headlines, headline),
                        T0, new RecordHeaders()));
            }
        }
        return out;
    }

    private static List<ConsumerRecord<byte[], byte[]>> dlq(TestApp app) {
        return RawRecords.readAll(app.kafka(), app.settings().topics().dlq(), IsolationLevel.READ_COMMITTED);
    }

    private static List<MarketReaction> latest(TestApp app, ReactionSerdes serdes) {
        return ReactionsReader.latestPerKey(app.kafka(), app.settings().topics().reactions(),
                serdes.reactionKey().deserializer(), serdes.reaction().deserializer(), Map.of());
    }
}
