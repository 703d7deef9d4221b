package io.newsreaction.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(value = 300, unit = TimeUnit.SECONDS)
class EmbeddedKafkaIT {
    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration POLL_LIMIT = Duration.ofSeconds(30);

    @TempDir
    Path dataDir;

    @Test
    void shouldCommitTransactionAndServeReadCommittedConsumerOnDefaultTopics() throws Exception {
        try (EmbeddedKafka kafka = EmbeddedKafka.start(null)) {
            kafka.createTopics(DefaultTopics.all());
            kafka.createTopics(DefaultTopics.all());
            assertDefaultTopics(kafka);

            KafkaProducer<String, String> producer = producer(kafka, "tx-it");
            producer.initTransactions();
            producer.beginTransaction();
            producer.send(new ProducerRecord<>(DefaultTopics.HEADLINES, "h1", "R1 released"));
            producer.send(new ProducerRecord<>(DefaultTopics.HEADLINES, "h2", "NVDA -17%"));
            producer.commitTransaction();
            producer.close(CLOSE_TIMEOUT);
            assertThat(consumeAll(kafka, DefaultTopics.HEADLINES, 2)).containsExactlyInAnyOrder("R1 released", "NVDA -17%");
        }
    }

    @Test
    void shouldKeepDataAndClusterIdWhenRestartedOnSameDirectoryWithNewPorts() throws Exception {
        String clusterId;
        try (EmbeddedKafka kafka = EmbeddedKafka.start(dataDir)) {
            kafka.createTopics(DefaultTopics.all());
            KafkaProducer<String, String> producer = producer(kafka, null);
            producer.send(new ProducerRecord<>(DefaultTopics.TICKS, "NVDA", "142.62")).get(30, TimeUnit.SECONDS);
            producer.close(CLOSE_TIMEOUT);
            clusterId = clusterId(kafka);
        }
        assertThat(Files.exists(dataDir.resolve("kafka").resolve("meta.properties"))).isTrue();
        Files.delete(dataDir.resolve(KafkaPorts.FILE_NAME)); // forces new ports: data must survive that too

        try (EmbeddedKafka kafka = EmbeddedKafka.start(dataDir)) {
            assertThat(clusterId(kafka)).isEqualTo(clusterId);
            assertThat(consumeAll(kafka, DefaultTopics.TICKS, 1)).containsExactly("142.62");
        }
    }

    @Test
    void shouldDeleteTemporaryDirectoryAndFreePortOnClose() throws Exception {
        EmbeddedKafka kafka = EmbeddedKafka.start(null, Map.of("num.partitions", "2"));
        int port = Integer.parseInt(kafka.bootstrapServers().split(":")[1]);
        Path logDir = Path.of(brokerConfig(kafka, "log.dirs"));
        assertThat(logDir).isDirectory();

        kafka.close();

        assertThat(FreePorts.isClosed(port)).isTrue();
        assertThat(logDir).doesNotExist();
        assertThat(logDir.getParent()).doesNotExist();
    }

    /** A setting as the running broker reports it. */
    private static String brokerConfig(EmbeddedKafka kafka, String name) throws Exception {
        Admin admin = kafka.admin();
        try {
            ConfigResource broker = new ConfigResource(ConfigResource.Type.BROKER, "1");
            return admin.describeConfigs(List.of(broker)).all().get(30, TimeUnit.SECONDS).get(broker).get(name).value();
        } finally {
            admin.close(CLOSE_TIMEOUT);
        }
    }

    private static void assertDefaultTopics(EmbeddedKafka kafka) throws Exception {
        Admin admin = kafka.admin();
        try {
            Map<String, TopicDescription> topics = admin.describeTopics(
                List.of(DefaultTopics.HEADLINES, DefaultTopics.TICKS, DefaultTopics.REACTIONS, DefaultTopics.DLQ))
                .allTopicNames().get(30, TimeUnit.SECONDS);
            assertThat(topics.values()).allSatisfy(t -> assertThat(t.partitions()).hasSize(3));
            ConfigResource reactions = new ConfigResource(ConfigResource.Type.TOPIC, DefaultTopics.REACTIONS);
            ConfigEntry policy = admin.describeConfigs(List.of(reactions)).all().get(30, TimeUnit.SECONDS)
                .get(reactions).get("cleanup.policy");
            assertThat(policy.value()).isEqualTo("compact");
        } finally {
            admin.close(CLOSE_TIMEOUT);
        }
    }

    private static String clusterId(EmbeddedKafka kafka) throws Exception {
        Admin admin = kafka.admin();
        try {
            return admin.describeCluster().clusterId().get(30, TimeUnit.SECONDS);
        } finally {
            admin.close(CLOSE_TIMEOUT);
        }
    }

    private static KafkaProducer<String, String> producer(EmbeddedKafka kafka, String transactionalId) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 30_000);
        if (transactionalId != null) {
            props.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, transactionalId);
        }
        return new KafkaProducer<>(props, new StringSerializer(), new StringSerializer());
    }

    private static List<String> consumeAll(EmbeddedKafka kafka, String topic, int expected) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "it-" + topic);
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        List<String> values = new ArrayList<>();
        KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer());
        try {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + POLL_LIMIT.toNanos();
            while (values.size() < expected && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    values.add(record.value());
                }
            }
        } finally {
            consumer.close(CLOSE_TIMEOUT);
        }
        return values;
    }
}
