package io.newsreaction.client;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;

/**
 * The one "wait until drained" loop of {@code demo} and {@code replay}: polls a Streams app's lag
 * (its group against everything published to the topics it reads) and its progress signature
 * until the lag is zero and neither moved for a quiet period ({@link Quiescence}), the app failed,
 * or the time ran out. Each poll is reported to a listener (the progress display).
 */
public final class DrainLoop {
    private final Duration poll;
    private final Duration quiet;

    /** The lag to watch; {@link GroupProgress#UNKNOWN} when it cannot be read right now. */
    @FunctionalInterface
    public interface Lag {
        long read() throws InterruptedException;
    }

    /** Called after each poll with the lag seen. */
    @FunctionalInterface
    public interface Listener {
        void polled(long lag);
    }

    /**
     * @param drained   true when drained within the timeout
     * @param settledAt when the final state was first seen ({@link System#nanoTime()}), once drained
     */
    public record Outcome(boolean drained, long settledAt) {
    }

    public DrainLoop(Duration poll, Duration quiet) {
        this.poll = poll;
        this.quiet = quiet;
    }

    /**
     * @param failed    true once the app has failed: the loop throws, naming {@code what}
     * @param signature the app's progress counters as one number
     */
    public Outcome await(String what, Lag lag, BooleanSupplier failed, LongSupplier signature, Duration timeout,
            Listener listener) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        Quiescence quiescence = new Quiescence(quiet);
        while (System.nanoTime() < deadline) {
            if (failed.getAsBoolean()) {
                throw new IllegalStateException(what + " failed");
            }
            long seen = lag.read();
            boolean drained = quiescence.observe(seen, signature.getAsLong(), System.nanoTime());
            listener.polled(seen);
            if (drained) {
                return new Outcome(true, quiescence.changedAtNanos());
            }
            Thread.sleep(poll.toMillis());
        }
        return new Outcome(false, System.nanoTime());
    }
}
