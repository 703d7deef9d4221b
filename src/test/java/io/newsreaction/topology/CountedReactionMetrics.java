package io.newsreaction.topology;

import io.newsreaction.avro.ReactionStatus;

/** A {@link ReactionMetrics} holding given counts, for tests outside the topology: only the processors count. */
public final class CountedReactionMetrics {
    private CountedReactionMetrics() {
    }

    public static ReactionMetrics of(int legs, int provisional, int finals, int noReference, int lateTicks) {
        ReactionMetrics metrics = new ReactionMetrics();
        for (int i = 0; i < legs; i++) {
            metrics.legComputed();
        }
        for (int i = 0; i < provisional; i++) {
            metrics.reactionEmitted(ReactionStatus.PROVISIONAL);
        }
        for (int i = 0; i < finals; i++) {
            metrics.reactionEmitted(ReactionStatus.FINAL);
        }
        for (int i = 0; i < noReference; i++) {
            metrics.reactionEmitted(ReactionStatus.NO_REFERENCE);
        }
        for (int i = 0; i < lateTicks; i++) {
            metrics.lateTick("ticks-0@" + i);
        }
        return metrics;
    }
}
