package io.newsreaction.bench;

import io.newsreaction.client.DrainLoop;
import io.newsreaction.client.GroupProgress;
import io.newsreaction.client.ProgressLine;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;

/**
 * The bench's drain wait: {@link DrainLoop} over the app's consumer group (lag 0 over the inputs and
 * its repartition topics, counters standing still), sampling memory at every poll and counting the
 * ticks read against those expected ({@link TickCounter}: rate, ETA, lag). The end time it reports
 * is when that final state was first seen, not when the quiet period confirming it ran out, so the
 * idle detection time is not counted.
 */
final class DrainWatch {
    private static final Duration POLL = Duration.ofMillis(100);
    private static final Duration QUIET = Duration.ofSeconds(1);

    private final MeasuredApp app;
    private final MemoryProbe memory;
    private final PrintStream out;

    /** Whether the app drained in time, and when its final state was first seen ({@link System#nanoTime()}). */
    record Outcome(boolean drained, long settledNanos) {
    }

    DrainWatch(MeasuredApp app, MemoryProbe memory, PrintStream out) {
        this.app = app;
        this.memory = memory;
        this.out = out;
    }

    /**
     * @param ticks   ticks the app will have read in all once drained (the counter's end)
     * @param timeout longest wait
     */
    Outcome await(long ticks, Duration timeout) throws InterruptedException {
        TickCounter read = new TickCounter(ProgressLine.on(out), app.name() + ": read", app.ticksRead(), ticks);
        try (GroupProgress progress = new GroupProgress(app.kafkaConfig(), app.groupId(), app.groupTopics())) {
            DrainLoop.Outcome outcome = new DrainLoop(POLL, QUIET).await(app.name(), progress::lagOrUnknown, app::failed,
                    app::signature, timeout, lag -> {
                        memory.sample();
                        read.show(app.ticksRead(), lag == GroupProgress.UNKNOWN ? ", lag ?" : String.format(Locale.ROOT, ", lag %,d", lag));
                    });
            return new Outcome(outcome.drained(), outcome.settledAt());
        } finally {
            read.clear();
        }
    }
}
