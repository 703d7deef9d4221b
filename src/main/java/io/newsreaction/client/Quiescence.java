package io.newsreaction.client;

import java.time.Duration;

/**
 * Decides when a Streams app has drained, from polled observations: its group lag is zero and its
 * progress signature (e.g. {@code ReactionMetrics.progressSignature()}) has not moved for a quiet
 * period. Holds no clock: the caller passes {@link System#nanoTime()} with each observation.
 */
public final class Quiescence {
    private final long quietNanos;
    private boolean observed;
    private long lastLag;
    private long lastSignature;
    private long changedAtNanos;

    public Quiescence(Duration quiet) {
        if (quiet.isNegative()) {
            throw new IllegalArgumentException("quiet period must not be negative: " + quiet);
        }
        this.quietNanos = quiet.toNanos();
    }

    /** Records one observation; true once the lag is zero and neither figure changed for the quiet period. */
    public boolean observe(long lag, long signature, long nowNanos) {
        if (!observed || lag != lastLag || signature != lastSignature) {
            observed = true;
            lastLag = lag;
            lastSignature = signature;
            changedAtNanos = nowNanos;
            return false;
        }
        return lag == 0 && nowNanos - changedAtNanos >= quietNanos;
    }

    /** When the figures last changed: the moment the final state was first seen, once drained. */
    public long changedAtNanos() {
        return changedAtNanos;
    }
}
