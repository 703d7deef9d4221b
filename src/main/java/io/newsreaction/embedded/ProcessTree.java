package io.newsreaction.embedded;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

/** Stops a process and all its descendants: a polite signal first, then a forced kill. */
public final class ProcessTree {
    private ProcessTree() {
    }

    /**
     * Sends SIGTERM to {@code root} and its descendants, waits up to {@code grace}, then kills
     * whatever is left and waits up to {@code grace} again.
     *
     * @return true when every process of the tree has exited
     */
    public static boolean stop(ProcessHandle root, Duration grace) {
        List<ProcessHandle> tree = withDescendants(root);
        tree.forEach(ProcessHandle::destroy);
        if (awaitExit(tree, grace)) {
            return true;
        }
        tree.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
        return awaitExit(tree, grace);
    }

    /** The root followed by all its living descendants, snapshotted now. */
    public static List<ProcessHandle> withDescendants(ProcessHandle root) {
        List<ProcessHandle> tree = new ArrayList<>();
        tree.add(root);
        tree.addAll(root.descendants().collect(Collectors.toList()));
        return tree;
    }

    /** Waits until every process has exited; false if some are still alive after the timeout. */
    public static boolean awaitExit(List<ProcessHandle> processes, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        for (ProcessHandle process : processes) {
            long left = deadline - System.nanoTime();
            try {
                process.onExit().get(Math.max(0, left), TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            } catch (ExecutionException | TimeoutException e) {
                return processes.stream().noneMatch(ProcessHandle::isAlive);
            }
        }
        return true;
    }
}
