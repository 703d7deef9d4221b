package io.newsreaction.embedded;

import io.newsreaction.registry.RegistryClientConfig;
import io.newsreaction.registry.RestSchemaRegistryClient;
import io.newsreaction.registry.SchemaRegistryException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Apicurio Registry (Confluent-compatible API) as a child process on a free 127.0.0.1 port, with
 * global compatibility BACKWARD. Its log goes to a file. With a data directory the schemas are
 * kept in an H2 file there and survive restarts with the same ids; without one they live in
 * memory. The process tree is stopped on {@link #close()}, on JVM shutdown, and, through a
 * {@link ParentWatchdog}, within seconds of this JVM dying abruptly.
 */
public final class EmbeddedRegistry implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(EmbeddedRegistry.class);
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(180);
    private static final Duration POLL_INTERVAL = Duration.ofMillis(250);
    private static final Duration STOP_GRACE = Duration.ofSeconds(10);
    private static final String API_PATH = "/apis/ccompat/v7";

    private final Process process;
    private final int port;
    private final Path logFile;
    private final Path tempDir;
    private volatile Thread shutdownHook;
    private volatile boolean stopped;

    private EmbeddedRegistry(Process process, int port, Path logFile, Path tempDir) {
        this.process = process;
        this.port = port;
        this.logFile = logFile;
        this.tempDir = tempDir;
    }

    /** Starts the registry found by {@link ApicurioLocator}, storing in {@code dataDir} or in memory when null. */
    public static EmbeddedRegistry start(Path dataDir) {
        return start(dataDir, ApicurioLocator.locate());
    }

    /** Starts the registry unpacked in {@code apicurioDir}, storing in {@code dataDir} or in memory when null. */
    public static EmbeddedRegistry start(Path dataDir, Path apicurioDir) {
        return start(dataDir, apicurioDir, null);
    }

    /**
     * As {@link #start(Path, Path)}, with the registry's log in {@code logFile} (appended to), or,
     * when null, in {@code apicurio.log} next to its storage.
     */
    public static EmbeddedRegistry start(Path dataDir, Path apicurioDir, Path logFile) {
        Path tempDir = dataDir == null ? Dirs.createTemp("news-reaction-registry-") : null;
        Path workDir = Dirs.createDirectories(dataDir == null ? tempDir : dataDir.resolve("registry"));
        Path storage = dataDir == null ? null : workDir.resolve("registry");
        int port = FreePorts.find();
        List<String> command = RegistryCommand.build(apicurioDir, port, storage, ProcessHandle.current().pid());
        Path logPath = logFile == null ? workDir.resolve("apicurio.log") : logFile;
        Dirs.createDirectories(logPath.toAbsolutePath().getParent());
        EmbeddedRegistry registry = new EmbeddedRegistry(launch(command, workDir, logPath), port, logPath, tempDir);
        registry.shutdownHook = ShutdownHooks.register("embedded-registry-shutdown", registry::stop);
        try {
            registry.awaitReadyAndConfigure();
        } catch (RuntimeException e) {
            registry.stop(false);
            throw e;
        }
        log.info("Schema registry ready at {} (log in {})", registry.url(), registry.logFile);
        return registry;
    }

    /** The Confluent-compatible API: {@code http://127.0.0.1:PORT/apis/ccompat/v7}. */
    public String url() {
        return "http://127.0.0.1:" + port + API_PATH;
    }

    public int port() {
        return port;
    }

    public Path logFile() {
        return logFile;
    }

    /** The root of the registry's process tree (the watchdog); the registry JVM is its child. */
    public ProcessHandle process() {
        return process.toHandle();
    }

    /** Stops the whole process tree (SIGTERM, then a forced kill after a grace period). */
    public void stop() {
        stop(true);
    }

    /** Keeps the temporary directory (and so the log) when start-up failed. */
    private synchronized void stop(boolean deleteTempDir) {
        if (stopped) {
            return;
        }
        stopped = true;
        if (!ProcessTree.stop(process.toHandle(), STOP_GRACE)) {
            log.warn("Schema registry process tree of {} did not exit", process.pid());
        }
        ShutdownHooks.unregister(shutdownHook);
        if (deleteTempDir) {
            Dirs.deleteQuietly(tempDir);
        }
    }

    @Override
    public void close() {
        stop();
    }

    private static Process launch(List<String> command, Path workDir, Path logFile) {
        try {
            return new ProcessBuilder(command)
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(Redirect.appendTo(logFile.toFile()))
                .start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the schema registry: " + e.getMessage(), e);
        }
    }

    private void awaitReadyAndConfigure() {
        // one attempt per poll: the loop below is the retry, and a registry still starting is no warning
        RestSchemaRegistryClient client = RestSchemaRegistryClient.fromConfig(Map.of(
                RegistryClientConfig.SCHEMA_REGISTRY_URL, url(), RegistryClientConfig.MAX_RETRIES, "0",
                RegistryClientConfig.CONNECT_TIMEOUT_MS, "2000", RegistryClientConfig.READ_TIMEOUT_MS, "5000"));
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        try {
            while (!answers(client)) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("schema registry exited with code " + process.exitValue()
                        + " during start-up; see " + logFile);
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("schema registry not ready after "
                        + READY_TIMEOUT.toSeconds() + " s; see " + logFile);
                }
                Thread.sleep(POLL_INTERVAL.toMillis());
            }
            client.setCompatibility(null, "BACKWARD");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting the schema registry", e);
        } catch (SchemaRegistryException e) {
            throw new IllegalStateException("cannot configure the schema registry: " + e.getMessage()
                + "; see " + logFile, e);
        }
    }

    /** True when the Confluent API lists the subjects. */
    private static boolean answers(RestSchemaRegistryClient client) {
        try {
            client.subjects();
            return true;
        } catch (SchemaRegistryException e) {
            return false;
        }
    }
}
