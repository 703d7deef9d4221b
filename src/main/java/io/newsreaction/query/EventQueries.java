package io.newsreaction.query;

import io.newsreaction.avro.CohortDimension;
import io.newsreaction.avro.CohortStats;
import io.newsreaction.avro.ReactionEvent;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/** Read side of the events and cohort-statistics stores: the records last published on their topics. */
public interface EventQueries {
    /** Events in window order: window start, then precision. */
    Comparator<ReactionEvent> BY_WINDOW = Comparator.comparing(ReactionEvent::getWindowStart)
            .thenComparing(ReactionEvent::getPrecision);
    /** Cohorts in key order: dimension, then value. */
    Comparator<CohortStats> BY_COHORT = Comparator.comparing(CohortStats::getDimension).thenComparing(CohortStats::getValue);

    /**
     * The events of {@code symbol} whose window starts in {@code [from, to)}, in window order.
     *
     * @throws QueryUnavailableException when part of the answer cannot be read right now
     */
    List<ReactionEvent> events(String symbol, Instant from, Instant to);

    /**
     * Every cohort's statistics, or those of one dimension when {@code dimension} is not null, in
     * key order.
     *
     * @throws QueryUnavailableException when part of the answer cannot be read right now
     */
    List<CohortStats> stats(CohortDimension dimension);

    /** The same queries answered from this instance's partitions only. */
    default EventQueries localOnly() {
        return this;
    }
}
