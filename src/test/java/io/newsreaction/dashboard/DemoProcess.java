package io.newsreaction.dashboard;

import io.newsreaction.fixtures.RunProcess;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * {@code news-reaction demo --keep-running} as a separate JVM (the jar under test), stdout and
 * stderr each in a file. {@link #close()} stops it with SIGTERM (its hooks stop the service, the
 * broker and the registry), then kills what is left; a JVM shutdown hook does the same if the
 * test run itself is interrupted.
 */
final class DemoProcess implements AutoCloseable {
    private static final Duration STOP_LIMIT = Duration.ofSeconds(45);

    private final Path stdout;
    private final Path stderr;
    private final Process process;
    private final Thread hook;

    private DemoProcess(Path stdout, Path stderr, Process process) {
        this.stdout = stdout;
        this.stderr = stderr;
        this.process = process;
        this.hook = new Thread(this::stop, "demo-process-stop");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    static DemoProcess start(Path dir) throws IOException {
        Files.createDirectories(dir);
        Path out = dir.resolve("stdout.txt");
        Path err = dir.resolve("stderr.txt");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(List.of(java, "-Xmx512m", "-jar", RunProcess.jar().toString(),
                "demo", "--keep-running", "--out", dir.resolve("out").toString()))
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().keySet().removeIf(k -> k.startsWith("NEWS_REACTION_"));
        return new DemoProcess(out, err, builder.start());
    }

    /** The value of the first stdout line {@code name=value}, waiting up to {@code limit} for it. */
    String awaitLine(String name, Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            Optional<String> line = stdoutLines().stream().filter(l -> l.startsWith(name + "=")).findFirst();
            if (line.isPresent()) {
                return line.get().substring(name.length() + 1);
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("demo exited with " + process.exitValue() + " before printing " + name
                        + "=\n" + String.join("\n", stdoutLines()) + "\n" + String.join("\n", stderrLines()));
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("demo printed no " + name + "= line within " + limit);
    }

    List<String> stdoutLines() {
        return lines(stdout);
    }

    List<String> stderrLines() {
        return lines(stderr);
    }

    private static List<String> lines(Path file) {
        try {
            return Files.exists(file) ? Files.readAllLines(file, StandardCharsets.UTF_8) : List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        stop();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the JVM is shutting down: the hook runs stop() itself
        }
    }

    private void stop() {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(STOP_LIMIT.toSeconds(), TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
