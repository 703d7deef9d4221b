package io.newsreaction;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsreaction.embedded.KafkaCluster;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The compose cluster replicates as the local 3-broker cluster that the cluster fault tests run on
 * ({@code reliability/*IT} on {@code fixtures/SharedCluster}): the same replication factors and
 * minimum in-sync replicas, so what those tests prove holds for the compose deployment.
 */
class ComposeReplicationTest {
    private static final ComposeFile COMPOSE = ComposeFile.read(Path.of("docker-compose.yml"));
    private static final List<String> REPLICATION_KEYS = List.of("offsets.topic.replication.factor",
            "transaction.state.log.replication.factor", "transaction.state.log.min.isr", "default.replication.factor",
            "min.insync.replicas");

    @Test
    void shouldReplicateTheComposeClusterAsTheTestedThreeBrokerCluster() {
        Map<String, String> tested = KafkaCluster.replicationSettings(3);
        for (String node : List.of("kafka-1", "kafka-2", "kafka-3")) {
            Map<String, String> env = COMPOSE.environment(node);
            for (String key : REPLICATION_KEYS) {
                String variable = "KAFKA_" + key.toUpperCase(Locale.ROOT).replace('.', '_');
                assertThat(env.get(variable)).as("%s of %s", variable, node).isEqualTo(tested.get(key));
            }
        }
    }
}
