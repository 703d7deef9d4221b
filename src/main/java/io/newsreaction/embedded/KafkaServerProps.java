package io.newsreaction.embedded;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Broker+controller settings for a single-node KRaft cluster. Everything that defaults to three
 * replicas is set to one so transactions (exactly-once) work on a single node.
 */
final class KafkaServerProps {
    /** Replaced by the chosen broker port in the values of extra properties. */
    static final String BROKER_PORT_TOKEN = "{BROKER_PORT}";
    /** Replaced by the chosen controller port in the values of extra properties. */
    static final String CONTROLLER_PORT_TOKEN = "{CONTROLLER_PORT}";

    private KafkaServerProps() {
    }

    static Map<String, String> build(KafkaPorts ports, Path logDir, Map<String, String> extra) {
        Map<String, String> props = new LinkedHashMap<>();
        props.put("process.roles", "broker,controller");
        props.put("node.id", "1");
        props.put("controller.quorum.bootstrap.servers", "127.0.0.1:" + ports.controller());
        props.put("listeners", "PLAINTEXT://127.0.0.1:" + ports.broker()
            + ",CONTROLLER://127.0.0.1:" + ports.controller());
        props.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + ports.broker());
        props.put("controller.listener.names", "CONTROLLER");
        props.put("inter.broker.listener.name", "PLAINTEXT");
        props.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        props.put("log.dirs", logDir.toAbsolutePath().toString());
        props.putAll(singleReplicaSettings());
        extra.forEach((key, value) -> props.put(key, substitute(value, ports)));
        return props;
    }

    private static Map<String, String> singleReplicaSettings() {
        Map<String, String> props = new LinkedHashMap<>();
        props.put("offsets.topic.replication.factor", "1");
        props.put("offsets.topic.num.partitions", "5");
        props.put("transaction.state.log.replication.factor", "1");
        props.put("transaction.state.log.min.isr", "1");
        props.put("transaction.state.log.num.partitions", "5");
        props.put("share.coordinator.state.topic.replication.factor", "1");
        props.put("share.coordinator.state.topic.min.isr", "1");
        props.put("default.replication.factor", "1");
        props.put("min.insync.replicas", "1");
        props.put("group.initial.rebalance.delay.ms", "0");
        // Keep every record: historical data (the bundled 2025 week, replays) carries old event
        // timestamps, and time-based retention counts from record timestamps, so closed segments of
        // freshly published backfill would otherwise be deleted before they are read.
        props.put("log.retention.ms", "-1");
        return props;
    }

    static String substitute(String value, KafkaPorts ports) {
        return value.replace(BROKER_PORT_TOKEN, Integer.toString(ports.broker()))
            .replace(CONTROLLER_PORT_TOKEN, Integer.toString(ports.controller()));
    }

    /** host:port of the advertised listener named {@code listener}, e.g. PLAINTEXT. */
    static String advertisedAddress(Map<String, String> props, String listener) {
        String advertised = props.getOrDefault("advertised.listeners", props.get("listeners"));
        String prefix = listener + "://";
        for (String entry : advertised.split(",")) {
            String trimmed = entry.trim();
            if (trimmed.regionMatches(true, 0, prefix, 0, prefix.length())) {
                return trimmed.substring(prefix.length());
            }
        }
        throw new IllegalArgumentException("no advertised listener named " + listener + " in " + advertised);
    }
}
