package io.newsreaction.bench;

import io.newsreaction.client.ProgressLine;
import java.io.PrintStream;
import java.util.function.LongConsumer;

/**
 * A bench phase's tick count on the shared {@link ProgressLine}: {@code PHASE: N of M ticks (P%), R/s,
 * ETA S s}, counted from where the phase starts (an app may have read ticks in an earlier wait), so
 * the rate and the ETA are the phase's own. Cheap enough to call per tick: the text is built only
 * when a line is due.
 */
final class TickCounter implements LongConsumer {
    private final ProgressLine line;
    private final String label;
    private final long from;
    private final long total;

    /**
     * @param label what the phase does, e.g. {@code app: read}
     * @param from  the count when the phase starts
     * @param to    the count when it is done
     */
    TickCounter(ProgressLine line, String label, long from, long to) {
        this.line = line;
        this.label = label;
        this.from = from;
        this.total = Math.max(0, to - from);
    }

    /** A counter from 0 to {@code total} on {@code out} (in place on a terminal). */
    static TickCounter on(PrintStream out, String label, long total) {
        return new TickCounter(ProgressLine.on(out), label, 0, total);
    }

    /** Shows {@code count} (rate-limited). */
    @Override
    public void accept(long count) {
        show(count, "");
    }

    /** Shows {@code count} followed by {@code detail} (rate-limited). */
    void show(long count, String detail) {
        line.update(() -> label + " " + line.counter(Math.max(0, count - from), total, "ticks") + detail);
    }

    /** Removes the in-place line, before the phase prints its result. */
    void clear() {
        line.clear();
    }
}
