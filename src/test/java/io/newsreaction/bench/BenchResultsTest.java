package io.newsreaction.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;

class BenchResultsTest {

    @Test
    void shouldReportTheProductDefaultsWithoutStreamsConfig() {
        StreamsConfig streams = BenchResults.appStreamsConfig(Map.of());

        assertThat(streams.getLong(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG)).isEqualTo(50L);
        assertThat(BenchResults.producerLingerMs(streams)).isEqualTo(5L);
        assertThat(BenchResults.producerBatchSize(streams)).isEqualTo(16_384L);
    }

    @Test
    void shouldReportWhatStreamsConfigSet() {
        StreamsConfig unprefixed = BenchResults.appStreamsConfig(Map.of("linger.ms", "0", "commit.interval.ms", "100"));
        StreamsConfig prefixed = BenchResults.appStreamsConfig(Map.of("producer.linger.ms", "20"));

        assertThat(unprefixed.getLong(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG)).isEqualTo(100L);
        assertThat(BenchResults.producerLingerMs(unprefixed)).isZero();
        assertThat(BenchResults.producerLingerMs(prefixed)).isEqualTo(20L);
        assertThat(BenchResults.producerBatchSize(BenchResults.appStreamsConfig(Map.of("batch.size", "131072")))).isEqualTo(131_072L);
    }
}
