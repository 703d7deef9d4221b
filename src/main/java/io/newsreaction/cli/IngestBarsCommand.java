package io.newsreaction.cli;

import io.newsreaction.avro.Tick;
import io.newsreaction.data.BarsCsv;
import io.newsreaction.data.InputLimits;
import io.newsreaction.data.ParseResult;
import java.nio.file.Path;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code ingest bars FILE --symbol S}: OHLCV bars expanded to four ticks each (DESIGN §6) to the ticks topic. */
@Command(name = "bars", mixinStandardHelpOptions = true,
        description = "Publish 5-minute OHLCV bars (CSV timestamp,open,high,low,close,volume[,...]) as ticks, "
                + "four per bar (DESIGN §6), to topics.ticks in one transaction.")
final class IngestBarsCommand extends TickFileCommand {

    private String symbol;

    @Option(names = "--symbol", required = true, paramLabel = "SYMBOL", description = "Symbol of the bars, e.g. NVDA")
    void setSymbol(String value) {
        if (value.isBlank()) {
            throw new ParameterException(spec.commandLine(), "--symbol must not be empty");
        }
        String violation = InputLimits.symbolViolation("symbol", value.trim().toUpperCase(Locale.ROOT));
        if (violation != null) {
            throw new ParameterException(spec.commandLine(), "--symbol: " + violation);
        }
        this.symbol = value;
    }

    @Override
    ParseResult<Tick> parse(Path input) {
        return BarsCsv.forSymbol(symbol).parse(input);
    }
}
