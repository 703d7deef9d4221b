package io.newsreaction.embedded;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a {@link KafkaCluster} is started with.
 *
 * @param brokers      number of nodes, at least 1
 * @param dataDir      where the nodes keep their data across restarts, or null for a temporary directory
 * @param brokerConfig settings added to every node's defaults; in values {@code {NODE_ID}},
 *                     {@code {BROKER_PORT}} and {@code {CONTROLLER_PORT}} stand for the node's own
 * @param nodeConfig   settings for single nodes (by id), applied after {@code brokerConfig}
 */
public record ClusterSettings(int brokers, Path dataDir, Map<String, String> brokerConfig,
        Map<Integer, Map<String, String>> nodeConfig) {

    public ClusterSettings {
        if (brokers < 1) {
            throw new IllegalArgumentException("brokers must be at least 1: " + brokers);
        }
        brokerConfig = Map.copyOf(brokerConfig);
        nodeConfig = Map.copyOf(nodeConfig);
    }

    /** N brokers with the default settings. */
    public static ClusterSettings of(int brokers, Path dataDir) {
        return new ClusterSettings(brokers, dataDir, Map.of(), Map.of());
    }

    Map<String, String> configOf(int nodeId) {
        Map<String, String> config = new LinkedHashMap<>(brokerConfig);
        config.putAll(nodeConfig.getOrDefault(nodeId, Map.of()));
        return config;
    }
}
