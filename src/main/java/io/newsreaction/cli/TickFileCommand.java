package io.newsreaction.cli;

import io.newsreaction.avro.Tick;
import io.newsreaction.config.TopicSettings;
import io.newsreaction.ingest.RecordKind;
import io.newsreaction.registry.SchemaRegistryClient;
import io.newsreaction.serde.SpecificAvroSerde;
import java.util.Map;

/** An {@code ingest} subcommand whose file becomes ticks on {@code topics.ticks}, keyed by symbol. */
abstract class TickFileCommand extends IngestFileCommand<Tick> {

    @Override
    final String defaultTopic(TopicSettings topics) {
        return topics.ticks();
    }

    @Override
    final RecordKind<Tick> kind(SchemaRegistryClient client, Map<String, String> registryConfig) {
        return RecordKind.ticks(new SpecificAvroSerde<>(client, Tick.class, registryConfig, false).serializer());
    }
}
