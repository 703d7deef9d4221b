package io.newsreaction.embedded;

import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;

/** The topics of DESIGN §2 under their default names, as the embedded stack creates them. */
public final class DefaultTopics {
    public static final String HEADLINES = "news.headlines";
    public static final String TICKS = "market.ticks";
    public static final String REACTIONS = "market.reactions";
    public static final String DLQ = "news-reaction.dlq";
    public static final int PARTITIONS = 3;

    private DefaultTopics() {
    }

    /** Three partitions each, replication factor 1; reactions compacted. */
    public static List<NewTopic> all() {
        return all((short) 1);
    }

    /** As {@link #all()} with {@code replicationFactor} copies of every partition. */
    public static List<NewTopic> all(short replicationFactor) {
        return List.of(
            topic(HEADLINES, replicationFactor),
            topic(TICKS, replicationFactor),
            topic(REACTIONS, replicationFactor)
                .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT)),
            topic(DLQ, replicationFactor));
    }

    private static NewTopic topic(String name, short replicationFactor) {
        return new NewTopic(name, PARTITIONS, replicationFactor);
    }
}
