package io.newsreaction.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;

class StreamsPropertiesTest {

    @Test
    void shouldCommitEveryFiftyMillisecondsAndLingerFiveByDefault() {
        StreamsConfig config = effective(Map.of());

        assertThat(config.getLong(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG)).isEqualTo(50L);
        assertThat(config.getString(StreamsConfig.PROCESSING_GUARANTEE_CONFIG)).isEqualTo(StreamsConfig.EXACTLY_ONCE_V2);
        assertThat(producerLinger(config)).isEqualTo("5");
        assertThat(config.getProducerConfigs("client")).as("Kafka's own batch size: replay sets a larger one")
                .doesNotContainKey(ProducerConfig.BATCH_SIZE_CONFIG);
    }

    @Test
    void shouldLetTheProducerWriteAnEventStateUpToTheTopologysRecordLimitUnlessTheUserSetsIt() {
        assertThat(effective(Map.of()).getProducerConfigs("client").get(ProducerConfig.MAX_REQUEST_SIZE_CONFIG))
                .isEqualTo(io.newsreaction.topology.ReactionTopology.MAX_RECORD_BYTES);
        assertThat(effective(Map.of(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, "2097152")).getProducerConfigs("client")
                .get(ProducerConfig.MAX_REQUEST_SIZE_CONFIG)).hasToString("2097152");
    }

    @Test
    void shouldCompressWithLz4UnlessTheUserSetsACompressionType() {
        assertThat(effective(Map.of()).getProducerConfigs("client").get(ProducerConfig.COMPRESSION_TYPE_CONFIG)).hasToString("lz4");
        assertThat(effective(Map.of(ProducerConfig.COMPRESSION_TYPE_CONFIG, "zstd")).getProducerConfigs("client")
                .get(ProducerConfig.COMPRESSION_TYPE_CONFIG)).hasToString("zstd");
    }

    @Test
    void shouldLetThePassThroughSetTheCommitInterval() {
        StreamsConfig config = effective(Map.of(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, "1000"));

        assertThat(config.getLong(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG)).isEqualTo(1000L);
    }

    @Test
    void shouldLetAnUnprefixedLingerReachTheProducer() {
        // Kafka Streams prefers producer.linger.ms over linger.ms: the default must not shadow the user's
        StreamsConfig config = effective(Map.of(ProducerConfig.LINGER_MS_CONFIG, "100"));

        assertThat(producerLinger(config)).isEqualTo("100");
    }

    @Test
    void shouldLetAPrefixedLingerReachTheProducer() {
        StreamsConfig config = effective(Map.of(StreamsConfig.producerPrefix(ProducerConfig.LINGER_MS_CONFIG), "20"));

        assertThat(producerLinger(config)).isEqualTo("20");
    }

    @Test
    void shouldTellWhetherThePassThroughSetsTheLinger() {
        assertThat(StreamsProperties.setsLinger(Map.of())).isFalse();
        assertThat(StreamsProperties.setsLinger(Map.of("linger.ms", "1"))).isTrue();
        assertThat(StreamsProperties.setsLinger(Map.of("producer.linger.ms", "1"))).isTrue();
        assertThat(StreamsProperties.setsLinger(Map.of("consumer.linger.ms", "1"))).isFalse();
        assertThat(StreamsProperties.setsProducer(Map.of("batch.size", "1"), "batch.size")).isTrue();
        assertThat(StreamsProperties.setsProducer(Map.of("producer.batch.size", "1"), "batch.size")).isTrue();
        assertThat(StreamsProperties.setsProducer(Map.of("linger.ms", "1"), "batch.size")).isFalse();
    }

    private static StreamsConfig effective(Map<String, String> passThrough) {
        Map<String, Object> kafka = new HashMap<>(passThrough);
        kafka.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, "localhost:9092");
        return new StreamsConfig(StreamsProperties.build("app", "app-dlq", null, kafka));
    }

    private static String producerLinger(StreamsConfig config) {
        return producerSetting(config, ProducerConfig.LINGER_MS_CONFIG);
    }

    private static String producerSetting(StreamsConfig config, String key) {
        return String.valueOf(config.getProducerConfigs("client").get(key));
    }
}
