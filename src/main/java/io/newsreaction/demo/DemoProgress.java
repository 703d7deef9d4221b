package io.newsreaction.demo;

import io.newsreaction.client.GroupProgress;
import io.newsreaction.client.Quiescence;
import io.newsreaction.config.AppSettings;
import io.newsreaction.runtime.ReactionApp;
import io.newsreaction.topology.ReactionMetrics;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;

/**
 * Waits until the app has consumed and committed everything published (inputs and its own
 * repartition topics) and its counters stopped moving, printing progress once a second.
 */
final class DemoProgress {
    private static final Duration POLL = Duration.ofMillis(500);
    private static final Duration QUIET = Duration.ofMillis(1_500);

    private final AppSettings settings;
    private final ReactionApp app;
    private final PrintStream out;

    DemoProgress(AppSettings settings, ReactionApp app, PrintStream out) {
        this.settings = settings;
        this.app = app;
        this.out = out;
    }

    boolean awaitDrained(Duration timeout) throws InterruptedException {
        String id = settings.applicationId();
        List<String> topics = new java.util.ArrayList<>(List.of(settings.topics().headlines(), settings.topics().ticks()));
        topics.addAll(io.newsreaction.topology.Names.repartitionTopics(id));
        long deadline = System.nanoTime() + timeout.toNanos();
        Quiescence quiescence = new Quiescence(QUIET);
        long lastPrint = 0;
        try (GroupProgress progress = new GroupProgress(settings.kafka(), id, topics)) {
            while (System.nanoTime() < deadline) {
                if (app.failed()) {
                    throw new IllegalStateException("the reaction service failed: " + app.streams().state());
                }
                long lag = progress.lagOrUnknown();
                ReactionMetrics m = app.metrics();
                boolean drained = quiescence.observe(lag, m.progressSignature(), System.nanoTime());
                if (System.nanoTime() - lastPrint > 1_000_000_000L) {
                    out.printf("  lag %d records, %d legs, reactions: %d provisional, %d final, %d no-reference%n", lag,
                            m.legsComputed(), m.provisionalReactions(), m.finalReactions(), m.noReferenceReactions());
                    lastPrint = System.nanoTime();
                }
                if (drained) {
                    return true;
                }
                Thread.sleep(POLL.toMillis());
            }
        }
        out.println("  timed out waiting for the pipeline to drain; reporting what is there");
        return false;
    }
}
