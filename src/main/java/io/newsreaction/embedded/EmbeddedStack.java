package io.newsreaction.embedded;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The embedded development stack: a single-node Kafka cluster and a schema registry, with the
 * default topics created. Both start in parallel (the registry is the slow one). With a data
 * directory, Kafka keeps its data in {@code DIR/kafka} and the registry its schemas in
 * {@code DIR/registry}, so a restart on the same directory finds records and schema ids again.
 */
public final class EmbeddedStack implements AutoCloseable {
    private static final Duration REGISTRY_START_LIMIT = Duration.ofSeconds(240);

    private final EmbeddedKafka kafka;
    private final EmbeddedRegistry registry;

    private EmbeddedStack(EmbeddedKafka kafka, EmbeddedRegistry registry) {
        this.kafka = kafka;
        this.registry = registry;
    }

    /** Starts both in {@code dataDir} (kept) or, when null, in temporary directories. */
    public static EmbeddedStack start(Path dataDir) {
        return start(dataDir, Map.of());
    }

    /** As {@link #start(Path)}, with extra broker properties (see {@link EmbeddedKafka#start(Path, Map)}). */
    public static EmbeddedStack start(Path dataDir, Map<String, String> kafkaExtraProps) {
        if (dataDir != null) {
            checkSchemasRestorable(dataDir);
        }
        Path apicurioDir = ApicurioLocator.locate();
        CompletableFuture<EmbeddedRegistry> registry = CompletableFuture.supplyAsync(
            () -> EmbeddedRegistry.start(dataDir, apicurioDir));
        EmbeddedKafka kafka = null;
        try {
            kafka = EmbeddedKafka.start(dataDir, kafkaExtraProps);
            kafka.createTopics(DefaultTopics.all());
            return new EmbeddedStack(kafka, awaitRegistry(registry));
        } catch (RuntimeException e) {
            registry.thenAccept(EmbeddedRegistry::stop);
            if (kafka != null) {
                kafka.stop();
            }
            throw e;
        }
    }

    public String bootstrapServers() {
        return kafka.bootstrapServers();
    }

    public String schemaRegistryUrl() {
        return registry.url();
    }

    public EmbeddedKafka kafka() {
        return kafka;
    }

    public EmbeddedRegistry registry() {
        return registry;
    }

    /** Stops the registry and the broker, each bounded in time. */
    @Override
    public void close() {
        try {
            registry.stop();
        } finally {
            kafka.stop();
        }
    }

    /**
     * Kafka records carry schema ids: a directory with Kafka data but no registry storage (e.g.
     * the registry's files were deleted) would serve records whose schemas are gone.
     */
    static DataDir checkSchemasRestorable(Path dataDir) {
        boolean hasKafkaData = Files.exists(dataDir.resolve("kafka").resolve("meta.properties"));
        boolean hasSchemas = Files.exists(dataDir.resolve("registry").resolve("registry.mv.db"));
        if (hasKafkaData && !hasSchemas) {
            throw new IllegalStateException("data dir " + dataDir + " holds Kafka data but no schema registry "
                + "storage (registry/registry.mv.db), so the schemas of its records cannot be restored; "
                + "use another --data-dir or delete this one");
        }
        return hasKafkaData ? DataDir.RESTORED : DataDir.NEW;
    }

    /** What a start finds in its data directory. */
    enum DataDir {
        /** No Kafka data yet: formatted on start. */
        NEW,
        /** Kafka data and the registry storage that holds its schemas: both restored. */
        RESTORED
    }

    private static EmbeddedRegistry awaitRegistry(CompletableFuture<EmbeddedRegistry> registry) {
        try {
            return registry.get(REGISTRY_START_LIMIT.toSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting the schema registry", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException ? (RuntimeException) e.getCause()
                : new IllegalStateException(e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("schema registry not started after " + REGISTRY_START_LIMIT.toSeconds() + " s", e);
        }
    }
}
