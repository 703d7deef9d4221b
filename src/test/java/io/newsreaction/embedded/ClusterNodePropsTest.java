package io.newsreaction.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClusterNodePropsTest {
    private static final Path LOG_DIR = Path.of("/data/kafka-1/data");

    @TempDir
    Path dir;

    private static ClusterLayout layout(int brokers) {
        List<KafkaPorts> ports = new java.util.ArrayList<>();
        for (int i = 1; i <= brokers; i++) {
            ports.add(new KafkaPorts(19000 + i, 29000 + i));
        }
        return new ClusterLayout("EIqAt1NwTB6QTJPFltp83A", ports);
    }

    @Test
    void shouldReplicateThreeTimesWithTwoInSyncOnThreeBrokers() {
        Map<String, String> props = ClusterNodeProps.build(layout(3), 2, LOG_DIR, Map.of());
        assertThat(props).containsEntry("node.id", "2")
            .containsEntry("process.roles", "broker,controller")
            .containsEntry("controller.quorum.voters", "1@127.0.0.1:29001,2@127.0.0.1:29002,3@127.0.0.1:29003")
            .containsEntry("listeners", "PLAINTEXT://127.0.0.1:19002,CONTROLLER://127.0.0.1:29002")
            .containsEntry("default.replication.factor", "3")
            .containsEntry("offsets.topic.replication.factor", "3")
            .containsEntry("transaction.state.log.replication.factor", "3")
            .containsEntry("transaction.state.log.min.isr", "2")
            .containsEntry("min.insync.replicas", "2");
    }

    @Test
    void shouldKeepAQuorumOfThreeAndMakeTheOtherNodesBrokersOnly() {
        ClusterLayout five = layout(5);
        Map<String, String> fifth = ClusterNodeProps.build(five, 5, LOG_DIR, Map.of());
        assertThat(fifth).containsEntry("process.roles", "broker")
            .containsEntry("listeners", "PLAINTEXT://127.0.0.1:19005")
            .containsEntry("controller.quorum.voters", five.quorumVoters())
            .containsEntry("default.replication.factor", "3");
        assertThat(five.quorumVoters().split(",")).hasSize(3);
    }

    @Test
    void shouldReplicatePerBrokerWithOneInSyncOnTwoBrokers() {
        assertThat(ClusterNodeProps.build(layout(2), 1, LOG_DIR, Map.of()))
            .containsEntry("default.replication.factor", "2")
            .containsEntry("transaction.state.log.min.isr", "1")
            .containsEntry("min.insync.replicas", "1");
    }

    @Test
    void shouldApplyExtraPropertiesLastWithNodeAndPortTokens() {
        Map<String, String> props = ClusterNodeProps.build(layout(3), 3, LOG_DIR,
            Map.of("broker.rack", "rack-{NODE_ID}", "advertised.listeners", "PLAINTEXT://127.0.0.1:{BROKER_PORT}"));
        assertThat(props).containsEntry("broker.rack", "rack-3")
            .containsEntry("advertised.listeners", "PLAINTEXT://127.0.0.1:19003");
    }

    @Test
    void shouldKeepTheLayoutOfADataDirectoryAndRefuseAnotherBrokerCount() {
        ClusterLayout first = ClusterLayout.loadOrCreate(dir, 3);
        assertThat(ClusterLayout.loadOrCreate(dir, 3)).isEqualTo(first);
        assertThatThrownBy(() -> ClusterLayout.loadOrCreate(dir, 5))
            .hasMessageContaining("holds a cluster of 3 brokers, not 5");
    }

    @Test
    void shouldRefuseFewerThanOneBroker() {
        assertThatThrownBy(() -> ClusterSettings.of(0, null)).hasMessage("brokers must be at least 1: 0");
    }
}
