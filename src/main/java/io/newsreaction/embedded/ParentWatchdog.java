package io.newsreaction.embedded;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs a command for as long as a parent process lives: {@code ParentWatchdog <parentPid> <command...>}.
 * The embedded registry is started through it, so a parent that dies without running its
 * shutdown hooks (kill -9, a crash) does not leave the registry running forever. The watchdog
 * also stops the command when it is itself terminated, and exits with the command's exit code.
 * It uses the JDK only, so a tiny JVM (e.g. {@code -Xmx16m}) runs it.
 */
public final class ParentWatchdog {
    static final Duration POLL_INTERVAL = Duration.ofSeconds(1);
    static final Duration STOP_GRACE = Duration.ofSeconds(10);
    /** Quick start-up matters more than peak throughput for the watchdog and a development registry. */
    static final List<String> FAST_START_JVM = List.of("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");
    private static final AtomicReference<Process> CHILD = new AtomicReference<>();
    private static final Object LOCK = new Object();
    private static boolean stopping;

    private ParentWatchdog() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length < 2) {
            System.err.println("usage: ParentWatchdog <parentPid> <command> [args...]");
            System.exit(2);
        }
        // The handle remembers the parent's start time, so a recycled PID does not count as alive.
        Optional<ProcessHandle> parent = ProcessHandle.of(Long.parseLong(args[0]));
        if (parent.isEmpty()) {
            System.err.println("ParentWatchdog: parent process " + args[0] + " is not running");
            System.exit(1);
        }
        // The hook exists before the child and waits for a start in progress: a SIGTERM that
        // arrives while the child starts must not leave it behind.
        Runtime.getRuntime().addShutdownHook(new Thread(ParentWatchdog::stopChild, "watchdog-shutdown"));
        Process child;
        synchronized (LOCK) {
            if (stopping) {
                return;
            }
            child = new ProcessBuilder(Arrays.asList(args).subList(1, args.length)).inheritIO().start();
            CHILD.set(child);
        }
        watch(parent.get(), child);
        System.exit(child.isAlive() ? 1 : child.exitValue());
    }

    /** The command line that starts a watchdog of {@code parentPid}; append the command to run under it. */
    public static List<String> command(long parentPid) {
        List<String> command = new ArrayList<>();
        command.add(javaExecutable());
        command.add("-Xmx16m");
        command.addAll(FAST_START_JVM);
        command.add("-cp");
        command.add(classPath());
        command.add(ParentWatchdog.class.getName());
        command.add(Long.toString(parentPid));
        return command;
    }

    /** The {@code java} of the running JVM. */
    public static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** Where this class was loaded from: the watchdog needs nothing but the JDK and itself. */
    private static String classPath() {
        try {
            return Path.of(ParentWatchdog.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (java.net.URISyntaxException | RuntimeException e) {
            return System.getProperty("java.class.path");
        }
    }

    private static void stopChild() {
        Process child;
        synchronized (LOCK) {
            stopping = true;
            child = CHILD.get();
        }
        if (child != null) {
            ProcessTree.stop(child.toHandle(), STOP_GRACE);
        }
    }

    private static void watch(ProcessHandle parent, Process child) throws InterruptedException {
        while (child.isAlive()) {
            if (!parent.isAlive()) {
                System.err.println("ParentWatchdog: parent process " + parent.pid() + " is gone, stopping " + child.pid());
                ProcessTree.stop(child.toHandle(), STOP_GRACE);
                return;
            }
            child.waitFor(POLL_INTERVAL.toMillis(), TimeUnit.MILLISECONDS);
        }
    }
}
