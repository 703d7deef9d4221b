package io.newsreaction.embedded;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.admin.ListTopicsOptions;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.TopicPartitionInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A KRaft cluster of N nodes on this machine, each a JVM of its own ({@link KafkaNode}), on free
 * 127.0.0.1 ports: the first three nodes form the controller quorum, topics get
 * {@code min(3, N)} replicas and, from three brokers on, {@code min.insync.replicas} 2. Any node
 * can be killed and restarted on its directory and ports. Data lives in a temporary directory
 * deleted on close, or in a given directory kept across restarts. Every node stops on
 * {@link #close()}, on JVM shutdown, and within seconds of this JVM dying (its watchdog).
 */
public final class KafkaCluster implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(KafkaCluster.class);
    private static final Duration READY_LIMIT = Duration.ofSeconds(180);
    private static final Duration POLL = Duration.ofMillis(250);
    private static final Duration ADMIN_TIMEOUT = Duration.ofSeconds(15);
    private static final Duration CLIENT_CLOSE_TIMEOUT = Duration.ofSeconds(5);

    private final ClusterLayout layout;
    private final List<KafkaNode> nodes;
    private final Path tempDir;
    private volatile Thread shutdownHook;
    private boolean stopped;

    private KafkaCluster(ClusterLayout layout, List<KafkaNode> nodes, Path tempDir) {
        this.layout = layout;
        this.nodes = List.copyOf(nodes);
        this.tempDir = tempDir;
    }

    /** Starts {@code settings.brokers()} nodes and waits until every one has registered. */
    public static KafkaCluster start(ClusterSettings settings) {
        Path tempDir = settings.dataDir() == null ? Dirs.createTemp("news-reaction-cluster-") : null;
        Path root = Dirs.createDirectories(settings.dataDir() == null ? tempDir : settings.dataDir());
        ClusterLayout layout = ClusterLayout.loadOrCreate(root, settings.brokers());
        List<KafkaNode> nodes = new ArrayList<>();
        for (int id = 1; id <= settings.brokers(); id++) {
            Path dir = root.resolve("kafka-" + id);
            nodes.add(new KafkaNode(id, dir, layout.clusterId(),
                ClusterNodeProps.build(layout, id, dir.resolve("data"), settings.configOf(id))));
        }
        KafkaCluster cluster = new KafkaCluster(layout, nodes, tempDir);
        cluster.shutdownHook = ShutdownHooks.register("kafka-cluster-shutdown", cluster::stop);
        try {
            nodes.forEach(KafkaNode::start);
            cluster.awaitRegistered(nodes);
        } catch (RuntimeException e) {
            cluster.stop();
            throw e;
        }
        log.info("Kafka cluster of {} brokers ready at {} (data in {})", nodes.size(), cluster.bootstrapServers(), root);
        return cluster;
    }

    /** {@code host:port,...} of every broker's PLAINTEXT listener. */
    public String bootstrapServers() {
        return layout.bootstrapServers();
    }

    public List<KafkaNode> nodes() {
        return nodes;
    }

    /** The node with this id (1..N). */
    public KafkaNode node(int id) {
        if (id < 1 || id > nodes.size()) {
            throw new IllegalArgumentException("no node " + id + " in a cluster of " + nodes.size());
        }
        return nodes.get(id - 1);
    }

    /**
     * The broker settings a cluster of {@code brokers} nodes runs with for replication and
     * transactions (replication factors, minimum in-sync replicas, partition counts of the internal
     * topics): what a production cluster should use too, checked against {@code docker-compose.yml}.
     */
    public static Map<String, String> replicationSettings(int brokers) {
        return ClusterNodeProps.replicationSettings(brokers);
    }

    /** The replication factor this cluster's brokers give new topics. */
    public short replicationFactor() {
        return layout.replicationFactor();
    }

    /** An admin client on every broker; the caller closes it. */
    public Admin admin() {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) ADMIN_TIMEOUT.toMillis());
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) ADMIN_TIMEOUT.toMillis());
        return Admin.create(props);
    }

    /** Creates topics, ignoring those that already exist. */
    public void createTopics(List<NewTopic> topics) {
        try (Admin admin = admin()) {
            for (var entry : admin.createTopics(topics).values().entrySet()) {
                EmbeddedKafka.awaitCreated(entry.getKey(), entry.getValue());
            }
        }
    }

    /** Starts a stopped or killed node again and waits until it has registered with the controller. */
    public void restart(int id) {
        node(id).start();
        awaitRegistered(List.of(node(id)));
    }

    /** The id of the partition's leader, or -1 when it has none. */
    public int leaderOf(TopicPartition partition) {
        try (Admin admin = admin()) {
            TopicPartitionInfo info = describe(admin, List.of(partition.topic())).get(partition.topic())
                .partitions().get(partition.partition());
            return info.leader() == null || info.leader().isEmpty() ? -1 : info.leader().id();
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot describe " + partition + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while describing " + partition, e);
        }
    }

    /**
     * Waits until every partition of every topic (internal ones included) has all its replicas in
     * sync, as an operator does between two steps of a rolling restart.
     *
     * @return false when some partition is still under-replicated after {@code timeout}
     */
    public boolean awaitFullyReplicated(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        try (Admin admin = admin()) {
            while (System.nanoTime() < deadline) {
                if (underReplicated(admin) == 0) {
                    return true;
                }
                Thread.sleep(POLL.toMillis());
            }
        }
        return false;
    }

    /** Stops every node (SIGTERM to all at once, forced after a grace period) and deletes a temporary directory. */
    public synchronized void stop() {
        if (stopped) {
            return;
        }
        stopped = true;
        List<CompletableFuture<Boolean>> stops = nodes.stream()
            .map(node -> CompletableFuture.supplyAsync(node::stop)).toList();
        stops.forEach(CompletableFuture::join);
        ShutdownHooks.unregister(shutdownHook);
        Dirs.deleteQuietly(tempDir);
    }

    @Override
    public void close() {
        stop();
    }

    private static long underReplicated(Admin admin) throws InterruptedException {
        try {
            Set<String> names = admin.listTopics(new ListTopicsOptions().listInternal(true)).names()
                .get(ADMIN_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            return describe(admin, names).values().stream().flatMap(t -> t.partitions().stream())
                .filter(p -> p.isr().size() < p.replicas().size()).count();
        } catch (ExecutionException | TimeoutException e) {
            return -1;
        }
    }

    private static Map<String, TopicDescription> describe(Admin admin, Collection<String> topics)
            throws InterruptedException, ExecutionException, TimeoutException {
        return admin.describeTopics(topics).allTopicNames().get(ADMIN_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void awaitRegistered(List<KafkaNode> expected) {
        Set<Integer> ids = expected.stream().map(KafkaNode::id).collect(Collectors.toSet());
        long deadline = System.nanoTime() + READY_LIMIT.toNanos();
        // an admin client would log a warning per attempt on a port that does not listen yet
        while (expected.stream().anyMatch(node -> FreePorts.isClosed(node.port())) && System.nanoTime() < deadline) {
            expected.forEach(KafkaCluster::checkRunning);
            sleep(POLL);
        }
        try (Admin admin = admin()) {
            while (!registered(admin).containsAll(ids)) {
                expected.forEach(KafkaCluster::checkRunning);
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("Kafka nodes " + ids + " not ready after " + READY_LIMIT.toSeconds()
                        + " s; see " + expected.get(0).logFile());
                }
                sleep(POLL);
            }
        }
    }

    private static void checkRunning(KafkaNode node) {
        if (!node.isRunning()) {
            throw new IllegalStateException("Kafka " + node + " exited during start-up; see " + node.logFile());
        }
    }

    private static void sleep(Duration period) {
        try {
            Thread.sleep(period.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for Kafka", e);
        }
    }

    private static Set<Integer> registered(Admin admin) {
        try {
            return admin.describeCluster().nodes().get(ADMIN_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS).stream()
                .map(Node::id).collect(Collectors.toSet());
        } catch (ExecutionException | TimeoutException e) {
            return Set.of();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for Kafka", e);
        }
    }
}
