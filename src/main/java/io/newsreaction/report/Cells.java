package io.newsreaction.report;

import io.newsreaction.avro.HorizonReaction;
import io.newsreaction.avro.MarketReaction;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/** Formatting of reaction values into table cells: one place, so the terminal and HTML agree. */
final class Cells {

    static final String MISSING = "n/a";

    private static final DateTimeFormatter UTC_MINUTE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT).withZone(ZoneOffset.UTC);

    private Cells() {
    }

    /** The horizon entry of a reaction, matched on {@link Duration#toString()} as the contract writes it. */
    static Optional<HorizonReaction> horizon(MarketReaction reaction, Duration horizon) {
        String name = horizon.toString();
        return reaction.getHorizons().stream()
                .filter(h -> name.equals(h.getHorizon()))
                .findFirst();
    }

    static String published(Instant instant) {
        return UTC_MINUTE.format(instant);
    }

    /** A fraction as a signed percentage with two decimals; {@code null} as {@link #MISSING}. */
    static String percent(Double fraction) {
        if (fraction == null || fraction.isNaN()) {
            return MISSING;
        }
        return String.format(Locale.ROOT, "%+.2f%%", fraction * 100.0);
    }

    static String decimal(Double value, int decimals) {
        if (value == null || value.isNaN()) {
            return MISSING;
        }
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }

    /** A benchmark log return as a simple return, so it compares with the symbol's simple return. */
    static Double simpleFromLog(Double logReturn) {
        return logReturn == null ? null : Math.expm1(logReturn);
    }

    static String text(String value) {
        return value == null || value.isBlank() ? "" : value.strip();
    }

    /** Shortens to at most {@code max} characters, marking the cut with "...". */
    static String truncate(String value, int max) {
        String text = text(value).replaceAll("\\s+", " ");
        if (text.length() <= max) {
            return text;
        }
        int cut = Math.max(0, max - 3);
        if (cut > 0 && Character.isHighSurrogate(text.charAt(cut - 1))) {
            cut--;
        }
        return text.substring(0, cut).stripTrailing() + "...";
    }
}
