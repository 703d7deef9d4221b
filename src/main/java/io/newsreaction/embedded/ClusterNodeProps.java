package io.newsreaction.embedded;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Settings of one node of a local multi-broker KRaft cluster: the first (at most three) nodes are
 * broker and controller, the others brokers only; internal and default topics get
 * {@link ClusterLayout#replicationFactor()} copies and {@link ClusterLayout#minInSyncReplicas()},
 * so exactly-once transactions keep working while one broker of three is down.
 */
final class ClusterNodeProps {
    /** Replaced by the node's id in the values of extra properties. */
    static final String NODE_ID_TOKEN = "{NODE_ID}";

    private ClusterNodeProps() {
    }

    static Map<String, String> build(ClusterLayout layout, int nodeId, Path logDir, Map<String, String> extra) {
        KafkaPorts ports = layout.portsOf(nodeId);
        boolean controller = layout.isController(nodeId);
        Map<String, String> props = new LinkedHashMap<>();
        props.put("process.roles", controller ? "broker,controller" : "broker");
        props.put("node.id", Integer.toString(nodeId));
        props.put("controller.quorum.voters", layout.quorumVoters());
        props.put("listeners", "PLAINTEXT://127.0.0.1:" + ports.broker()
            + (controller ? ",CONTROLLER://127.0.0.1:" + ports.controller() : ""));
        props.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + ports.broker());
        props.put("controller.listener.names", "CONTROLLER");
        props.put("inter.broker.listener.name", "PLAINTEXT");
        props.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        props.put("log.dirs", logDir.toAbsolutePath().toString());
        props.putAll(replicationSettings(layout.brokers()));
        extra.forEach((key, value) -> props.put(key,
            KafkaServerProps.substitute(value, ports).replace(NODE_ID_TOKEN, Integer.toString(nodeId))));
        return props;
    }

    /** The replication-related broker settings of a cluster of {@code brokers} nodes. */
    static Map<String, String> replicationSettings(int brokers) {
        String rf = Short.toString(ClusterLayout.replicationFactor(brokers));
        String minIsr = Integer.toString(ClusterLayout.minInSyncReplicas(brokers));
        Map<String, String> props = new LinkedHashMap<>();
        props.put("offsets.topic.replication.factor", rf);
        props.put("offsets.topic.num.partitions", "5");
        props.put("transaction.state.log.replication.factor", rf);
        props.put("transaction.state.log.min.isr", minIsr);
        props.put("transaction.state.log.num.partitions", "5");
        props.put("share.coordinator.state.topic.replication.factor", rf);
        props.put("share.coordinator.state.topic.min.isr", minIsr);
        props.put("default.replication.factor", rf);
        props.put("min.insync.replicas", minIsr);
        props.put("group.initial.rebalance.delay.ms", "0");
        // as on the single node: event-time timestamps of backfilled data must not trigger retention
        props.put("log.retention.ms", "-1");
        return props;
    }
}
