package io.newsreaction.topology;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsreaction.fixtures.Await;
import io.newsreaction.fixtures.SharedStack;
import io.newsreaction.fixtures.TopicProbe;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.state.Stores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The contract {@link PreCommitStore} takes from Kafka Streams internals ({@code CachedStateStore.flushCache()}
 * called on every store of a task before each commit), held against a real broker and an exactly-once commit:
 * a processor that never writes still gets its in-memory count into the changelog, in step with the committed
 * input offsets, and a second instance restored from that changelog carries on from it. A Kafka upgrade that
 * stops calling the hook fails here.
 */
class PreCommitStoreIT {
    private static final String STORE = "counter-store";

    @TempDir
    Path stateDir;

    @Test
    void shouldCommitWhatTheHookWritesWithTheInputOffsetsOfTheSameCommit() throws Exception {
        String app = SharedStack.unique("pre-commit");
        String input = app + ".in";
        String changelog = app + "-" + STORE + "-changelog";
        TopicProbe.create(input, 1);

        produce(input, 0, 40);
        try (KafkaStreams first = start(app, input, "first")) {
            awaitCommitted(app, input, 40);
        }
        assertThat(latestCount(changelog)).as("count written only by the pre-commit hook").isEqualTo(40L);

        produce(input, 40, 55);
        try (KafkaStreams second = start(app, input, "second")) {
            awaitCommitted(app, input, 55);
        }
        assertThat(latestCount(changelog)).as("restored from the changelog, then counted on").isEqualTo(55L);
    }

    private KafkaStreams start(String app, String input, String instance) {
        StreamsBuilder builder = new StreamsBuilder();
        builder.addStateStore(PreCommitStore.builder(Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore(STORE), Serdes.String(), Serdes.Long()).withCachingEnabled()));
        builder.stream(input, Consumed.with(Serdes.String(), Serdes.String())).process(() -> new CountInMemory(STORE), STORE);
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, app);
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, SharedStack.get().bootstrapServers());
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        props.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, 200);
        props.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, 1);
        // the first instance leaves no group on close: the second gets the partition once that session expires
        props.put(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, 6000);
        props.put(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG, 1500);
        // each instance starts from an empty state directory: the second one must restore from the changelog
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.resolve(instance).toString());
        KafkaStreams streams = new KafkaStreams(builder.build(), props);
        streams.start();
        return streams;
    }

    private static void produce(String topic, int from, int to) {
        Map<String, Object> config = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedStack.get().bootstrapServers(),
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            for (int i = from; i < to; i++) {
                producer.send(new ProducerRecord<>(topic, "k", Integer.toString(i)));
            }
            producer.flush();
        }
    }

    private static void awaitCommitted(String group, String topic, long offset) throws InterruptedException {
        try (Admin admin = Admin.create(Map.of(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, SharedStack.get().bootstrapServers()))) {
            TopicPartition partition = new TopicPartition(topic, 0);
            Await.until("offset " + offset + " of " + topic + " committed by " + group, Duration.ofSeconds(90), () -> {
                try {
                    OffsetAndMetadata committed = admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata()
                            .get(30, TimeUnit.SECONDS).get(partition);
                    return committed != null && committed.offset() >= offset;
                } catch (Exception e) {
                    return false;
                }
            });
        }
    }

    private static Long latestCount(String changelog) {
        List<ConsumerRecord<byte[], byte[]>> records = TopicProbe.readAll(changelog);
        assertThat(records).isNotEmpty();
        ConsumerRecord<byte[], byte[]> last = records.get(records.size() - 1);
        assertThat(new String(last.key(), StandardCharsets.UTF_8)).isEqualTo("seen");
        return ByteBuffer.wrap(last.value()).getLong();
    }
}
