package io.newsreaction.data;

import io.newsreaction.avro.Tick;
import java.io.Reader;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Reads OHLCV bars from CSV ({@code timestamp,open,high,low,close,volume[,…]}, {@code timestamp} =
 * bar start, ISO-8601, UTC when no offset is given; extra columns ignored) and expands each bar to
 * ticks of one symbol with {@link BarTicks}.
 */
public final class BarsCsv {

    private static final String[] COLUMNS = {"timestamp", "open", "high", "low", "close", "volume"};

    private final String symbol;
    private final BarTicks rule;

    /** Bars of {@code symbol} (upper-cased; it must be an {@link InputLimits#SYMBOL}) expanded by {@code rule}. */
    public BarsCsv(String symbol, BarTicks rule) {
        this.symbol = Objects.requireNonNull(symbol, "symbol").trim().toUpperCase(Locale.ROOT);
        this.rule = Objects.requireNonNull(rule, "rule");
        if (this.symbol.isEmpty()) {
            throw new IllegalArgumentException("symbol must not be empty");
        }
        String violation = InputLimits.symbolViolation("symbol", this.symbol);
        if (violation != null) {
            throw new IllegalArgumentException(violation);
        }
    }

    /** Bars of {@code symbol} with the 5-minute rule. */
    public static BarsCsv forSymbol(String symbol) {
        return new BarsCsv(symbol, BarTicks.DEFAULT);
    }

    /** The ticks of every good bar in {@code file}, in file order. */
    public ParseResult<Tick> parse(Path file) {
        return InputFiles.parse(file, this::parse);
    }

    /** The ticks of every good bar read from {@code in}; {@code file} names it in errors. */
    public ParseResult<Tick> parse(String file, Reader in) {
        return CsvTable.parseRows(file, in, COLUMNS, row -> rule.ticks(symbol, bar(row)));
    }

    private static Bar bar(CsvTable.Row row) {
        Timestamps.Parsed start = Timestamps.parse(row.get("timestamp"));
        if (start.dateOnly()) {
            throw new IllegalArgumentException("timestamp needs a time of day: '" + row.get("timestamp") + "'");
        }
        return new Bar(start.epochMs(), number(row, "open"), number(row, "high"), number(row, "low"),
                number(row, "close"), number(row, "volume"));
    }

    static double number(CsvTable.Row row, String column) {
        String text = row.get(column);
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(column + " is not a number: '" + text + "'");
        }
    }
}
