package io.newsreaction.replay;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/** Every partition of one topic as Kafka reports it at plan time, looked up at {@code seekTime}. */
public record TopicSnapshot(String topic, Instant seekTime, List<PartitionSnapshot> partitions) {

    public TopicSnapshot {
        partitions = partitions.stream().sorted(Comparator.comparingInt(PartitionSnapshot::partition)).toList();
    }
}
