package io.newsreaction.cli;

import io.newsreaction.embedded.ClusterSettings;
import io.newsreaction.embedded.ClusterStack;
import io.newsreaction.embedded.EmbeddedLogs;
import io.newsreaction.embedded.EmbeddedStack;
import io.newsreaction.embedded.LogDir;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code news-reaction local}: the embedded Kafka broker (or, with {@code --brokers N}, a cluster of N
 * broker JVMs) and schema registry with the default topics, kept up for development until
 * SIGINT/SIGTERM. Prints exactly two lines on stdout once ready ({@code bootstrap.servers=...},
 * {@code schema.registry.url=...}); logs go to stderr.
 */
@Command(name = "local", mixinStandardHelpOptions = true,
    description = "Run an embedded Kafka broker and schema registry for development until interrupted.")
public final class LocalCommand implements Callable<Integer> {
    private static final Logger log = LoggerFactory.getLogger(LocalCommand.class);

    @Spec
    CommandSpec spec;

    @Option(names = "--data-dir", paramLabel = "DIR",
        description = "Keep Kafka data and schemas in DIR across restarts (default: temporary, deleted on exit).")
    Path dataDir;

    @Option(names = "--broker-config", paramLabel = "KEY=VALUE",
        description = "Broker setting added to the embedded defaults (repeatable), e.g. log.retention.ms=3600000.")
    Map<String, String> brokerConfig = new LinkedHashMap<>();

    @Option(names = "--brokers", paramLabel = "N", defaultValue = "1",
        description = "Number of brokers (default: ${DEFAULT-VALUE}, in this JVM). From 2 on, a KRaft cluster with one "
            + "JVM per broker, topics replicated min(3, N) times, min.insync.replicas 2 from 3 brokers on.")
    int brokers;

    @Override
    public Integer call() throws InterruptedException {
        if (brokers < 1) {
            throw new ParameterException(spec.commandLine(), "--brokers must be at least 1: " + brokers);
        }
        // Every part stops itself on JVM shutdown (SIGINT/SIGTERM), a temporary log directory is then
        // deleted once the stack has stopped: this thread only waits.
        LogDir logDir = LogDir.of(dataDir);
        EmbeddedLogs.divertTo(logDir.path().resolve("embedded-kafka.log"), Verbosity.verbose());
        System.err.println("embedded broker and registry log to " + logDir.path().toAbsolutePath()
                + (logDir.temporary() ? ", deleted on exit" : "")
                + (Verbosity.verbose() ? " (and, with --verbose, here)" : " (--verbose: also here)"));
        try {
            logDir.stopFirst(start(logDir.path()));
        } catch (RuntimeException e) {
            if (logDir.temporary()) {
                logDir.keep();
                System.err.println("the logs of the failed start stay in " + logDir.path().toAbsolutePath());
            }
            throw e;
        }
        log.info("Embedded stack ready; stop it with Ctrl+C");
        new CountDownLatch(1).await();
        return ErrorHandler.EXIT_OK;
    }

    /** Starts the stack, prints its addresses and returns it. */
    private AutoCloseable start(Path logDir) {
        PrintWriter out = spec.commandLine().getOut();
        if (brokers == 1) {
            EmbeddedStack stack = EmbeddedStack.start(dataDir, brokerConfig, logDir.resolve("registry.log"));
            printAddresses(out, stack.bootstrapServers(), stack.schemaRegistryUrl());
            return stack;
        }
        ClusterStack stack = ClusterStack.start(new ClusterSettings(brokers, dataDir, brokerConfig, Map.of()));
        printAddresses(out, stack.bootstrapServers(), stack.schemaRegistryUrl());
        stack.cluster().nodes().forEach(node -> log.info("Kafka {}, log in {}", node, node.logFile()));
        return stack;
    }

    private static void printAddresses(PrintWriter out, String bootstrapServers, String registryUrl) {
        out.println("bootstrap.servers=" + bootstrapServers);
        out.println("schema.registry.url=" + registryUrl);
        out.flush();
    }
}
