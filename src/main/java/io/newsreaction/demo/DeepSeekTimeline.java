package io.newsreaction.demo;

import io.newsreaction.avro.Headline;
import io.newsreaction.avro.HeadlineKind;
import io.newsreaction.avro.TimePrecision;
import io.newsreaction.data.CsvTable;
import io.newsreaction.data.HeadlineFields;
import io.newsreaction.data.HeadlineIds;
import io.newsreaction.data.InputFiles;
import io.newsreaction.data.ParseResult;
import io.newsreaction.data.Timestamps;
import java.io.Reader;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the bundled {@code headlines/timeline.csv} of the DeepSeek week
 * ({@code event_time_utc,event_time_et,time_precision,category,actor,tickers,headline,source,…}).
 * Time: {@code event_time_utc} (a UTC instant, or a date meaning the start of that day in New York).
 * Precision: {@code second}/{@code minute} as such, {@code date} and {@code approx} as DAY.
 * Kind: from {@code category} (unknown categories are OTHER). Tickers: {@code ;}-separated.
 * Entities: {@link KnownEntities} found in the headline text and the actor. Source: the
 * {@code source} column as is; url: the first http(s) URL in it. Id: {@link HeadlineIds#stableId}.
 */
public final class DeepSeekTimeline {
    private static final String[] COLUMNS =
            {"event_time_utc", "time_precision", "category", "actor", "tickers", "headline", "source"};

    private static final Map<String, HeadlineKind> KINDS = Map.of(
            "model_release", HeadlineKind.MODEL_RELEASE,
            "public_figure", HeadlineKind.PUBLIC_FIGURE_CLAIM,
            "analyst_note", HeadlineKind.ANALYST_NOTE,
            "company", HeadlineKind.COMPANY_STATEMENT,
            "policy", HeadlineKind.POLICY,
            "media", HeadlineKind.MEDIA,
            "market", HeadlineKind.MARKET);
    private static final Map<String, TimePrecision> PRECISIONS = Map.of(
            "second", TimePrecision.SECOND,
            "minute", TimePrecision.MINUTE,
            "date", TimePrecision.DAY,
            "approx", TimePrecision.DAY);
    private static final Pattern URL = Pattern.compile("https?://[^\\s;,\"]+");

    private DeepSeekTimeline() {
    }

    /** Every good event of {@code file}, in file order. */
    public static ParseResult<Headline> parse(Path file) {
        return InputFiles.parse(file, DeepSeekTimeline::parse);
    }

    /** Every good event read from {@code in}; {@code file} names it in errors. */
    public static ParseResult<Headline> parse(String file, Reader in) {
        return CsvTable.parseRows(file, in, COLUMNS, row -> List.of(headline(row)));
    }

    private static Headline headline(CsvTable.Row row) {
        String title = row.get("headline");
        if (title.isEmpty()) {
            throw new IllegalArgumentException("missing headline");
        }
        String precisionText = row.get("time_precision").toLowerCase(Locale.ROOT);
        TimePrecision precision = PRECISIONS.get(precisionText);
        if (precision == null) {
            throw new IllegalArgumentException("time_precision must be one of second, minute, date, approx: '"
                    + row.get("time_precision") + "'");
        }
        long publishedAt = Timestamps.parse(row.get("event_time_utc")).epochMs();
        String actor = HeadlineFields.nullIfEmpty(row.get("actor"));
        String source = row.get("source");
        return Headline.newBuilder()
                .setId(HeadlineIds.stableId(publishedAt, title))
                .setPublishedAt(Instant.ofEpochMilli(publishedAt)).setTimePrecision(precision)
                .setSource(source.isEmpty() ? "timeline" : source)
                .setKind(KINDS.getOrDefault(row.get("category").toLowerCase(Locale.ROOT), HeadlineKind.OTHER))
                .setActor(actor).setTitle(title)
                .setTickers(HeadlineFields.tickers(HeadlineFields.splitList(row.get("tickers"))))
                .setEntities(KnownEntities.extract(title + " " + (actor == null ? "" : actor)))
                .setUrl(firstUrl(source))
                .build();
    }

    private static String firstUrl(String text) {
        Matcher m = URL.matcher(text);
        return m.find() ? m.group() : null;
    }
}
