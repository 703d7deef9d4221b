package io.newsreaction.query;

import java.util.Set;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.query.StateQueryRequest;
import org.apache.kafka.streams.query.StateQueryResult;

/** The part of a {@link KafkaStreams} client that local store queries need; a seam for tests. */
public interface StreamsView {

    /** The client's current state. */
    KafkaStreams.State state();

    /** Partitions of the queried store whose active task runs in this client right now. */
    Set<Integer> activeStorePartitions();

    /** Runs an IQv2 request against this client's local stores. */
    <R> StateQueryResult<R> query(StateQueryRequest<R> request);
}
