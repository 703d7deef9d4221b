package io.newsreaction.demo;

import io.newsreaction.client.DrainLoop;
import io.newsreaction.client.GroupProgress;
import io.newsreaction.client.ProgressLine;
import io.newsreaction.config.AppSettings;
import io.newsreaction.runtime.ReactionApp;
import io.newsreaction.topology.Names;
import io.newsreaction.topology.ReactionMetrics;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * Waits until the app has consumed and committed everything published (inputs and its own
 * repartition topics) and its counters stopped moving ({@link DrainLoop}), showing the input
 * records consumed, the rate, an ETA and the reactions so far ({@link ProgressLine}).
 */
final class DemoProgress {
    private static final Duration POLL = Duration.ofMillis(500);
    private static final Duration QUIET = Duration.ofMillis(1_500);
    /** How long the published transaction's markers may take to make its records visible to read_committed. */
    private static final Duration MARKERS_LIMIT = Duration.ofSeconds(10);

    private final AppSettings settings;
    private final ReactionApp app;
    private final PrintStream out;

    DemoProgress(AppSettings settings, ReactionApp app, PrintStream out) {
        this.settings = settings;
        this.app = app;
        this.out = out;
    }

    /** True when drained within {@code timeout}; {@code planned} is the number of input records published. */
    boolean awaitDrained(long planned, Duration timeout) throws InterruptedException {
        String id = settings.applicationId();
        List<String> inputs = List.of(settings.topics().headlines(), settings.topics().ticks());
        ProgressLine line = ProgressLine.on(out);
        try (GroupProgress inputLag = new GroupProgress(settings.kafka(), id, inputs);
                GroupProgress internalLag = new GroupProgress(settings.kafka(), id, Names.repartitionTopics(id))) {
            inputLag.awaitCommittedEnds(planned, MARKERS_LIMIT);
            long[] pendingInputs = {planned};
            DrainLoop.Lag lag = () -> {
                long in = inputLag.lagOrUnknown();
                long internal = in == GroupProgress.UNKNOWN ? GroupProgress.UNKNOWN : internalLag.lagOrUnknown();
                if (in != GroupProgress.UNKNOWN) {
                    pendingInputs[0] = in;
                }
                return internal == GroupProgress.UNKNOWN ? GroupProgress.UNKNOWN : in + internal;
            };
            DrainLoop.Outcome outcome = new DrainLoop(POLL, QUIET).await("the reaction service", lag, app::failed,
                    () -> app.metrics().progressSignature(), timeout,
                    seen -> line.update(status(line, planned - pendingInputs[0], planned, seen)));
            if (!outcome.drained()) {
                line.done("timed out waiting for the pipeline to drain; reporting what is there");
                return false;
            }
            line.done(String.format(Locale.ROOT, "drained in %.1f s: %s", line.elapsedSeconds(), reactions()));
            return true;
        }
    }

    private String status(ProgressLine line, long consumed, long planned, long lag) {
        return "drain: consumed " + line.counter(Math.max(0, consumed), planned, "input records") + ", lag "
                + (lag == GroupProgress.UNKNOWN ? "?" : String.format(Locale.ROOT, "%,d", lag)) + "; " + reactions();
    }

    private String reactions() {
        ReactionMetrics m = app.metrics();
        return String.format(Locale.ROOT, "%,d legs, reactions: %d provisional, %d final, %d no-reference",
                m.legsComputed(), m.provisionalReactions(), m.finalReactions(), m.noReferenceReactions());
    }
}
