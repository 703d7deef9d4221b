package io.newsreaction.report;

import io.newsreaction.avro.HorizonReaction;
import io.newsreaction.avro.MarketReaction;
import java.util.List;

/**
 * One row per reaction, in the given order, for the {@code reactions} command: headline time and
 * id, status and revision, the reference price, and the latest reported horizon's returns.
 */
public final class ReactionHistoryTable {
    static final int ID_WIDTH = 24;

    private static final List<TextTable.Column> COLUMNS = List.of(
            new TextTable.Column("published (UTC)", false),
            new TextTable.Column("headline", false),
            new TextTable.Column("symbol", false),
            new TextTable.Column("kind", false),
            new TextTable.Column("status", false),
            new TextTable.Column("rev", true),
            new TextTable.Column("ref price", true),
            new TextTable.Column("horizon", false),
            new TextTable.Column("return", true),
            new TextTable.Column("abnormal", true),
            new TextTable.Column("z", true),
            new TextTable.Column("title", false));

    private ReactionHistoryTable() {
    }

    /** The table of {@code reactions}, one line per reaction, or a single line saying there are none. */
    public static String render(List<MarketReaction> reactions) {
        if (reactions.isEmpty()) {
            return "no reactions\n";
        }
        TextTable table = new TextTable(COLUMNS);
        reactions.forEach(r -> table.addRow(row(r)));
        return table.render();
    }

    private static List<String> row(MarketReaction r) {
        List<HorizonReaction> horizons = r.getHorizons();
        HorizonReaction last = horizons == null || horizons.isEmpty() ? null : horizons.get(horizons.size() - 1);
        return List.of(
                Cells.published(r.getPublishedAt()),
                Cells.truncate(r.getHeadlineId(), ID_WIDTH),
                r.getSymbol(),
                r.getKind().toString(),
                r.getStatus().toString(),
                Integer.toString(r.getRevision()),
                Cells.decimal(r.getReferencePrice(), 2),
                last == null ? Cells.MISSING : last.getHorizon(),
                last == null ? Cells.MISSING : Cells.percent(last.getSimpleReturn()),
                last == null ? Cells.MISSING : Cells.percent(last.getAbnormalReturn()),
                last == null ? Cells.MISSING : Cells.decimal(last.getZScore(), 2),
                Cells.truncate(r.getTitle(), ReactionTable.TITLE_WIDTH));
    }
}
