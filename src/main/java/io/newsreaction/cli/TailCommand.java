package io.newsreaction.cli;

import io.newsreaction.config.AppSettings;
import io.newsreaction.config.ConfigLoader;
import io.newsreaction.market.TradingCalendars;
import io.newsreaction.runtime.ReactionService;
import io.newsreaction.tail.TailDecoder;
import io.newsreaction.tail.TailFormat;
import io.newsreaction.tail.TailFormatter;
import io.newsreaction.tail.TailReader;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code tail TOPIC}: prints committed records of a topic, Avro decoded through the registry, one
 * JSON object per line (or a table), without joining a consumer group.
 */
@Command(name = "tail", mixinStandardHelpOptions = true,
        description = "Print committed records of TOPIC, Confluent-framed Avro decoded via the schema registry "
                + "(other keys and values as UTF-8 strings), one JSON object per line.")
public final class TailCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ConnectionOptions connection;

    @Parameters(index = "0", paramLabel = "TOPIC", description = "Topic to read")
    String topic;

    @Option(names = "--from-beginning", description = "Start at the beginning of every partition (default: the current end)")
    boolean fromBeginning;

    @Option(names = "--max-messages", paramLabel = "N", description = "Exit after N records (default: no limit)")
    Long maxMessages;

    @Option(names = "--timeout", paramLabel = "DURATION", defaultValue = "PT10S",
            description = "Exit when no record arrived for this long (default: ${DEFAULT-VALUE})")
    Duration timeout;

    private TailFormat format = TailFormat.JSON;

    @Option(names = "--format", paramLabel = "json|table", defaultValue = "json",
            description = "Output format: json (one object per line) or table (default: ${DEFAULT-VALUE})")
    void setFormat(String name) {
        try {
            format = TailFormat.parse(name);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    @Override
    public Integer call() {
        validate();
        AppSettings settings = new ConfigLoader(TradingCalendars::byName).load(connection.sources());
        TailDecoder decoder = new TailDecoder(ReactionService.registryClient(settings));
        TailFormatter formatter = new TailFormatter(format);
        PrintWriter out = spec.commandLine().getOut();
        formatter.header().forEach(out::println);
        long read;
        try (TailReader reader = new TailReader(settings.kafka(), topic, fromBeginning)) {
            read = reader.read(decoder, maxMessages == null ? Long.MAX_VALUE : maxMessages, timeout, r -> {
                out.println(formatter.line(r));
                out.flush();
            });
        }
        out.flush();
        spec.commandLine().getErr().println(read + " record(s) from " + topic);
        return ErrorHandler.EXIT_OK;
    }

    private void validate() {
        if (maxMessages != null && maxMessages < 1) {
            throw new ParameterException(spec.commandLine(), "--max-messages must be at least 1: " + maxMessages);
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new ParameterException(spec.commandLine(), "--timeout must be positive: " + timeout);
        }
    }
}
