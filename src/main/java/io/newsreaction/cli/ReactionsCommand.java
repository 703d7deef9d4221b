package io.newsreaction.cli;

import io.newsreaction.avro.MarketReaction;
import io.newsreaction.client.ReactionHistory;
import io.newsreaction.config.AppSettings;
import io.newsreaction.config.ConfigLoader;
import io.newsreaction.market.TradingCalendars;
import io.newsreaction.report.ReactionHistoryTable;
import io.newsreaction.runtime.ReactionService;
import io.newsreaction.serde.AvroJson;
import io.newsreaction.topology.ReactionSerdes;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code reactions}: the latest revision per headline of one symbol's reactions in a headline-time range, oldest first. */
@Command(name = "reactions", mixinStandardHelpOptions = true,
        description = "Read the reactions topic by headline time (offsetsForTimes, read committed) and print the latest "
                + "revision per headline for one symbol, oldest first.")
public final class ReactionsCommand implements Callable<Integer> {

    /** Output formats. */
    enum Format { table, json }

    @Spec
    CommandSpec spec;

    @Mixin
    ConnectionOptions connection;

    @Option(names = "--symbol", required = true, paramLabel = "S", description = "Symbol, e.g. NVDA")
    String symbol;

    @Mixin
    HeadlineTimeRange range;

    @Option(names = "--format", defaultValue = "table", paramLabel = "table|json",
            description = "table, or one JSON object per line (default: ${DEFAULT-VALUE})")
    Format format;

    @Override
    public Integer call() {
        Instant from = range.from();
        Instant to = range.to();
        if (!from.isBefore(to)) {
            throw new ParameterException(spec.commandLine(), "--from must be before --to: " + from + " .. " + to);
        }
        AppSettings settings = new ConfigLoader(TradingCalendars::byName).load(connection.sources());
        ReactionSerdes serdes = ReactionService.serdes(ReactionService.registryClient(settings), settings.registry());
        String wanted = symbol.trim().toUpperCase(Locale.ROOT);
        List<MarketReaction> reactions = ReactionHistory.read(settings.kafka(), settings.topics().reactions(),
                serdes.reactionKey().deserializer(), serdes.reaction().deserializer(), from,
                r -> r.getSymbol().equals(wanted) && !r.getPublishedAt().isBefore(from)
                        && r.getPublishedAt().isBefore(to));
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.json) {
            reactions.forEach(r -> out.println(AvroJson.toJson(r)));
        } else {
            out.print(ReactionHistoryTable.render(reactions));
        }
        out.flush();
        return 0;
    }
}
