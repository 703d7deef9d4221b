package io.newsreaction.topology;

import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;

/**
 * The topology's own counters, shared by all tasks of one application instance. The runtime
 * exposes them as metrics and logs the late-tick summary; processors only increment.
 */
public final class ReactionMetrics {
    private final LongAdder lateTicks = new LongAdder();
    private final LongAdder outOfSessionTicks = new LongAdder();
    private final LongAdder headlinesRouted = new LongAdder();
    private final LongAdder headlinesUnrouted = new LongAdder();
    private final LongAdder legsComputed = new LongAdder();
    private final LongAdder provisional = new LongAdder();
    private final LongAdder fin = new LongAdder();
    private final LongAdder noReference = new LongAdder();
    private final LongAdder expiredEventInputs = new LongAdder();
    private final AtomicReference<String> lastLateTick = new AtomicReference<>();
    private final LongAdder misplacedTicks = new LongAdder();
    private final LongAdder headlinesRetracted = new LongAdder();
    private final LongAdder unknownTombstones = new LongAdder();
    private final LongAdder retractedLegs = new LongAdder();
    private final AtomicReference<String> lastMisplacedTick = new AtomicReference<>();

    void misplacedTick(String topicPartitionOffset) {
        misplacedTicks.increment();
        lastMisplacedTick.set(topicPartitionOffset);
    }

    /** Ticks found on a partition where their key does not belong under the configured partitioner. */
    public long misplacedTicks() {
        return misplacedTicks.sum();
    }

    /** Topic-partition@offset of the most recent misplaced tick, or null. */
    public String lastMisplacedTick() {
        return lastMisplacedTick.get();
    }

    void lateTick(String topicPartitionOffset) {
        lateTicks.increment();
        lastLateTick.set(topicPartitionOffset);
    }

    void expiredEventInput() {
        expiredEventInputs.increment();
    }

    /** Event members and reactions dropped because their window lies beyond the history retention. */
    public long expiredEventInputs() {
        return expiredEventInputs.sum();
    }

    void headlineRetracted() {
        headlinesRetracted.increment();
    }

    /** Tombstones on the headlines topic that retracted a live headline. */
    public long headlinesRetracted() {
        return headlinesRetracted.sum();
    }

    void unknownTombstone() {
        unknownTombstones.increment();
    }

    /** Tombstones on the headlines topic for an id that is unknown, already retracted or beyond the query retention. */
    public long unknownTombstones() {
        return unknownTombstones.sum();
    }

    void retractedLeg() {
        retractedLegs.increment();
    }

    /** Legs that reached stage 2 after their headline's generation was retracted or replaced, and were dropped. */
    public long retractedLegs() {
        return retractedLegs.sum();
    }

    void outOfSessionTick() {
        outOfSessionTicks.increment();
    }

    void headlineRouted() {
        headlinesRouted.increment();
    }

    void headlineUnrouted() {
        headlinesUnrouted.increment();
    }

    void legComputed() {
        legsComputed.increment();
    }

    void reactionEmitted(io.newsreaction.avro.ReactionStatus status) {
        switch (status) {
            case FINAL -> fin.increment();
            case NO_REFERENCE -> noReference.increment();
            default -> provisional.increment();
        }
    }

    public long lateTicks() {
        return lateTicks.sum();
    }

    /** Topic-partition@offset of the most recent late tick, or null. */
    public String lastLateTick() {
        return lastLateTick.get();
    }

    public long outOfSessionTicks() {
        return outOfSessionTicks.sum();
    }

    public long headlinesRouted() {
        return headlinesRouted.sum();
    }

    public long headlinesUnrouted() {
        return headlinesUnrouted.sum();
    }

    /** A figure that changes whenever a leg or a reaction is emitted: progress, for drain detection. */
    public long progressSignature() {
        return legsComputed() * 31 + finalReactions() + provisionalReactions() + noReferenceReactions();
    }

    public long legsComputed() {
        return legsComputed.sum();
    }

    public long provisionalReactions() {
        return provisional.sum();
    }

    public long finalReactions() {
        return fin.sum();
    }

    public long noReferenceReactions() {
        return noReference.sum();
    }
}
