package io.newsreaction.bench;

import io.newsreaction.client.DrainLoop;
import io.newsreaction.client.GroupProgress;
import java.io.PrintStream;
import java.time.Duration;

/**
 * The bench's drain wait: {@link DrainLoop} over the app's consumer group (lag 0 over the inputs and
 * its repartition topics, counters standing still), sampling memory at every poll and printing the
 * progress every 5 s. The end time it reports is when that final state was first seen, not when the
 * quiet period confirming it ran out, so the idle detection time is not counted.
 */
final class DrainWatch {
    private static final Duration POLL = Duration.ofMillis(100);
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
        long[] printedAt = {System.nanoTime()};
        try (GroupProgress progress = new GroupProgress(app.kafkaConfig(), app.groupId(), app.groupTopics())) {
            DrainLoop.Outcome outcome = new DrainLoop(POLL, QUIET).await(app.name(), progress::lagOrUnknown, app::failed,
                    app::signature, timeout, lag -> {
                        memory.sample();
                        long now = System.nanoTime();
                        if (now - printedAt[0] >= PRINT_NANOS) {
                            out.printf("    %s: %,d ticks read, lag %,d%n", app.name(), app.ticksRead(), lag);
                            printedAt[0] = now;
                        }
                    });
            return new Outcome(outcome.drained(), outcome.settledAt());
        }
    }
}
