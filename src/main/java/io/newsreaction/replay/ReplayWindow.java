package io.newsreaction.replay;

import io.newsreaction.avro.MarketReaction;
import java.time.Instant;
import java.util.Collections;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The headlines a replay recomputes: those published in {@code [from, to)}, and only the reactions
 * of {@code symbols} (empty: every routed symbol).
 */
public record ReplayWindow(Instant from, Instant to, Set<String> symbols) {

    public ReplayWindow {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("--from must be before --to: " + from + " .. " + to);
        }
        Set<String> upper = new TreeSet<>();
        for (String s : Objects.requireNonNull(symbols, "symbols")) {
            if (!s.isBlank()) {
                upper.add(s.trim().toUpperCase(Locale.ROOT));
            }
        }
        symbols = Collections.unmodifiableSet(upper);
    }

    /** True when {@code publishedAt} is in {@code [from, to)}. */
    public boolean contains(Instant publishedAt) {
        return !publishedAt.isBefore(from) && publishedAt.isBefore(to);
    }

    /** True when reactions of {@code symbol} are replayed. */
    public boolean includesSymbol(String symbol) {
        return symbols.isEmpty() || symbols.contains(symbol.toUpperCase(Locale.ROOT));
    }

    /** True when the reaction belongs to this window: headline time in range, symbol included. */
    public boolean covers(MarketReaction reaction) {
        return contains(reaction.getPublishedAt()) && includesSymbol(reaction.getSymbol());
    }

    /** E.g. {@code [2025-01-27T14:30:00Z, 2025-01-27T21:00:00Z), symbols NVDA,MSFT}. */
    public String describe() {
        return "[" + from + ", " + to + "), symbols " + (symbols.isEmpty() ? "all" : String.join(",", symbols));
    }
}
