package io.newsreaction.runtime;

import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The periodic WARN line about late ticks: how many were dropped so far, how many since the last
 * line, and the topic-partition@offset of the latest (never a payload). Silent while none is new.
 */
final class LateTickSummary {
    private static final Logger log = LoggerFactory.getLogger(ReactionApp.class);

    private final LongSupplier lateTicks;
    private final Supplier<String> lastLateTick;
    private long reported;

    /**
     * @param lateTicks    late ticks dropped so far
     * @param lastLateTick topic-partition@offset of the latest late tick
     */
    LateTickSummary(LongSupplier lateTicks, Supplier<String> lastLateTick) {
        this.lateTicks = lateTicks;
        this.lastLateTick = lastLateTick;
    }

    /** Logs one line when ticks were dropped since the last call. */
    synchronized void report() {
        long late = lateTicks.getAsLong();
        if (late > reported) {
            log.warn("{} late ticks dropped so far ({} since last summary), most recent at {}",
                    late, late - reported, lastLateTick.get());
            reported = late;
        }
    }
}
