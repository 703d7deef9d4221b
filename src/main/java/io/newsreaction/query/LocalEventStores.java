package io.newsreaction.query;

import io.newsreaction.avro.CohortAccumulator;
import io.newsreaction.avro.CohortDimension;
import io.newsreaction.avro.CohortKey;
import io.newsreaction.avro.CohortStats;
import io.newsreaction.avro.ReactionEvent;
import io.newsreaction.topology.PublishedRecords;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.kafka.common.utils.Bytes;

/**
 * Answers event and cohort queries from this instance's active partitions of {@code events-store}
 * and {@code cohort-stats-store} ({@link LocalStoreScan}), with the records the topology last
 * published for each key ({@link PublishedRecords}).
 */
final class LocalEventStores implements EventQueries {
    private final LocalStoreScan<Bytes, byte[]> events;
    private final LocalStoreScan<CohortKey, CohortAccumulator> cohorts;
    private final PublishedRecords published;

    LocalEventStores(LocalStoreScan<Bytes, byte[]> events, LocalStoreScan<CohortKey, CohortAccumulator> cohorts,
            PublishedRecords published) {
        this.events = Objects.requireNonNull(events, "events");
        this.cohorts = Objects.requireNonNull(cohorts, "cohorts");
        this.published = Objects.requireNonNull(published, "published");
    }

    @Override
    public List<ReactionEvent> events(String symbol, Instant from, Instant to) {
        List<ReactionEvent> out = new ArrayList<>(events.scan((key, state) -> {
            ReactionEvent event = published.event(key, state);
            return event != null && event.getSymbol().equals(symbol) && !event.getWindowStart().isBefore(from)
                    && event.getWindowStart().isBefore(to) ? event : null;
        }));
        out.sort(BY_WINDOW);
        return out;
    }

    @Override
    public List<CohortStats> stats(CohortDimension dimension) {
        List<CohortStats> out = new ArrayList<>(cohorts.scan((key, sums) ->
                dimension == null || key.getDimension() == dimension ? published.stats(key, sums) : null));
        out.sort(BY_COHORT);
        return out;
    }
}
