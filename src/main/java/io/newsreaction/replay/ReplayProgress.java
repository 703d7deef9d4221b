package io.newsreaction.replay;

import io.newsreaction.runtime.GroupProgress;
import io.newsreaction.runtime.ReactionApp;
import io.newsreaction.topology.ReactionMetrics;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;

/**
 * Waits until a replay is done: its group has consumed and committed everything in its private
 * inputs and its repartition topics, and the reaction counters stopped moving. Prints a progress
 * line (input records consumed of planned, records/s, ETA) every couple of seconds.
 */
public final class ReplayProgress {
    private static final Duration POLL = Duration.ofMillis(500);
    private static final long PRINT_EVERY_NANOS = 2_000_000_000L;
    private static final int QUIET_POLLS = 3;

    private final Map<String, ?> kafkaConfig;
    private final String groupId;
    private final List<String> inputs;
    private final List<String> internal;
    private final ReactionApp app;
    private final PrintWriter out;

    /**
     * @param inputs   the topics the planned records are in
     * @param internal the topology's repartition topics
     */
    public ReplayProgress(Map<String, ?> kafkaConfig, String groupId, List<String> inputs, List<String> internal,
            ReactionApp app, PrintWriter out) {
        this.kafkaConfig = kafkaConfig;
        this.groupId = groupId;
        this.inputs = List.copyOf(inputs);
        this.internal = List.copyOf(internal);
        this.app = app;
        this.out = out;
    }

    /** True when drained within {@code timeout}; {@code planned} is the number of input records. */
    public boolean awaitDrained(long planned, Duration timeout) throws InterruptedException {
        long started = System.nanoTime();
        long deadline = started + timeout.toNanos();
        long lastPrint = started;
        long lastSignature = -1;
        int quiet = 0;
        try (GroupProgress inputLag = new GroupProgress(kafkaConfig, groupId, inputs);
                GroupProgress internalLag = new GroupProgress(kafkaConfig, groupId, internal)) {
            while (System.nanoTime() < deadline) {
                if (app.failed()) {
                    throw new IllegalStateException("the replay's streams client failed: " + app.streams().state());
                }
                long pendingInputs = lag(inputLag);
                long lag = pendingInputs == Long.MAX_VALUE ? Long.MAX_VALUE : pendingInputs + lag(internalLag);
                long signature = signature(app.metrics());
                quiet = lag == 0 && signature == lastSignature ? quiet + 1 : 0;
                lastSignature = signature;
                long consumed = pendingInputs == Long.MAX_VALUE ? 0 : Math.max(0, planned - pendingInputs);
                if (quiet >= QUIET_POLLS) {
                    print(consumed, planned, started);
                    return true;
                }
                if (System.nanoTime() - lastPrint >= PRINT_EVERY_NANOS) {
                    print(consumed, planned, started);
                    lastPrint = System.nanoTime();
                }
                Thread.sleep(POLL.toMillis());
            }
        }
        return false;
    }

    private void print(long consumed, long planned, long started) {
        double seconds = Math.max(1e-3, (System.nanoTime() - started) / 1e9);
        double rate = consumed / seconds;
        String eta = rate <= 0 ? "?" : String.format(Locale.ROOT, "%.0f s", Math.max(0, planned - consumed) / rate);
        ReactionMetrics m = app.metrics();
        out.printf(Locale.ROOT, "  consumed %,d of %,d input records (%.0f%%), %,.0f records/s, ETA %s; reactions: "
                + "%d provisional, %d final, %d no-reference%n", consumed, planned,
                planned == 0 ? 100.0 : 100.0 * consumed / planned, rate, eta,
                m.provisionalReactions(), m.finalReactions(), m.noReferenceReactions());
        out.flush();
    }

    private static long signature(ReactionMetrics m) {
        return m.legsComputed() * 31 + m.finalReactions() + m.provisionalReactions() + m.noReferenceReactions();
    }

    private static long lag(GroupProgress progress) throws InterruptedException {
        try {
            return progress.lag();
        } catch (ExecutionException | TimeoutException e) {
            return Long.MAX_VALUE;
        }
    }
}
