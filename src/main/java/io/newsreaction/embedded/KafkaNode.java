package io.newsreaction.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * One node of a {@link KafkaCluster}: a {@link KafkaNodeProcess} JVM under a {@link ParentWatchdog},
 * with its directory, properties and log file. It can be stopped gracefully, killed with SIGKILL
 * and started again on the same directory and ports; only processes it started are signalled.
 */
public final class KafkaNode {
    private static final Duration EXIT_LIMIT = Duration.ofSeconds(20);
    private static final String HEAP = "-Xmx512m";

    private final int id;
    private final Path dir;
    private final String clusterId;
    private final Map<String, String> props;
    private Process watchdog;

    KafkaNode(int id, Path dir, String clusterId, Map<String, String> props) {
        this.id = id;
        this.dir = Dirs.createDirectories(dir);
        this.clusterId = clusterId;
        this.props = Map.copyOf(props);
    }

    public int id() {
        return id;
    }

    /** {@code 127.0.0.1:port} of the node's PLAINTEXT listener. */
    public String bootstrapServers() {
        return KafkaServerProps.advertisedAddress(props, "PLAINTEXT");
    }

    /** The port of the node's PLAINTEXT listener. */
    int port() {
        String address = bootstrapServers();
        return Integer.parseInt(address.substring(address.lastIndexOf(':') + 1));
    }

    /** The node's log (its stdout and stderr, appended across restarts). */
    public Path logFile() {
        return dir.resolve("node.log");
    }

    /** Starts the node's JVM; a no-op while it runs. */
    public synchronized void start() {
        if (isRunning()) {
            return;
        }
        Path propsFile = dir.resolve("node.properties");
        Properties fileProps = new Properties();
        fileProps.putAll(props);
        Dirs.writeProperties(propsFile, fileProps, "node " + id + " of the local Kafka cluster");
        List<String> command = new ArrayList<>(ParentWatchdog.command(ProcessHandle.current().pid()));
        command.addAll(List.of(ParentWatchdog.javaExecutable(), HEAP));
        command.addAll(ParentWatchdog.FAST_START_JVM);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), KafkaNodeProcess.class.getName(),
            propsFile.toString(), clusterId));
        try {
            watchdog = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(Redirect.appendTo(logFile().toFile())).start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start Kafka node " + id + ": " + e.getMessage(), e);
        }
    }

    /** True while the node's watchdog (and so normally its broker JVM) is alive. */
    public synchronized boolean isRunning() {
        return watchdog != null && watchdog.isAlive();
    }

    /** The broker JVM (the watchdog's child), once started. */
    public synchronized Optional<ProcessHandle> brokerProcess() {
        return watchdog == null ? Optional.empty() : watchdog.toHandle().children().findFirst();
    }

    /** {@code kill -9} of the broker JVM: no controlled shutdown; waits until it and its watchdog are gone. */
    public synchronized void kill() {
        if (watchdog == null) {
            return;
        }
        List<ProcessHandle> tree = ProcessTree.withDescendants(watchdog.toHandle());
        tree.subList(1, tree.size()).forEach(ProcessHandle::destroyForcibly);
        if (!ProcessTree.awaitExit(tree, EXIT_LIMIT)) {
            watchdog.destroyForcibly();
            ProcessTree.awaitExit(tree, EXIT_LIMIT);
        }
    }

    /** SIGTERM: a controlled shutdown (leadership moves away first); forced after a grace period. */
    public synchronized boolean stop() {
        return watchdog == null || ProcessTree.stop(watchdog.toHandle(), EXIT_LIMIT);
    }

    @Override
    public String toString() {
        return "node " + id + " at " + bootstrapServers() + brokerProcess().map(p -> " (pid " + p.pid() + ")").orElse("");
    }
}
