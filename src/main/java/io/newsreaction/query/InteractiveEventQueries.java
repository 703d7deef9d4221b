package io.newsreaction.query;

import io.newsreaction.avro.CohortAccumulator;
import io.newsreaction.avro.CohortDimension;
import io.newsreaction.avro.CohortKey;
import io.newsreaction.avro.CohortStats;
import io.newsreaction.avro.ReactionEvent;
import io.newsreaction.reaction.ReactionSettings;
import io.newsreaction.topology.Names;
import io.newsreaction.topology.PublishedRecords;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.Function;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.state.HostInfo;

/**
 * Event and cohort queries over the whole application, fanned out like the reaction queries
 * ({@link InteractiveQueries}): each event lives on the partition of its symbol and each cohort on
 * that of its key, so the instances' answers are disjoint and are concatenated and sorted.
 */
public final class InteractiveEventQueries implements EventQueries {
    private final Fanout<EventQueries> events;
    private final Fanout<EventQueries> cohorts;

    private InteractiveEventQueries(Fanout<EventQueries> events, Fanout<EventQueries> cohorts) {
        this.events = events;
        this.cohorts = cohorts;
    }

    /**
     * Queries over a running client of the reaction topology.
     *
     * @param streams  the client
     * @param props    its configuration ({@code application.id}, optional {@code application.server})
     * @param reaction the reaction settings the topology runs with (horizons of the cohort statistics)
     * @param peers    how to reach another instance's HTTP API
     */
    public static InteractiveEventQueries of(KafkaStreams streams, Properties props, ReactionSettings reaction,
            Function<HostInfo, EventQueries> peers) {
        String applicationId = props.getProperty(StreamsConfig.APPLICATION_ID_CONFIG);
        LocalStoreScan<Bytes, byte[]> eventStore = new LocalStoreScan<>(
                new KafkaStreamsView(streams, Names.repartitionTopic(applicationId, Names.EVENT_REACTIONS)),
                Names.EVENTS_STORE, InteractiveQueries.RETRY_FOR, InteractiveQueries.BACKOFF);
        LocalStoreScan<CohortKey, CohortAccumulator> cohortStore = new LocalStoreScan<>(
                new KafkaStreamsView(streams, Names.repartitionTopic(applicationId, Names.COHORT_DELTAS)),
                Names.COHORT_STATS_STORE, InteractiveQueries.RETRY_FOR, InteractiveQueries.BACKOFF);
        EventQueries local = new LocalEventStores(eventStore, cohortStore, new PublishedRecords(reaction));
        return new InteractiveEventQueries(
                new Fanout<>(local, Fanout.self(props), () -> Fanout.storeHosts(streams, Names.EVENTS_STORE), peers),
                new Fanout<>(local, Fanout.self(props), () -> Fanout.storeHosts(streams, Names.COHORT_STATS_STORE), peers));
    }

    @Override
    public List<ReactionEvent> events(String symbol, Instant from, Instant to) {
        List<ReactionEvent> all = new ArrayList<>(events.gather(q -> q.events(symbol, from, to)));
        all.sort(BY_WINDOW);
        return all;
    }

    @Override
    public List<CohortStats> stats(CohortDimension dimension) {
        List<CohortStats> all = new ArrayList<>(cohorts.gather(q -> q.stats(dimension)));
        all.sort(BY_COHORT);
        return all;
    }

    @Override
    public EventQueries localOnly() {
        return events.local();
    }
}
