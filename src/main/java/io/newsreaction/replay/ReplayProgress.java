package io.newsreaction.replay;

import io.newsreaction.client.GroupProgress;
import io.newsreaction.client.Quiescence;
import io.newsreaction.runtime.ReactionApp;
import io.newsreaction.topology.ReactionMetrics;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Waits until a replay is done: its group has consumed and committed everything in its private
 * inputs and its repartition topics, and the reaction counters stopped moving. Prints a progress
 * line (input records consumed of planned, records/s, ETA) every couple of seconds.
 */
public final class ReplayProgress {
    private static final Duration POLL = Duration.ofMillis(500);
    private static final long PRINT_EVERY_NANOS = 2_000_000_000L;
    private static final Duration QUIET = Duration.ofMillis(1_500);

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
        Quiescence quiescence = new Quiescence(QUIET);
        try (GroupProgress inputLag = new GroupProgress(kafkaConfig, groupId, inputs);
                GroupProgress internalLag = new GroupProgress(kafkaConfig, groupId, internal)) {
            while (System.nanoTime() < deadline) {
                if (app.failed()) {
                    throw new IllegalStateException("the replay's streams client failed: " + app.streams().state());
                }
                long pendingInputs = inputLag.lagOrUnknown();
                long pendingInternal = pendingInputs == GroupProgress.UNKNOWN ? GroupProgress.UNKNOWN : internalLag.lagOrUnknown();
                long lag = pendingInternal == GroupProgress.UNKNOWN ? GroupProgress.UNKNOWN : pendingInputs + pendingInternal;
                boolean drained = quiescence.observe(lag, app.metrics().progressSignature(), System.nanoTime());
                long consumed = pendingInputs == GroupProgress.UNKNOWN ? 0 : Math.max(0, planned - pendingInputs);
                if (drained) {
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
}
