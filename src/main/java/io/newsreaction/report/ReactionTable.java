package io.newsreaction.report;

import io.newsreaction.avro.HorizonReaction;
import io.newsreaction.avro.MarketReaction;
import io.newsreaction.avro.ReactionStatus;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/** Ranks the latest reaction per (headline, symbol) by |abnormal return| and prints terminal tables. */
public final class ReactionTable {

    public static final Duration PT30M = Duration.ofMinutes(30);
    public static final Duration ONE_SESSION = Duration.ofMinutes(390);
    public static final int DEFAULT_LIMIT = 15;

    static final int ACTOR_WIDTH = 20;
    static final int TITLE_WIDTH = 50;

    /** Publication order, then key: the tie-break everywhere a report lists reactions. */
    static final Comparator<MarketReaction> CHRONOLOGICAL = Comparator
            .comparing(MarketReaction::getPublishedAt)
            .thenComparing(MarketReaction::getHeadlineId)
            .thenComparing(MarketReaction::getSymbol);

    private static final List<TextTable.Column> COLUMNS = List.of(
            new TextTable.Column("#", true),
            new TextTable.Column("published (UTC)", false),
            new TextTable.Column("symbol", false),
            new TextTable.Column("kind", false),
            new TextTable.Column("actor", false),
            new TextTable.Column("title", false),
            new TextTable.Column("return", true),
            new TextTable.Column("bench", true),
            new TextTable.Column("abnormal", true),
            new TextTable.Column("z", true),
            new TextTable.Column("status", false));

    /** The top rows for one horizon, and how many reactions could not be ranked there. */
    public record Ranking(Duration horizon, List<MarketReaction> top, int ranked, int skipped) {
        public Ranking {
            top = List.copyOf(top);
        }
    }

    private final List<MarketReaction> reactions;

    /** Keeps the latest revision per key of {@code reactions}, in chronological order. */
    public ReactionTable(Collection<MarketReaction> reactions) {
        this.reactions = latestPerKey(reactions);
    }

    /**
     * The latest revision per (headline, symbol): highest {@code revision}, the later one in input
     * order on a tie, as a compacted reaction topic would hold it. Sorted chronologically.
     */
    public static List<MarketReaction> latestPerKey(Collection<MarketReaction> reactions) {
        Map<List<String>, MarketReaction> latest = new LinkedHashMap<>();
        for (MarketReaction reaction : reactions) {
            List<String> key = List.of(reaction.getHeadlineId(), reaction.getSymbol());
            latest.merge(key, reaction, (old, next) -> next.getRevision() >= old.getRevision() ? next : old);
        }
        List<MarketReaction> sorted = new ArrayList<>(latest.values());
        sorted.sort(CHRONOLOGICAL);
        return List.copyOf(sorted);
    }

    /** The latest reaction per key, chronologically. */
    public List<MarketReaction> reactions() {
        return reactions;
    }

    /** Largest |abnormal return| at {@code horizon} first; rows without that horizon's abnormal return are skipped. */
    public Ranking rank(Duration horizon, int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must not be negative: " + limit);
        }
        List<MarketReaction> eligible = new ArrayList<>();
        for (MarketReaction reaction : reactions) {
            if (abnormal(reaction, horizon).isPresent()) {
                eligible.add(reaction);
            }
        }
        Comparator<MarketReaction> bySize = Comparator.comparingDouble(
                (MarketReaction r) -> -Math.abs(abnormal(r, horizon).orElseThrow()));
        eligible.sort(bySize.thenComparing(CHRONOLOGICAL));
        List<MarketReaction> top = eligible.subList(0, Math.min(limit, eligible.size()));
        return new Ranking(horizon, top, eligible.size(), reactions.size() - eligible.size());
    }

    /** A titled text table of {@link #rank(Duration, int)}. */
    public String render(Duration horizon, int limit) {
        Ranking ranking = rank(horizon, limit);
        TextTable table = new TextTable(COLUMNS);
        int rank = 1;
        for (MarketReaction reaction : ranking.top()) {
            table.addRow(row(rank++, reaction, horizon));
        }
        String heading = String.format(Locale.ROOT,
                "Largest |abnormal return| at %s: top %d of %d ranked, %d skipped (no %s abnormal return)\n",
                horizon, ranking.top().size(), ranking.ranked(), ranking.skipped(), horizon);
        return heading + table.render();
    }

    /** Summary line, then the PT30M and one-session tables with the default limit. */
    public String render() {
        return summary() + "\n\n" + render(PT30M, DEFAULT_LIMIT) + "\n" + render(ONE_SESSION, DEFAULT_LIMIT);
    }

    /** One line: reactions by status, distinct symbols, distinct headlines. */
    public String summary() {
        Map<ReactionStatus, Integer> byStatus = new EnumMap<>(ReactionStatus.class);
        TreeSet<String> symbols = new TreeSet<>();
        TreeSet<String> headlines = new TreeSet<>();
        for (MarketReaction reaction : reactions) {
            byStatus.merge(reaction.getStatus(), 1, Integer::sum);
            symbols.add(reaction.getSymbol());
            headlines.add(reaction.getHeadlineId());
        }
        List<String> parts = new ArrayList<>();
        for (ReactionStatus status : ReactionStatus.values()) {
            parts.add(byStatus.getOrDefault(status, 0) + " " + status);
        }
        return String.format(Locale.ROOT, "%d reactions (%s) for %d symbols (%s) and %d headlines",
                reactions.size(), String.join(", ", parts), symbols.size(), String.join(" ", symbols),
                headlines.size());
    }

    static Optional<Double> abnormal(MarketReaction reaction, Duration horizon) {
        return Cells.horizon(reaction, horizon).map(HorizonReaction::getAbnormalReturn);
    }

    private static List<String> row(int rank, MarketReaction reaction, Duration horizon) {
        HorizonReaction h = Cells.horizon(reaction, horizon).orElseThrow();
        return List.of(
                Integer.toString(rank),
                Cells.published(reaction.getPublishedAt()),
                reaction.getSymbol(),
                reaction.getKind().toString(),
                Cells.truncate(reaction.getActor(), ACTOR_WIDTH),
                Cells.truncate(reaction.getTitle(), TITLE_WIDTH),
                Cells.percent(h.getSimpleReturn()),
                Cells.percent(Cells.simpleFromLog(h.getBenchmarkLogReturn())),
                Cells.percent(h.getAbnormalReturn()),
                Cells.decimal(h.getZScore(), 2),
                reaction.getStatus().toString());
    }
}
