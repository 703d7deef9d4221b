package io.newsreaction.cli;

import io.newsreaction.avro.Tick;
import io.newsreaction.data.ParseResult;
import io.newsreaction.data.TicksCsv;
import java.nio.file.Path;
import picocli.CommandLine.Command;

/** {@code ingest ticks FILE}: CSV {@code symbol,ts,price,size[,venue]} to the ticks topic, keyed by symbol. */
@Command(name = "ticks", mixinStandardHelpOptions = true,
        description = "Publish ticks from CSV (header symbol,ts,price,size[,venue]; ts epoch millis or ISO-8601) "
                + "to topics.ticks in one transaction.")
final class IngestTicksCommand extends TickFileCommand {

    @Override
    ParseResult<Tick> parse(Path input) {
        return TicksCsv.parse(input);
    }
}
