package io.newsreaction.bench;

import io.newsreaction.client.GroupProgress;
import io.newsreaction.client.Quiescence;
import java.io.PrintStream;
import java.time.Duration;

/**
 * Polls a Streams app until its consumer group has committed everything published (lag 0 over the
 * inputs and its repartition topics) and its counters stand still. The end time it reports is when
 * that final state was first seen, not when the quiet period confirming it ran out, so the idle
 * detection time is not counted.
 */
final class DrainWatch {
    private static final long POLL_MS = 100;
    private static final Duration QUIET = Duration.ofSeconds(1);
    private static final long PRINT_NANOS = Duration.ofSeconds(5).toNanos();

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

    Outcome await(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        Quiescence quiescence = new Quiescence(QUIET);
        long printedAt = System.nanoTime();
        try (GroupProgress progress = new GroupProgress(app.kafkaConfig(), app.groupId(), app.groupTopics())) {
            while (System.nanoTime() < deadline) {
                if (app.failed()) {
                    throw new IllegalStateException(app.name() + " failed");
                }
                long now = System.nanoTime();
                long lag = progress.lagOrUnknown();
                memory.sample();
                if (quiescence.observe(lag, app.signature(), now)) {
                    return new Outcome(true, quiescence.changedAtNanos());
                }
                if (now - printedAt >= PRINT_NANOS) {
                    out.printf("    %s: %,d ticks read, lag %,d%n", app.name(), app.ticksRead(), lag);
                    printedAt = now;
                }
                Thread.sleep(POLL_MS);
            }
        }
        return new Outcome(false, System.nanoTime());
    }
}
