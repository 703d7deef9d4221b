package io.newsreaction.embedded;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;

/**
 * The development stack on a multi-broker cluster: a {@link KafkaCluster} (one JVM per broker) and
 * the schema registry, with the default topics replicated {@code min(3, N)} times. With a data
 * directory the brokers keep their data in {@code DIR/kafka-<id>} and the registry its schemas in
 * {@code DIR/registry}.
 */
public final class ClusterStack implements AutoCloseable {
    private final KafkaCluster cluster;
    private final EmbeddedRegistry registry;

    private ClusterStack(KafkaCluster cluster, EmbeddedRegistry registry) {
        this.cluster = cluster;
        this.registry = registry;
    }

    /** Starts the cluster and the registry in parallel, then creates the default topics. */
    public static ClusterStack start(ClusterSettings settings) {
        Path dataDir = settings.dataDir();
        if (dataDir != null) {
            EmbeddedStack.checkSchemasRestorable(dataDir, dataDir.resolve(ClusterLayout.FILE_NAME));
        }
        Path apicurioDir = ApicurioLocator.locate();
        CompletableFuture<EmbeddedRegistry> registry = CompletableFuture.supplyAsync(
            () -> EmbeddedRegistry.start(dataDir, apicurioDir));
        KafkaCluster cluster = null;
        try {
            cluster = KafkaCluster.start(settings);
            cluster.createTopics(DefaultTopics.all(cluster.replicationFactor()));
            return new ClusterStack(cluster, EmbeddedStack.awaitRegistry(registry));
        } catch (RuntimeException e) {
            registry.thenAccept(EmbeddedRegistry::stop);
            if (cluster != null) {
                cluster.stop();
            }
            throw e;
        }
    }

    public String bootstrapServers() {
        return cluster.bootstrapServers();
    }

    public String schemaRegistryUrl() {
        return registry.url();
    }

    public KafkaCluster cluster() {
        return cluster;
    }

    /** Stops the registry and every broker, each bounded in time. */
    @Override
    public void close() {
        try {
            registry.stop();
        } finally {
            cluster.stop();
        }
    }
}
