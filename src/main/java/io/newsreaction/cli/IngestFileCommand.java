package io.newsreaction.cli;

import io.newsreaction.config.AppSettings;
import io.newsreaction.config.ConfigLoader;
import io.newsreaction.config.TopicSettings;
import io.newsreaction.data.ParseError;
import io.newsreaction.data.ParseResult;
import io.newsreaction.client.ProgressLine;
import io.newsreaction.ingest.FileIngest;
import io.newsreaction.ingest.IngestSummary;
import io.newsreaction.ingest.RecordKind;
import io.newsreaction.ingest.RejectsFile;
import io.newsreaction.market.TradingCalendars;
import io.newsreaction.registry.SchemaRegistryClient;
import io.newsreaction.runtime.ReactionService;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The shared body of the {@code ingest} subcommands: parse the whole file, refuse it (exit 1, every
 * bad row on stderr as {@code FILE:LINE: reason}) when any row is invalid, or with
 * {@code --skip-invalid} write the bad rows to {@code FILE.rejects}; then publish the valid records
 * in one transaction and print counts and rate.
 *
 * @param <T> record type
 */
abstract class IngestFileCommand<T> implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ConnectionOptions connection;

    @Parameters(index = "0", paramLabel = "FILE", description = "Input file")
    Path file;

    @Option(names = "--topic", paramLabel = "TOPIC",
            description = "Target topic (default: config key topics.ticks or topics.headlines)")
    String topic;

    @Option(names = "--skip-invalid",
            description = "Publish the valid rows and write the invalid ones, with reasons, to FILE.rejects")
    boolean skipInvalid;

    /** Every good record of {@code input} and every bad row. */
    abstract ParseResult<T> parse(Path input);

    /** The topic used without {@code --topic}. */
    abstract String defaultTopic(TopicSettings topics);

    /** Key, event time and value serializer of the records. */
    abstract RecordKind<T> kind(SchemaRegistryClient client, Map<String, String> registryConfig);

    @Override
    public Integer call() {
        AppSettings settings = new ConfigLoader(TradingCalendars::byName).load(connection.sources());
        ParseResult<T> parsed = parse(file);
        PrintWriter err = spec.commandLine().getErr();
        if (!parsed.ok() && !acceptRejects(parsed, err)) {
            err.flush();
            return ErrorHandler.EXIT_FAILURE;
        }
        String target = topic != null ? topic : defaultTopic(settings.topics());
        RecordKind<T> kind = kind(ReactionService.registryClient(settings), settings.registry());
        ProgressLine progress = ProgressLine.on(err);
        IngestSummary summary = new FileIngest(settings, target).publish(parsed.records(), kind, parsed.errors().size(), progress);
        progress.clear();
        PrintWriter out = spec.commandLine().getOut();
        out.println(file + ": " + summary.line());
        out.flush();
        return ErrorHandler.EXIT_OK;
    }

    /** Reports the bad rows; true when the valid ones should still be published. */
    private boolean acceptRejects(ParseResult<T> parsed, PrintWriter err) {
        List<ParseError> errors = parsed.errors();
        if (!skipInvalid) {
            errors.forEach(err::println);
            err.println("error: " + errors.size() + " invalid row(s) in " + file
                    + "; nothing published (--skip-invalid publishes the valid rows)");
            return false;
        }
        Path rejects = RejectsFile.write(file, errors);
        err.println(errors.size() + " invalid row(s) of " + file + " written to " + rejects);
        if (parsed.records().isEmpty()) {
            err.println("error: no valid rows in " + file + "; nothing published");
            return false;
        }
        return true;
    }
}
