package io.newsreaction.bench;

import io.newsreaction.topology.ReactionSerdes;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * What every bench phase shares: the cluster's addresses, the registry-backed serdes, the
 * Streams settings the bench passes to the apps ({@code kafka.*} without the prefix), the symbol
 * universe, a scratch directory, the console, and the namespace that keeps this run's topics and
 * application ids apart from an earlier run's on the same cluster.
 */
record BenchContext(
        String namespace,
        String bootstrapServers,
        String registryUrl,
        ReactionSerdes serdes,
        Map<String, String> streamsConfig,
        BenchUniverse universe,
        Path workDir,
        PrintStream out) {

    /** {@code base} in this run's namespace: topic prefixes and application ids. */
    String name(String base) {
        return namespace.isEmpty() ? base : namespace + "-" + base;
    }

    /** Client settings: the bootstrap servers. */
    Map<String, Object> kafkaConfig() {
        Map<String, Object> config = new HashMap<>();
        config.put("bootstrap.servers", bootstrapServers);
        return config;
    }

    /** Streams app settings: the bootstrap servers plus the bench's Streams settings. */
    Map<String, Object> streamsKafkaConfig() {
        Map<String, Object> config = kafkaConfig();
        config.putAll(streamsConfig);
        return config;
    }
}
