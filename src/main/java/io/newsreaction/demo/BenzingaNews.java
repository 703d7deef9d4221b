package io.newsreaction.demo;

import io.newsreaction.avro.Headline;
import io.newsreaction.avro.HeadlineKind;
import io.newsreaction.avro.TimePrecision;
import io.newsreaction.data.CsvTable;
import io.newsreaction.data.HeadlineIds;
import io.newsreaction.data.InputFiles;
import io.newsreaction.data.ParseResult;
import io.newsreaction.data.Timestamps;
import java.io.Reader;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the bundled Benzinga files ({@code timestamp,symbol,sentiment,headline,source};
 * {@code timestamp} is the feed time in UTC, to the second). Each row is a MEDIA headline from
 * source "Benzinga" with precision SECOND, the {@code symbol} column as its ticker and the
 * {@link KnownEntities} of its text. The feed HTML-escapes titles ({@code &amp;}); they are unescaped.
 * The {@code sentiment} column (a crude score added by the source repository) is ignored.
 */
public final class BenzingaNews {

    private static final Pattern ENTITY = Pattern.compile("&(amp|lt|gt|quot|apos|#(\\d{1,7})|#x([0-9a-fA-F]{1,6}));");

    private BenzingaNews() {
    }

    /** Every good headline of {@code file}, in file order. */
    public static ParseResult<Headline> parse(Path file) {
        return InputFiles.parse(file, BenzingaNews::parse);
    }

    /** Every good headline read from {@code in}; {@code file} names it in errors. */
    public static ParseResult<Headline> parse(String file, Reader in) {
        return CsvTable.parseRows(file, in, new String[] {"timestamp", "symbol", "headline"}, row -> List.of(headline(row)));
    }

    private static Headline headline(CsvTable.Row row) {
        String title = unescapeHtml(row.get("headline"));
        if (title.isEmpty()) {
            throw new IllegalArgumentException("missing headline");
        }
        Timestamps.Parsed ts = Timestamps.parse(row.get("timestamp"));
        if (ts.dateOnly()) {
            throw new IllegalArgumentException("timestamp needs a time of day: '" + row.get("timestamp") + "'");
        }
        String symbol = row.get("symbol").toUpperCase(Locale.ROOT);
        return Headline.newBuilder()
                .setId(HeadlineIds.stableId(ts.epochMs(), title))
                .setPublishedAt(Instant.ofEpochMilli(ts.epochMs())).setTimePrecision(TimePrecision.SECOND)
                .setSource("Benzinga").setKind(HeadlineKind.MEDIA).setActor(null).setTitle(title)
                .setTickers(symbol.isEmpty() ? new ArrayList<>() : new ArrayList<>(List.of(symbol)))
                .setEntities(KnownEntities.extract(title))
                .setUrl(null)
                .build();
    }

    /** Replaces the HTML character references the feed uses. */
    static String unescapeHtml(String text) {
        Matcher m = ENTITY.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(decode(m)));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String decode(Matcher m) {
        switch (m.group(1)) {
            case "amp":
                return "&";
            case "lt":
                return "<";
            case "gt":
                return ">";
            case "quot":
                return "\"";
            case "apos":
                return "'";
            default:
                int code = m.group(2) != null ? Integer.parseInt(m.group(2)) : Integer.parseInt(m.group(3), 16);
                return Character.isValidCodePoint(code) ? new String(Character.toChars(code)) : m.group();
        }
    }
}
