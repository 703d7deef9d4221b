package io.newsreaction.cli;

import io.newsreaction.avro.Tick;
import io.newsreaction.config.TopicSettings;
import io.newsreaction.data.ParseResult;
import io.newsreaction.data.TicksCsv;
import io.newsreaction.ingest.RecordKind;
import io.newsreaction.registry.SchemaRegistryClient;
import io.newsreaction.serde.SpecificAvroSerde;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine.Command;

/** {@code ingest ticks FILE}: CSV {@code symbol,ts,price,size[,venue]} to the ticks topic, keyed by symbol. */
@Command(name = "ticks", mixinStandardHelpOptions = true,
        description = "Publish ticks from CSV (header symbol,ts,price,size[,venue]; ts epoch millis or ISO-8601) "
                + "to topics.ticks in one transaction.")
final class IngestTicksCommand extends IngestFileCommand<Tick> {

    @Override
    ParseResult<Tick> parse(Path input) {
        return TicksCsv.parse(input);
    }

    @Override
    String defaultTopic(TopicSettings topics) {
        return topics.ticks();
    }

    @Override
    RecordKind<Tick> kind(SchemaRegistryClient client, Map<String, String> registryConfig) {
        return RecordKind.ticks(new SpecificAvroSerde<>(client, Tick.class, registryConfig, false).serializer());
    }
}
