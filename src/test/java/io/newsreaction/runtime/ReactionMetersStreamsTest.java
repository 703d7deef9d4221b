package io.newsreaction.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsreaction.topology.ReactionMetrics;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Binds a real (never started, so broker-less) client's metrics. */
class ReactionMetersStreamsTest {

    @Test
    void shouldExposeKafkaStreamsClientMetricsAndCountNoDroppedRecords(@TempDir Path stateDir) {
        StreamsBuilder builder = new StreamsBuilder();
        builder.stream("in").to("out");
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "meters-test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:1");
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        KafkaStreams streams = new KafkaStreams(builder.build(), props);
        try (ReactionMeters meters = new ReactionMeters(streams, new ReactionMetrics(), ExternalCounters.none())) {
            assertThat(meters.scrape()).contains("kafka_stream_alive_stream_threads");
            assertThat(ReactionMeters.droppedRecords(streams).getAsLong()).isZero();
        } finally {
            streams.close(Duration.ofSeconds(5));
        }
    }
}
