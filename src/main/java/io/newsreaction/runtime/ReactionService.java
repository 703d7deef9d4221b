package io.newsreaction.runtime;

import io.newsreaction.avro.CohortKey;
import io.newsreaction.avro.CohortStats;
import io.newsreaction.avro.Headline;
import io.newsreaction.avro.MarketReaction;
import io.newsreaction.avro.ReactionEvent;
import io.newsreaction.avro.ReactionEventKey;
import io.newsreaction.avro.ReactionKey;
import io.newsreaction.avro.Tick;
import io.newsreaction.client.TopicAdmin;
import io.newsreaction.config.AppSettings;
import io.newsreaction.registry.RestSchemaRegistryClient;
import io.newsreaction.registry.SchemaRegistryClient;
import io.newsreaction.serde.SpecificAvroSerde;
import io.newsreaction.topology.ReactionMetrics;
import io.newsreaction.topology.ReactionSerdes;
import io.newsreaction.topology.ReactionTopology;
import io.newsreaction.topology.TopologySettings;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.streams.Topology;

/**
 * Wires one reaction-service instance from its settings: registry client and serdes, topics,
 * topology and the {@link ReactionApp} that runs it.
 */
public final class ReactionService {
    private ReactionService() {
    }

    /** Serdes of the external topics, all sharing one registry client. */
    public static ReactionSerdes serdes(SchemaRegistryClient client, Map<String, ?> registryConfig) {
        return new ReactionSerdes(
                new SpecificAvroSerde<>(client, Headline.class, registryConfig, false),
                new SpecificAvroSerde<>(client, Tick.class, registryConfig, false),
                new SpecificAvroSerde<>(client, ReactionKey.class, registryConfig, true),
                new SpecificAvroSerde<>(client, MarketReaction.class, registryConfig, false),
                new SpecificAvroSerde<>(client, ReactionEventKey.class, registryConfig, true),
                new SpecificAvroSerde<>(client, ReactionEvent.class, registryConfig, false),
                new SpecificAvroSerde<>(client, CohortKey.class, registryConfig, true),
                new SpecificAvroSerde<>(client, CohortStats.class, registryConfig, false));
    }

    public static TopologySettings topologySettings(AppSettings settings) {
        return new TopologySettings(settings.topics().headlines(), settings.topics().ticks(), settings.topics().reactions(),
                settings.topics().partitions(), settings.reaction(), settings.routing(),
                settings.topics().events(), settings.topics().stats(), settings.ticks(), settings.queryRetention());
    }

    public static Topology topology(AppSettings settings, SchemaRegistryClient client, ReactionMetrics metrics) {
        return ReactionTopology.build(topologySettings(settings), serdes(client, settings.registry()), metrics);
    }

    /** Creates topics if configured, builds the topology and a not-yet-started app. */
    public static ReactionApp create(AppSettings settings, SchemaRegistryClient client) {
        return create(settings, serdes(client, settings.registry()));
    }

    /**
     * As {@link #create(AppSettings, SchemaRegistryClient)}, with the external topics' serdes given
     * (the bench counts ticks in its own).
     */
    public static ReactionApp create(AppSettings settings, ReactionSerdes serdes) {
        TopicAdmin.ensure(new HashMap<>(settings.kafka()), settings.topics());
        ReactionMetrics metrics = new ReactionMetrics();
        Properties props = StreamsProperties.build(settings.applicationId(), settings.topics().dlq(),
                settings.stateDir().orElse(null), settings.kafka());
        return new ReactionApp(ReactionTopology.build(topologySettings(settings), serdes, metrics), props, metrics);
    }

    public static SchemaRegistryClient registryClient(AppSettings settings) {
        return RestSchemaRegistryClient.fromConfig(settings.registry());
    }

}
