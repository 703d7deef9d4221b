package io.newsreaction.data;

import io.newsreaction.avro.Headline;
import io.newsreaction.avro.HeadlineKind;
import io.newsreaction.avro.TimePrecision;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Builds a {@link Headline} from named fields (the Avro field names), shared by the CSV and JSON-lines
 * readers. Rules: {@code title} and {@code publishedAt} are required; a date-only {@code publishedAt}
 * is the start of that day in America/New_York with precision {@code DAY} unless
 * {@code timePrecision} says otherwise; {@code timePrecision} defaults to {@code SECOND},
 * {@code kind} to {@code OTHER}, {@code source} to the file's name; a missing {@code id} is
 * {@link HeadlineIds#stableId}; tickers are upper-cased; blank optional fields are null; the
 * {@link InputLimits} apply.
 */
public final class HeadlineFields {

    /** Field access over one input row; absent fields read as "" and empty lists. */
    interface Source {
        String text(String name);

        List<String> list(String name);
    }

    private HeadlineFields() {
    }

    /** The headline of {@code f}; the exception's message says what is wrong. */
    static Headline toHeadline(Source f, String defaultSource) {
        String title = f.text("title");
        if (title.isEmpty()) {
            throw new IllegalArgumentException("missing title");
        }
        Timestamps.Parsed published = Timestamps.parse(f.text("publishedAt"));
        TimePrecision precision = f.text("timePrecision").isEmpty()
                ? (published.dateOnly() ? TimePrecision.DAY : TimePrecision.SECOND)
                : enumValue(TimePrecision.class, "timePrecision", f.text("timePrecision"));
        HeadlineKind kind = f.text("kind").isEmpty()
                ? HeadlineKind.OTHER : enumValue(HeadlineKind.class, "kind", f.text("kind"));
        String id = f.text("id").isEmpty() ? HeadlineIds.stableId(published.epochMs(), title) : f.text("id");
        String source = f.text("source").isEmpty() ? defaultSource : f.text("source");
        Headline headline = Headline.newBuilder()
                .setId(id).setPublishedAt(Instant.ofEpochMilli(published.epochMs())).setTimePrecision(precision)
                .setSource(source).setKind(kind).setActor(nullIfEmpty(f.text("actor"))).setTitle(title)
                .setTickers(tickers(f.list("tickers"))).setEntities(entities(f.list("entities")))
                .setUrl(nullIfEmpty(f.text("url")))
                .build();
        String violation = InputLimits.headlineViolation(headline);
        if (violation != null) {
            throw new IllegalArgumentException(violation);
        }
        return headline;
    }

    /** Trimmed, upper-cased, non-blank symbols, each once, in input order. */
    public static List<String> tickers(List<String> raw) {
        Set<String> out = new LinkedHashSet<>();
        for (String s : raw) {
            if (!s.isBlank()) {
                out.add(s.trim().toUpperCase(Locale.ROOT));
            }
        }
        return new ArrayList<>(out);
    }

    /** Splits a {@code ;}-separated list. */
    public static List<String> splitList(String text) {
        return text.isBlank() ? List.of() : Arrays.asList(text.split(";"));
    }

    public static String nullIfEmpty(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static List<String> entities(List<String> raw) {
        Set<String> out = new LinkedHashSet<>();
        for (String s : raw) {
            if (!s.isBlank()) {
                out.add(s.trim());
            }
        }
        return new ArrayList<>(out);
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String field, String text) {
        String name = text.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(field + " must be one of " + Arrays.toString(type.getEnumConstants())
                    + ": '" + text.trim() + "'");
        }
    }
}
