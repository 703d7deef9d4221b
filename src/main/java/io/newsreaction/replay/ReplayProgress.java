package io.newsreaction.replay;

import io.newsreaction.client.DrainLoop;
import io.newsreaction.client.GroupProgress;
import io.newsreaction.client.ProgressLine;
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
 * line (input records consumed of planned, records/s, ETA): rewritten in place on a terminal, every few seconds otherwise.
 */
public final class ReplayProgress {
    private static final Duration POLL = Duration.ofMillis(500);
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
        ProgressLine line = ProgressLine.on(out);
        try (GroupProgress inputLag = new GroupProgress(kafkaConfig, groupId, inputs);
                GroupProgress internalLag = new GroupProgress(kafkaConfig, groupId, internal)) {
            long[] pendingInputs = {planned};
            DrainLoop.Lag lag = () -> {
                long in = inputLag.lagOrUnknown();
                long pendingInternal = in == GroupProgress.UNKNOWN ? GroupProgress.UNKNOWN : internalLag.lagOrUnknown();
                if (in != GroupProgress.UNKNOWN) {
                    pendingInputs[0] = in;
                }
                return pendingInternal == GroupProgress.UNKNOWN ? GroupProgress.UNKNOWN : in + pendingInternal;
            };
            DrainLoop.Outcome outcome = new DrainLoop(POLL, QUIET).await("the replay's streams client", lag, app::failed,
                    () -> app.metrics().progressSignature(), timeout,
                    seen -> line.update(status(line, Math.max(0, planned - pendingInputs[0]), planned)));
            if (outcome.drained()) {
                line.done(status(line, planned, planned));
            }
            return outcome.drained();
        }
    }

    private String status(ProgressLine line, long consumed, long planned) {
        ReactionMetrics m = app.metrics();
        return "drain: consumed " + line.counter(consumed, planned, "input records") + String.format(Locale.ROOT,
                "; reactions: %d provisional, %d final, %d no-reference",
                m.provisionalReactions(), m.finalReactions(), m.noReferenceReactions());
    }
}
