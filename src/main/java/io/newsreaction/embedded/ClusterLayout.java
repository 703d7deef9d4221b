package io.newsreaction.embedded;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.common.Uuid;

/**
 * The fixed facts of a local multi-broker cluster: its id, how many nodes, and each node's broker
 * and controller port. Saved in the cluster directory, so a node restarted on the same directory,
 * or the whole cluster restarted on it, comes back with the same id and addresses.
 *
 * @param clusterId the KRaft cluster id every node's storage is formatted with
 * @param ports     node {@code i + 1}'s ports at index {@code i}
 */
record ClusterLayout(String clusterId, List<KafkaPorts> ports) {
    static final String FILE_NAME = "cluster.properties";
    /** The first nodes (at most three) are controllers as well as brokers: a quorum that survives one loss. */
    static final int MAX_CONTROLLERS = 3;

    ClusterLayout {
        ports = List.copyOf(ports);
    }

    /** The layout saved in {@code dir}, or a fresh one of {@code brokers} nodes on free ports. */
    static ClusterLayout loadOrCreate(Path dir, int brokers) {
        Properties saved = Dirs.readProperties(dir.resolve(FILE_NAME));
        if (saved.isEmpty()) {
            ClusterLayout layout = fresh(brokers);
            layout.save(dir);
            return layout;
        }
        int savedBrokers = Integer.parseInt(saved.getProperty("brokers"));
        if (savedBrokers != brokers) {
            throw new IllegalStateException("data dir " + dir + " holds a cluster of " + savedBrokers
                + " brokers, not " + brokers + "; use --brokers " + savedBrokers + " or another --data-dir");
        }
        List<KafkaPorts> ports = new ArrayList<>();
        for (int node = 1; node <= brokers; node++) {
            ports.add(new KafkaPorts(Integer.parseInt(saved.getProperty("node." + node + ".broker.port")),
                Integer.parseInt(saved.getProperty("node." + node + ".controller.port"))));
        }
        return new ClusterLayout(saved.getProperty("cluster.id"), ports);
    }

    private static ClusterLayout fresh(int brokers) {
        List<KafkaPorts> ports = new ArrayList<>();
        List<Integer> taken = new ArrayList<>();
        while (ports.size() < brokers) {
            KafkaPorts candidate = KafkaPorts.fresh();
            if (!taken.contains(candidate.broker()) && !taken.contains(candidate.controller())) {
                taken.add(candidate.broker());
                taken.add(candidate.controller());
                ports.add(candidate);
            }
        }
        return new ClusterLayout(Uuid.randomUuid().toString(), ports);
    }

    int brokers() {
        return ports.size();
    }

    int controllers() {
        return Math.min(MAX_CONTROLLERS, brokers());
    }

    boolean isController(int nodeId) {
        return nodeId <= controllers();
    }

    KafkaPorts portsOf(int nodeId) {
        return ports.get(nodeId - 1);
    }

    /** Replication factor of topics: three copies, or one per broker on a smaller cluster. */
    short replicationFactor() {
        return replicationFactor(brokers());
    }

    /** Two in-sync copies for an acknowledged write once there are three, so one broker may be down. */
    int minInSyncReplicas() {
        return minInSyncReplicas(brokers());
    }

    static short replicationFactor(int brokers) {
        return (short) Math.min(3, brokers);
    }

    static int minInSyncReplicas(int brokers) {
        return brokers >= 3 ? 2 : 1;
    }

    /** {@code 1@127.0.0.1:port,2@...}: the static controller quorum. */
    String quorumVoters() {
        List<String> voters = new ArrayList<>();
        for (int node = 1; node <= controllers(); node++) {
            voters.add(node + "@127.0.0.1:" + portsOf(node).controller());
        }
        return String.join(",", voters);
    }

    /** {@code host:port} of every broker's PLAINTEXT listener. */
    String bootstrapServers() {
        List<String> addresses = new ArrayList<>();
        ports.forEach(p -> addresses.add("127.0.0.1:" + p.broker()));
        return String.join(",", addresses);
    }

    private void save(Path dir) {
        Properties props = new Properties();
        props.setProperty("cluster.id", clusterId);
        props.setProperty("brokers", Integer.toString(brokers()));
        for (int node = 1; node <= brokers(); node++) {
            props.setProperty("node." + node + ".broker.port", Integer.toString(portsOf(node).broker()));
            props.setProperty("node." + node + ".controller.port", Integer.toString(portsOf(node).controller()));
        }
        Dirs.writeProperties(dir.resolve(FILE_NAME), props, "layout of the local Kafka cluster");
    }
}
