package io.newsreaction.client;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.function.LongConsumer;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * A progress display for long work: on a terminal one line rewritten in place (a counter with a
 * rate and an ETA), otherwise a plain line every few seconds (none for work that ends sooner), so
 * logs and CI output stay readable.
 * Uses a monotonic clock ({@link System#nanoTime()} unless given) for display only.
 */
public final class ProgressLine {
    static final Duration PLAIN_EVERY = Duration.ofSeconds(5);
    private static final Duration TTY_EVERY = Duration.ofMillis(200);
    private static final Duration ETA_AFTER = Duration.ofSeconds(1);

    private final PrintWriter out;
    private final boolean terminal;
    private final LongSupplier nanoClock;
    private final long started;
    private long printedAt;
    private int width;

    public ProgressLine(PrintWriter out, boolean terminal) {
        this(out, terminal, System::nanoTime);
    }

    /** As {@link #ProgressLine(PrintWriter, boolean)}, timing the rate, the ETA and the plain lines with {@code nanoClock}. */
    public ProgressLine(PrintWriter out, boolean terminal, LongSupplier nanoClock) {
        this.out = out;
        this.terminal = terminal;
        this.nanoClock = nanoClock;
        this.started = nanoClock.getAsLong();
        // a terminal shows the first update at once; plain lines start after an interval
        this.printedAt = terminal ? started - TTY_EVERY.toNanos() : started;
    }

    /** On the terminal when standard output is one (and {@code out} is standard output). */
    public static ProgressLine on(PrintStream out) {
        return new ProgressLine(new PrintWriter(out, true), out == System.out && System.console() != null);
    }

    /** On the terminal when standard output is one. */
    public static ProgressLine on(PrintWriter out) {
        return new ProgressLine(out, System.console() != null);
    }

    /** Shows {@code text} now or at the next due moment (rate-limited). */
    public void update(String text) {
        update(() -> text);
    }

    /** As {@link #update(String)}, building the text only when it is shown: cheap enough to call per record. */
    public void update(Supplier<String> text) {
        long now = nanoClock.getAsLong();
        if (now - printedAt < (terminal ? TTY_EVERY : PLAIN_EVERY).toNanos()) {
            return;
        }
        printedAt = now;
        if (terminal) {
            out.print("\r" + pad(text.get()));
        } else {
            out.println("  " + text.get());
        }
        out.flush();
    }

    /** Shows {@code LABEL: }{@link #counter} for each count it is given, e.g. records sent; rate-limited as {@link #update}. */
    public LongConsumer counting(String label, long total, String unit) {
        return done -> update(() -> label + ": " + counter(done, total, unit));
    }

    /** Ends the display with {@code text} as a line of its own. */
    public void done(String text) {
        out.println(terminal ? "\r" + pad(text) : "  " + text);
        out.flush();
    }

    /** Removes the in-place line from the terminal (nothing to do for plain lines). */
    public void clear() {
        if (terminal && width > 0) {
            out.print("\r" + " ".repeat(width) + "\r");
            out.flush();
            width = 0;
        }
    }

    /** Seconds since this display started. */
    public double elapsedSeconds() {
        return (nanoClock.getAsLong() - started) / 1e9;
    }

    /**
     * {@code 1,234 of 8,266 rows (15%), 2,468/s, ETA 3 s}; the ETA is {@code ?} until something is
     * done and for the first second (a start-up's first records say little about the rate), gone once all is.
     */
    public String counter(long done, long total, String unit) {
        double elapsed = elapsedSeconds();
        double rate = done / Math.max(1e-3, elapsed);
        String eta = done >= total ? "" : rate <= 0 || elapsed < ETA_AFTER.toSeconds() ? ", ETA ?"
                : String.format(Locale.ROOT, ", ETA %.0f s", (total - done) / rate);
        return String.format(Locale.ROOT, "%,d of %,d %s (%.0f%%), %,.0f/s%s", done, total, unit,
                total == 0 ? 100.0 : 100.0 * done / total, rate, eta);
    }

    private String pad(String text) {
        String padded = text.length() < width ? text + " ".repeat(width - text.length()) : text;
        width = text.length();
        return padded;
    }
}
