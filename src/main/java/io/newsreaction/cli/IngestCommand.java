package io.newsreaction.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code ingest}: publishes an input file (ticks, bars or headlines) to Kafka in one transaction. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Publish a file of ticks, bars or headlines to Kafka in one transaction.",
        subcommands = {
            IngestTicksCommand.class,
            IngestBarsCommand.class,
            IngestHeadlinesCommand.class,
        })
public final class IngestCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "missing subcommand: ticks, bars or headlines");
    }
}
