package io.newsreaction.data;

import io.newsreaction.avro.Tick;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * Reads ticks from CSV: {@code symbol,ts,price,size[,venue]}, {@code ts} in epoch milliseconds or
 * ISO-8601 (UTC when no offset is given); symbols are upper-cased, an empty venue is null; the
 * {@link InputLimits} apply.
 */
public final class TicksCsv {

    private TicksCsv() {
    }

    /** Every good tick of {@code file}, in file order. */
    public static ParseResult<Tick> parse(Path file) {
        return InputFiles.parse(file, TicksCsv::parse);
    }

    /** Every good tick read from {@code in}; {@code file} names it in errors. */
    public static ParseResult<Tick> parse(String file, Reader in) {
        return CsvTable.parseRows(file, in, new String[] {"symbol", "ts", "price", "size"}, row -> List.of(tick(row)));
    }

    private static Tick tick(CsvTable.Row row) {
        String symbol = row.get("symbol").toUpperCase(Locale.ROOT);
        if (symbol.isEmpty()) {
            throw new IllegalArgumentException("missing symbol");
        }
        String violation = InputLimits.symbolViolation("symbol", symbol);
        if (violation != null) {
            throw new IllegalArgumentException(violation);
        }
        Timestamps.Parsed ts = Timestamps.parse(row.get("ts"));
        if (ts.dateOnly()) {
            throw new IllegalArgumentException("ts needs a time of day: '" + row.get("ts") + "'");
        }
        double price = BarsCsv.number(row, "price");
        if (!Double.isFinite(price) || price <= 0) {
            throw new IllegalArgumentException("price must be positive: '" + row.get("price") + "'");
        }
        String venue = row.get("venue");
        Tick tick = Tick.newBuilder().setSymbol(symbol).setTs(Instant.ofEpochMilli(ts.epochMs())).setPrice(price)
                .setSize(size(row)).setVenue(venue.isEmpty() ? null : venue).build();
        String limits = InputLimits.tickViolation(tick);
        if (limits != null) {
            throw new IllegalArgumentException(limits);
        }
        return tick;
    }

    private static long size(CsvTable.Row row) {
        String text = row.get("size");
        try {
            long size = new BigDecimal(text).longValueExact();
            if (size < 0) {
                throw new IllegalArgumentException("size must not be negative: '" + text + "'");
            }
            return size;
        } catch (NumberFormatException | ArithmeticException e) {
            throw new IllegalArgumentException("size is not a whole number: '" + text + "'");
        }
    }
}
