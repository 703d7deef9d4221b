package io.newsreaction.replay;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsreaction.runtime.StreamsProperties;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;

/** The Streams settings a replay runs with: a backlog's, unless the live app chose its own. */
class ReplayBacklogSettingsTest {

    @Test
    void shouldCommitEverySecondAndBatchLargeByDefault() {
        StreamsConfig config = effective(Map.of());

        assertThat(config.getLong(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG)).isEqualTo(1_000L);
        Map<String, Object> producer = config.getProducerConfigs("client");
        assertThat(String.valueOf(producer.get(ProducerConfig.LINGER_MS_CONFIG))).isEqualTo("100");
        assertThat(String.valueOf(producer.get(ProducerConfig.BATCH_SIZE_CONFIG))).isEqualTo(String.valueOf(128 * 1024));
    }

    @Test
    void shouldKeepWhatTheLiveAppSetInEitherForm() {
        Map<String, String> live = Map.of(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, "200", ProducerConfig.LINGER_MS_CONFIG, "7",
                StreamsConfig.producerPrefix(ProducerConfig.BATCH_SIZE_CONFIG), "32768");
        StreamsConfig config = effective(live);

        assertThat(ReplayRunner.backlogSettings(live)).isEmpty();
        assertThat(config.getLong(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG)).isEqualTo(200L);
        Map<String, Object> producer = config.getProducerConfigs("client");
        assertThat(String.valueOf(producer.get(ProducerConfig.LINGER_MS_CONFIG))).isEqualTo("7");
        assertThat(String.valueOf(producer.get(ProducerConfig.BATCH_SIZE_CONFIG))).isEqualTo("32768");
    }

    /** The replay app's effective Streams config: the live app's kafka.* settings, then the backlog settings. */
    private static StreamsConfig effective(Map<String, String> liveKafka) {
        Map<String, Object> kafka = new HashMap<>(liveKafka);
        kafka.putAll(ReplayRunner.backlogSettings(liveKafka));
        kafka.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, "localhost:9092");
        return new StreamsConfig(StreamsProperties.build("replay", "replay-dlq", null, kafka));
    }
}
