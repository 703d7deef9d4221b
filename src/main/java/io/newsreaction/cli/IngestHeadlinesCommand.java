package io.newsreaction.cli;

import io.newsreaction.avro.Headline;
import io.newsreaction.config.TopicSettings;
import io.newsreaction.data.HeadlinesFile;
import io.newsreaction.data.ParseResult;
import io.newsreaction.ingest.RecordKind;
import io.newsreaction.registry.SchemaRegistryClient;
import io.newsreaction.serde.SpecificAvroSerde;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine.Command;

/** {@code ingest headlines FILE}: JSON lines or CSV with the Headline field names to the headlines topic, keyed by id. */
@Command(name = "headlines", mixinStandardHelpOptions = true,
        description = "Publish headlines (JSON lines or CSV with the Headline field names; publishedAt ISO-8601 or "
                + "date-only; missing id = stable hash of publishedAt and title; timePrecision default SECOND) "
                + "to topics.headlines in one transaction.")
final class IngestHeadlinesCommand extends IngestFileCommand<Headline> {

    @Override
    ParseResult<Headline> parse(Path input) {
        return HeadlinesFile.parse(input);
    }

    @Override
    String defaultTopic(TopicSettings topics) {
        return topics.headlines();
    }

    @Override
    RecordKind<Headline> kind(SchemaRegistryClient client, Map<String, String> registryConfig) {
        return RecordKind.headlines(new SpecificAvroSerde<>(client, Headline.class, registryConfig, false).serializer());
    }
}
