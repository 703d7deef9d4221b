package io.newsreaction.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KafkaServerPropsTest {
    private static final KafkaPorts PORTS = new KafkaPorts(19092, 19093);

    @Test
    void shouldConfigureSingleReplicaSettingsForExactlyOnce() {
        Map<String, String> props = KafkaServerProps.build(PORTS, Path.of("/data/kafka"), Map.of());
        assertThat(props).containsEntry("transaction.state.log.replication.factor", "1")
            .containsEntry("transaction.state.log.min.isr", "1")
            .containsEntry("offsets.topic.replication.factor", "1")
            .containsEntry("share.coordinator.state.topic.replication.factor", "1")
            .containsEntry("share.coordinator.state.topic.min.isr", "1")
            .containsEntry("group.initial.rebalance.delay.ms", "0")
            .containsEntry("controller.quorum.bootstrap.servers", "127.0.0.1:19093")
            .containsEntry("listeners", "PLAINTEXT://127.0.0.1:19092,CONTROLLER://127.0.0.1:19093");
    }

    @Test
    void shouldApplyExtraPropertiesLastWithPortTokens() {
        Map<String, String> extra = Map.of(
            "listeners", "PLAINTEXT://127.0.0.1:{BROKER_PORT},CONTROLLER://127.0.0.1:{CONTROLLER_PORT},SASL_PLAINTEXT://127.0.0.1:19094",
            "advertised.listeners", "PLAINTEXT://127.0.0.1:{BROKER_PORT},SASL_PLAINTEXT://127.0.0.1:19094");
        Map<String, String> props = KafkaServerProps.build(PORTS, Path.of("/data/kafka"), extra);
        assertThat(props.get("listeners")).isEqualTo(
            "PLAINTEXT://127.0.0.1:19092,CONTROLLER://127.0.0.1:19093,SASL_PLAINTEXT://127.0.0.1:19094");
        assertThat(KafkaServerProps.advertisedAddress(props, "SASL_PLAINTEXT")).isEqualTo("127.0.0.1:19094");
        assertThat(KafkaServerProps.advertisedAddress(props, "PLAINTEXT")).isEqualTo("127.0.0.1:19092");
    }

    @Test
    void shouldFailNamingTheMissingListener() {
        Map<String, String> props = KafkaServerProps.build(PORTS, Path.of("/data/kafka"), Map.of());
        assertThatThrownBy(() -> KafkaServerProps.advertisedAddress(props, "SSL"))
            .hasMessageContaining("no advertised listener named SSL");
    }
}
