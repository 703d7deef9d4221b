package io.newsreaction.query;

import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.TaskMetadata;
import org.apache.kafka.streams.ThreadMetadata;
import org.apache.kafka.streams.query.StateQueryRequest;
import org.apache.kafka.streams.query.StateQueryResult;

/**
 * {@link StreamsView} of a real client. A store's partition is the partition of the task that owns
 * it, and that task reads the store's source topic; so the store partitions active here are the
 * source-topic partitions of this client's active tasks.
 */
public final class KafkaStreamsView implements StreamsView {
    private final KafkaStreams streams;
    private final String storeSourceTopic;

    /**
     * @param streams          the client
     * @param storeSourceTopic the topic feeding the sub-topology that owns the store
     */
    public KafkaStreamsView(KafkaStreams streams, String storeSourceTopic) {
        this.streams = Objects.requireNonNull(streams, "streams");
        this.storeSourceTopic = Objects.requireNonNull(storeSourceTopic, "storeSourceTopic");
    }

    @Override
    public KafkaStreams.State state() {
        return streams.state();
    }

    @Override
    public Set<Integer> activeStorePartitions() {
        Set<Integer> partitions = new TreeSet<>();
        for (ThreadMetadata thread : streams.metadataForLocalThreads()) {
            for (TaskMetadata task : thread.activeTasks()) {
                for (TopicPartition tp : task.topicPartitions()) {
                    if (tp.topic().equals(storeSourceTopic)) {
                        partitions.add(tp.partition());
                    }
                }
            }
        }
        return partitions;
    }

    @Override
    public <R> StateQueryResult<R> query(StateQueryRequest<R> request) {
        return streams.query(request);
    }
}
