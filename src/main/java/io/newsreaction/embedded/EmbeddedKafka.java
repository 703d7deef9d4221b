package io.newsreaction.embedded;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.utils.Time;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An in-process single-node Kafka cluster (KRaft, broker and controller in one node) on free
 * 127.0.0.1 ports. Data lives in a temporary directory deleted on close, or in a given directory
 * kept across restarts (the cluster id stays in its {@code meta.properties}; the ports are reused
 * when still free). It also stops on JVM shutdown (SIGINT, SIGTERM).
 */
public final class EmbeddedKafka implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(EmbeddedKafka.class);
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(120);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(20);
    private static final Duration ADMIN_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration CLIENT_CLOSE_TIMEOUT = Duration.ofSeconds(10);

    private final Map<String, String> serverProps;
    private final Path tempDir;
    private volatile KafkaRaftServer server;
    private volatile Thread shutdownHook;
    private boolean stopped;

    private EmbeddedKafka(Map<String, String> serverProps, Path tempDir) {
        this.serverProps = serverProps;
        this.tempDir = tempDir;
    }

    /** Starts a broker in {@code dataDir} (kept) or, when null, in a temporary directory. */
    public static EmbeddedKafka start(Path dataDir) {
        return start(dataDir, Map.of());
    }

    /**
     * Starts a broker with extra broker properties applied last (e.g. a SASL listener). In their
     * values, {@code {BROKER_PORT}} and {@code {CONTROLLER_PORT}} stand for the chosen ports.
     */
    public static EmbeddedKafka start(Path dataDir, Map<String, String> extraProps) {
        Path tempDir = dataDir == null ? Dirs.createTemp("news-reaction-kafka-") : null;
        Path root = Dirs.createDirectories(dataDir == null ? tempDir : dataDir);
        KafkaPorts ports = KafkaPorts.reuseOrFresh(root);
        Map<String, String> props = KafkaServerProps.build(ports, root.resolve("kafka"), extraProps);
        EmbeddedKafka kafka = new EmbeddedKafka(props, tempDir);
        kafka.shutdownHook = ShutdownHooks.register("embedded-kafka-shutdown", kafka::stop);
        try {
            formatIfNeeded(root, props);
            kafka.server = new KafkaRaftServer(new KafkaConfig(props, false), Time.SYSTEM);
            kafka.server.startup();
            ports.save(root);
            kafka.awaitReady();
        } catch (RuntimeException e) {
            kafka.stop();
            throw e;
        }
        log.info("Kafka ready at {} (data in {})", kafka.bootstrapServers(), root);
        return kafka;
    }

    /** {@code host:port} of the PLAINTEXT listener. */
    public String bootstrapServers() {
        return bootstrapServers("PLAINTEXT");
    }

    /** {@code host:port} of the advertised listener with this name (e.g. SASL_PLAINTEXT). */
    public String bootstrapServers(String listenerName) {
        return KafkaServerProps.advertisedAddress(serverProps, listenerName);
    }

    /** Creates topics, ignoring those that already exist. */
    public void createTopics(List<NewTopic> topics) {
        Admin admin = admin();
        try {
            for (var entry : admin.createTopics(topics).values().entrySet()) {
                awaitCreated(entry.getKey(), entry.getValue());
            }
        } finally {
            admin.close(CLIENT_CLOSE_TIMEOUT);
        }
    }

    /** An admin client for this broker; the caller closes it. */
    public Admin admin() {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) ADMIN_TIMEOUT.toMillis());
        return Admin.create(props);
    }

    /** Stops the broker (bounded in time) and deletes the temporary directory, if any. */
    public synchronized void stop() {
        if (stopped) {
            return;
        }
        stopped = true;
        if (server != null) {
            shutdownBounded();
        }
        ShutdownHooks.unregister(shutdownHook);
        Dirs.deleteQuietly(tempDir);
    }

    @Override
    public void close() {
        stop();
    }

    private static void formatIfNeeded(Path root, Map<String, String> props) {
        KafkaStorage.formatIfNeeded(root.resolve("kafka"), props, root.resolve("kafka-format.properties"),
            Uuid.randomUuid().toString(), List.of("--standalone"));
    }

    private void awaitReady() {
        Admin admin = admin();
        try {
            admin.describeCluster().nodes().get(READY_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for Kafka", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Kafka at " + bootstrapServers() + " not ready after "
                + READY_TIMEOUT.toSeconds() + " s", e);
        } finally {
            admin.close(CLIENT_CLOSE_TIMEOUT);
        }
    }

    static void awaitCreated(String topic, KafkaFuture<Void> future) {
        try {
            future.get(ADMIN_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("cannot create topic " + topic + ": " + e.getCause().getMessage(), e);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating topic " + topic, e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("topic " + topic + " not created after " + ADMIN_TIMEOUT.toSeconds() + " s", e);
        }
    }

    private void shutdownBounded() {
        Thread stopper = new Thread(this::shutdownServer, "embedded-kafka-stop");
        stopper.setDaemon(true);
        stopper.start();
        try {
            stopper.join(STOP_TIMEOUT.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (stopper.isAlive()) {
            log.warn("Kafka did not stop within {} s", STOP_TIMEOUT.toSeconds());
        }
    }

    private void shutdownServer() {
        try {
            server.shutdown();
            server.awaitShutdown();
        } catch (RuntimeException e) {
            log.warn("Error while stopping Kafka: {}", e.toString());
        }
    }
}
