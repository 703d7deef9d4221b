package io.newsreaction.bench;

import io.newsreaction.embedded.ParentWatchdog;
import io.newsreaction.embedded.ProcessTree;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.ProcessBuilder.Redirect;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The embedded Kafka broker and schema registry in a JVM of their own: {@code news-reaction local}
 * started as a child process under a {@link ParentWatchdog} (so a bench killed with -9 does not
 * leave it behind), the way a deployment runs its broker apart from its apps. The bench's apps,
 * consumers and generator then share their JVM with nothing of the broker's: no heap, no GC, no
 * JIT-compiled code. Its CPU still counts: {@link CpuClock} adds the child processes.
 *
 * <p>The child is {@code java -jar <application jar> local}, the command a user types, so the
 * bench needs neither the entry point nor the commands' classes, and {@code local} has one way
 * to start. The jar is the one this class was loaded from ({@code java -jar news-reaction.jar
 * bench}; failsafe puts the packaged jar on the class path too), else the one the system property
 * {@value #JAR_PROPERTY} names (a run from {@code target/classes}). Reading the main class from a
 * manifest to start it on this JVM's class path would only be a second way of doing what
 * {@code -jar} does.
 */
final class ChildStack implements AutoCloseable {
    private static final Duration START_LIMIT = Duration.ofMinutes(5);
    private static final Duration STOP_GRACE = Duration.ofSeconds(30);
    private static final String HEAP = "-Xmx1g";
    private static final String BOOTSTRAP = "bootstrap.servers=";
    private static final String REGISTRY = "schema.registry.url=";
    static final String JAR_PROPERTY = "newsreaction.jar";

    private final Process process;
    private final String bootstrapServers;
    private final String registryUrl;
    private final Thread stopOnExit;

    private ChildStack(Process process, String bootstrapServers, String registryUrl) {
        this.process = process;
        this.bootstrapServers = bootstrapServers;
        this.registryUrl = registryUrl;
        this.stopOnExit = new Thread(this::stop, "bench-child-stack-stop");
        Runtime.getRuntime().addShutdownHook(stopOnExit);
    }

    /** Starts the stack with extra broker settings and JVM options of the child; its log goes to {@code logFile}. */
    static ChildStack start(Map<String, String> brokerConfig, List<String> jvmOptions, Path logFile) {
        Process process = launch(command(brokerConfig, jvmOptions), logFile);
        CompletableFuture<String[]> ready = CompletableFuture.supplyAsync(() -> readAddresses(process));
        try {
            String[] addresses = ready.get(START_LIMIT.toSeconds(), TimeUnit.SECONDS);
            return new ChildStack(process, addresses[0], addresses[1]);
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            ProcessTree.stop(process.toHandle(), STOP_GRACE);
            Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
            throw new IllegalStateException("the embedded stack did not start in its own JVM (" + cause.getMessage()
                    + "); see " + logFile, cause);
        } catch (InterruptedException e) {
            ProcessTree.stop(process.toHandle(), STOP_GRACE);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting the embedded stack", e);
        }
    }

    String bootstrapServers() {
        return bootstrapServers;
    }

    String schemaRegistryUrl() {
        return registryUrl;
    }

    @Override
    public void close() {
        stop();
        try {
            Runtime.getRuntime().removeShutdownHook(stopOnExit);
        } catch (IllegalStateException e) {
            // the JVM is shutting down, and the hook runs (or ran) anyway
        }
    }

    private void stop() {
        if (!ProcessTree.stop(process.toHandle(), STOP_GRACE)) {
            System.err.println("the embedded stack (pid " + process.pid() + ") did not stop within "
                    + STOP_GRACE.multipliedBy(2).toSeconds() + " s");
        }
    }

    /** The watchdog, then the same java running {@code local} from the application jar. */
    static List<String> command(Map<String, String> brokerConfig, List<String> jvmOptions) {
        List<String> command = new ArrayList<>(ParentWatchdog.command(ProcessHandle.current().pid()));
        command.addAll(List.of(ParentWatchdog.javaExecutable(), HEAP));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", applicationJar().toString(), "local"));
        brokerConfig.forEach((key, value) -> command.addAll(List.of("--broker-config", key + "=" + value)));
        return command;
    }

    /** The jar this class was loaded from, else the one {@value #JAR_PROPERTY} names. */
    static Path applicationJar() {
        Path loadedFrom = loadedFrom();
        if (Files.isRegularFile(loadedFrom)) {
            return loadedFrom;
        }
        String named = System.getProperty(JAR_PROPERTY);
        if (named != null && Files.isRegularFile(Path.of(named))) {
            return Path.of(named);
        }
        throw new IllegalStateException("the embedded stack starts in its own JVM from the application jar, but the bench runs from "
                + loadedFrom + " and -D" + JAR_PROPERTY + " names no jar (" + named + "): run java -jar news-reaction.jar bench");
    }

    private static Path loadedFrom() {
        try {
            return Path.of(ChildStack.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot tell where the bench was loaded from: " + e.getMessage(), e);
        }
    }

    private static Process launch(List<String> command, Path logFile) {
        try {
            return new ProcessBuilder(command).redirectError(Redirect.appendTo(logFile.toFile())).start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the embedded stack in its own JVM: " + e.getMessage(), e);
        }
    }

    /** Reads the two address lines {@code local} prints when ready, then drains its stdout. */
    private static String[] readAddresses(Process process) {
        String bootstrap = null;
        String registry = null;
        BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        try {
            String line;
            while ((bootstrap == null || registry == null) && (line = reader.readLine()) != null) {
                if (line.startsWith(BOOTSTRAP)) {
                    bootstrap = line.substring(BOOTSTRAP.length());
                } else if (line.startsWith(REGISTRY)) {
                    registry = line.substring(REGISTRY.length());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (bootstrap == null || registry == null) {
            throw new IllegalStateException("it exited before printing its addresses");
        }
        Thread drain = new Thread(() -> reader.lines().forEach(line -> { }), "bench-child-stack-stdout");
        drain.setDaemon(true);
        drain.start();
        return new String[] {bootstrap, registry};
    }
}
