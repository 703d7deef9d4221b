package io.newsreaction.embedded;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.utils.Time;

/**
 * The main class of one node of a {@link KafkaCluster}, in a JVM of its own:
 * {@code KafkaNodeProcess <node.properties> <clusterId>}. Formats the node's storage on first
 * start, runs the KRaft server until SIGTERM (a controlled shutdown), and can be killed with
 * {@code kill -9} and started again on the same directory and ports. It runs under a
 * {@link ParentWatchdog}, so it also stops when the JVM that started the cluster dies, and it
 * stops when that watchdog is gone too.
 */
public final class KafkaNodeProcess {
    private KafkaNodeProcess() {
    }

    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: KafkaNodeProcess <node.properties> <clusterId>");
            System.exit(2);
        }
        Path propsFile = Path.of(args[0]);
        Map<String, String> props = new LinkedHashMap<>();
        Properties file = Dirs.readProperties(propsFile);
        file.stringPropertyNames().forEach(key -> props.put(key, file.getProperty(key)));
        KafkaStorage.formatIfNeeded(Path.of(props.get("log.dirs")), props,
            propsFile.resolveSibling("format.properties"), args[1], List.of());
        KafkaRaftServer server = new KafkaRaftServer(new KafkaConfig(props, false), Time.SYSTEM);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.shutdown();
            server.awaitShutdown();
        }, "kafka-node-shutdown"));
        exitWithParent();
        server.startup();
        System.err.println("KafkaNodeProcess: node " + props.get("node.id") + " started, pid " + ProcessHandle.current().pid());
        server.awaitShutdown();
    }

    /**
     * Exits (a controlled shutdown, through the hook) when the watchdog that started this node is
     * gone: a watchdog killed with -9 cannot stop its child, and the node must not outlive it.
     */
    private static void exitWithParent() {
        ProcessHandle parent = ProcessHandle.current().parent().orElse(null);
        if (parent == null) {
            return;
        }
        Thread watch = new Thread(() -> {
            parent.onExit().join();
            System.err.println("KafkaNodeProcess: parent " + parent.pid() + " is gone, stopping");
            System.exit(1);
        }, "kafka-node-parent-watch");
        watch.setDaemon(true);
        watch.start();
    }
}
