package io.newsreaction.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The root command {@code news-reaction}: global options and the list of subcommands. */
@Command(
    name = "news-reaction",
    mixinStandardHelpOptions = true,
    versionProvider = ManifestVersionProvider.class,
    description = "Joins headline events with stock ticks into event-study market reactions (Kafka Streams).",
    // Add a subcommand by adding its class here.
    subcommands = {
        LocalCommand.class,
        DemoCommand.class,
        RunCommand.class,
        IngestCommand.class,
        TailCommand.class,
        ReactionsCommand.class,
        ReplayCommand.class,
        BenchCommand.class,
    })
public final class NewsReactionCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Option(names = "--verbose", scope = ScopeType.INHERIT,
        description = "Print stack traces of errors and DEBUG logs of news-reaction.")
    void setVerbose(boolean verbose) {
        if (verbose) {
            Verbosity.enableDebugLogs();
        }
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "missing subcommand");
    }
}
